import type { Generated, Insertable, Selectable, Updateable } from "kysely";

/**
 * The database as Kysely sees it. Timestamps are ISO-8601 UTC strings and booleans are 0/1
 * integers on both dialects, so a row reads the same from SQLite and PostgreSQL.
 */
export interface Database {
  regions: RegionTable;
  organizations: OrganizationTable;
  roles: RoleTable;
  role_permissions: RolePermissionTable;
  users: UserTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
}

export interface RegionTable {
  code: string;
  name: string;
  level: string;
  parent_code: string | null;
  pinyin: string;
  pinyin_initials: string;
  /** Residents (常住人口) as entered for a community; for higher levels the maintained roll-up. */
  residents: number | null;
  is_residents_demo: number;
  street_count: number;
  community_count: number;
  residents_updated_at: string | null;
  residents_updated_by: number | null;
}

export interface OrganizationTable {
  id: Generated<number>;
  name: string;
  kind: string;
  region_code: string;
  created_at: string;
}

export interface RoleTable {
  id: string;
  name: string;
}

export interface RolePermissionTable {
  role_id: string;
  permission: string;
}

export interface UserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  role_id: string;
  organization_id: number | null;
  region_code: string;
  phone: string | null;
  is_active: number;
  is_demo: number;
  must_change_password: number;
  password_changed_at: string;
  failed_login_count: number;
  locked_until: string | null;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionTable {
  /** SHA-256 of the cookie token: a leaked table does not yield usable sessions. */
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: number | null;
  actor_username: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
  result: string;
  ip: string | null;
}

export type RegionRow = Selectable<RegionTable>;
export type NewRegion = Insertable<RegionTable>;
export type UserRow = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type SessionRow = Selectable<SessionTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
