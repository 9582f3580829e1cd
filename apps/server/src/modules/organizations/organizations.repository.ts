import type { Queryable } from "../../platform/db/database.ts";
import { inRegionScope } from "../../platform/scope.ts";

export function findOrganization(db: Queryable, id: number) {
  return db.selectFrom("organizations").selectAll().where("id", "=", id).executeTakeFirst();
}

export function listOrganizationsWithin(db: Queryable, scopeCode: string) {
  return db
    .selectFrom("organizations")
    .select(["id", "name", "kind", "region_code"])
    .where(inRegionScope("region_code", scopeCode))
    .orderBy("region_code")
    .orderBy("id")
    .execute();
}

export async function insertOrganization(
  db: Queryable,
  organization: { name: string; kind: string; regionCode: string; at: string },
): Promise<number> {
  const row = await db
    .insertInto("organizations")
    .values({
      name: organization.name,
      kind: organization.kind,
      region_code: organization.regionCode,
      created_at: organization.at,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export function findOrganizationByName(db: Queryable, name: string) {
  return db.selectFrom("organizations").select(["id"]).where("name", "=", name).executeTakeFirst();
}
