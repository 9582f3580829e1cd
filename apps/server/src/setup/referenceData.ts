import { regionLevelOf, roleIds, toRegionCode } from "@xinqiao/shared";
import {
  findOrganizationByName,
  insertOrganization,
} from "../modules/organizations/organizations.repository.ts";
import { readCityDivisions } from "../modules/regions/divisions/cityDivisions.ts";
import { findRegion, insertCityDivisions } from "../modules/regions/regions.repository.ts";
import type { Clock } from "../platform/clock.ts";
import type { Db } from "../platform/db/database.ts";
import { rolePermissionsOf, type ServerModule } from "../platform/serverModule.ts";

/**
 * Data every deployment needs, inserted when missing (idempotent, safe at every start): roles
 * with the permissions the modules grant them by default, the configured city's divisions and its social work
 * departments (the city's and each district's/county's).
 */
const roleNames: Record<(typeof roleIds)[number], string> = {
  system_admin: "系统管理员",
  city_officer: "市委社会工作部",
  district_officer: "区（县）社会工作部",
  station_staff: "乡镇（街道）社工站",
  social_worker: "社会工作者",
  supervisor: "督导",
  org_admin: "社会组织",
  leader: "领导",
};

export function departmentName(regionName: string): string {
  return `${regionName}委社会工作部`;
}

export async function ensureReferenceData(
  db: Db,
  cityCode: string,
  clock: Clock,
  modules: readonly ServerModule[],
): Promise<void> {
  const defaults = rolePermissionsOf(modules);
  // Missing roles and missing default permissions are added, so a release that introduces a
  // permission grants it to existing databases too. Nothing is ever removed here (this runs at
  // every start and would undo an operator's deliberate grant): a release that takes a default
  // grant away removes it once with a migration, as users/migrations/2026120750_permission_matrix.ts.
  const existingRoles = new Set((await db.selectFrom("roles").select("id").execute()).map((r) => r.id));
  const granted = new Set(
    (await db.selectFrom("role_permissions").select(["role_id", "permission"]).execute()).map(
      (r) => `${r.role_id} ${r.permission}`,
    ),
  );
  for (const id of roleIds) {
    if (!existingRoles.has(id)) await db.insertInto("roles").values({ id, name: roleNames[id] }).execute();
    const missing = (defaults.get(id) ?? []).filter((permission) => !granted.has(`${id} ${permission}`));
    if (missing.length > 0) {
      await db
        .insertInto("role_permissions")
        .values(missing.map((permission) => ({ role_id: id, permission })))
        .execute();
    }
  }

  const cityRegionCode = toRegionCode(cityCode);
  if (!(await findRegion(db, cityRegionCode))) {
    await db.transaction().execute((trx) => insertCityDivisions(trx, readCityDivisions(cityCode)));
  }

  const departmentRegions = await db
    .selectFrom("regions")
    .select(["code", "name"])
    .where((eb) => eb.or([eb("code", "=", cityRegionCode), eb("parent_code", "=", cityRegionCode)]))
    .orderBy("code")
    .execute();
  const at = clock.now().toISOString();
  for (const region of departmentRegions) {
    if (regionLevelOf(region.code) !== "city" && regionLevelOf(region.code) !== "district") continue;
    const name = departmentName(region.name);
    if (await findOrganizationByName(db, name)) continue;
    await insertOrganization(db, { name, kind: "department", regionCode: region.code, at });
  }
}
