import { type RoleId, roleIds, type UserListQuery } from "@xinqiao/shared";
import { type SqlBool, sql } from "kysely";
import type { Queryable } from "../../platform/db/database.ts";
import type { NewUser, UserUpdate } from "../../platform/db/tables.ts";
import { like, likeContains, type SortOrder } from "../../platform/pagination.ts";
import { inListRegion } from "../../platform/scope.ts";

function baseQuery(db: Queryable) {
  return db
    .selectFrom("users as u")
    .innerJoin("regions as r", "r.code", "u.region_code")
    .leftJoin("organizations as o", "o.id", "u.organization_id");
}

const columns = [
  "u.id",
  "u.username",
  "u.display_name",
  "u.role_id",
  "u.organization_id",
  "o.name as organization_name",
  "u.region_code",
  "r.name as region_name",
  "u.phone",
  "u.is_active",
  "u.locked_until",
  "u.must_change_password",
  "u.last_login_at",
  "u.created_at",
  "u.updated_at",
] as const;

export type UserRecord = Awaited<ReturnType<typeof findUser>> & {};

export function findUser(db: Queryable, id: number) {
  return baseQuery(db).select(columns).where("u.id", "=", id).executeTakeFirst();
}

/** Whom a list may show: accounts inside `scopeCode` whose role is one of `roles`. */
export interface UserReach {
  scopeCode: string;
  roles: readonly RoleId[];
}

function filtered(db: Queryable, reach: UserReach, query: UserListQuery) {
  let q = baseQuery(db).where(inListRegion("u.region_code", reach.scopeCode, query.regionCode));
  if (reach.roles.length === 0) q = q.where(sql<SqlBool>`1 = 0`);
  else if (reach.roles.length < roleIds.length) q = q.where("u.role_id", "in", reach.roles);
  if (query.roleId) q = q.where("u.role_id", "=", query.roleId);
  if (query.isActive) q = q.where("u.is_active", "=", query.isActive === "true" ? 1 : 0);
  if (query.q) {
    const pattern = likeContains(query.q);
    q = q.where((eb) => eb.or([like("u.username", pattern), like("u.display_name", pattern)]));
  }
  return q;
}

export function listUsers(
  db: Queryable,
  reach: UserReach,
  query: UserListQuery,
  order: SortOrder,
  window: { limit: number; offset: number },
) {
  return filtered(db, reach, query)
    .select(columns)
    .orderBy(order.column as "u.id", order.direction)
    .orderBy("u.id")
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

export async function countUsers(db: Queryable, reach: UserReach, query: UserListQuery): Promise<number> {
  const row = await filtered(db, reach, query)
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

export function findUserIdByUsername(db: Queryable, username: string) {
  return db.selectFrom("users").select("id").where("username", "=", username).executeTakeFirst();
}

export async function insertUser(db: Queryable, user: NewUser): Promise<number> {
  const row = await db.insertInto("users").values(user).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

export async function updateUser(db: Queryable, id: number, changes: UserUpdate): Promise<void> {
  await db.updateTable("users").set(changes).where("id", "=", id).execute();
}
