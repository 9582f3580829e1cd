/** Roles of PRODUCT.md and the permission strings each holds by default (seeded as data). */
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

export const permissions = [
  "dashboard.view",
  "regions.read",
  "regions.residents.edit",
  "users.read",
  "users.manage",
  "audit.read",
  "personal.reveal",
] as const;
export type Permission = (typeof permissions)[number];

const everyone: Permission[] = ["dashboard.view", "regions.read"];

export const defaultRolePermissions: Record<RoleId, Permission[]> = {
  system_admin: [...everyone, "regions.residents.edit", "users.read", "users.manage", "audit.read"],
  city_officer: [...everyone, "regions.residents.edit"],
  district_officer: [...everyone, "regions.residents.edit"],
  station_staff: [...everyone, "regions.residents.edit"],
  social_worker: [...everyone],
  supervisor: [...everyone],
  org_admin: [...everyone],
  leader: [...everyone],
};

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

export const regionLevels = ["city", "district", "street", "community"] as const;
export type RegionLevel = (typeof regionLevels)[number];
