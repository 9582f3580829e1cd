/**
 * Roles of PRODUCT.md. What each holds by default is granted by the server's modules (seeded as
 * data); the permission strings are the modules' contracts' (modules.ts).
 */
export const roleIds = [
  "system_admin",
  "city_officer",
  "district_officer",
  "station_staff",
  "social_worker",
  "supervisor",
  "org_admin",
  "leader",
] as const;
export type RoleId = (typeof roleIds)[number];

/** Region levels a user of each role may be attached to. */
export const roleRegionLevels: Record<RoleId, RegionLevel[]> = {
  system_admin: ["city"],
  city_officer: ["city"],
  district_officer: ["district"],
  station_staff: ["street", "community"],
  social_worker: ["street", "community"],
  supervisor: ["district", "street"],
  org_admin: ["district", "street", "community"],
  leader: ["city", "district", "street"],
};

/**
 * 分级管理: the roles whose accounts each role creates, edits, disables and resets — always
 * inside its own region. Only the system administrator manages its own role and those above (the
 * first city officer has to come from somewhere); every other role manages only roles whose
 * default permissions are a subset of its own, so nobody hands out more than they hold.
 */
export const managedRoles: Record<RoleId, readonly RoleId[]> = {
  system_admin: roleIds,
  city_officer: ["district_officer", "station_staff", "social_worker", "supervisor", "org_admin", "leader"],
  district_officer: ["station_staff", "social_worker", "supervisor", "org_admin", "leader"],
  station_staff: [],
  social_worker: [],
  supervisor: [],
  org_admin: [],
  leader: [],
};

export const regionLevels = ["city", "district", "street", "community"] as const;
export type RegionLevel = (typeof regionLevels)[number];
