import type { Permission, RegionLevel, RoleId } from "@xinqiao/shared";
import type { Generated, Insertable, Selectable, Updateable } from "kysely";

/**
 * The database as Kysely sees it. Timestamps are ISO-8601 UTC strings and booleans are 0/1
 * integers on both dialects, so a row reads the same from SQLite and PostgreSQL. Columns holding
 * a value of a shared dictionary (a kind, a status, a level, a role, a permission) carry that
 * dictionary's type, so presenters pass them on without casts: every writer validates them with
 * the shared zod schemas (or the import's dictionary columns) first, not the database.
 *
 * The platform's own tables are listed here; each module adds its tables from its folder
 * (`<module>.tables.ts`) by augmenting this interface, so the folder is all a module's schema.
 */
export interface Database {
  regions: RegionTable;
  organizations: OrganizationTable;
  roles: RoleTable;
  role_permissions: RolePermissionTable;
  users: UserTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
  settings: SettingTable;
}

export interface RegionTable {
  code: string;
  name: string;
  level: RegionLevel;
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
  role_id: RoleId;
  permission: Permission;
}

export interface UserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  role_id: RoleId;
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

/** Columns every registry table shares (see migration 2026113002_registries). */
export interface RegistryColumns {
  id: Generated<number>;
  name: string;
  pinyin: string;
  pinyin_initials: string;
  region_code: string;
  is_active: number;
  is_demo: number;
  created_at: string;
  created_by: number | null;
  updated_at: string;
  updated_by: number | null;
}

/** Personal identifiers are stored as ciphertext + keyed hash + masked form, never in clear. */
export interface PersonalIdentityColumns {
  id_number_cipher: string;
  id_number_index: string;
  id_number_masked: string;
  sex: string;
  birth_date: string;
  phone_cipher: string | null;
  phone_masked: string | null;
}

export interface SettingTable {
  key: string;
  value_json: string;
  updated_at: string;
  updated_by: number | null;
}
