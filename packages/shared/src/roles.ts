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
  /** See ID numbers and phones unmasked (each reveal is audited). */
  "personal.reveal",
  /** Export personal data unmasked (audited). */
  "personal.export",
  "registries.read",
  "registries.import",
  "registries.export",
  "platforms.manage",
  "organizations.manage",
  /** Accept a 统一社会信用代码 whose check character fails, with a reason. */
  "organizations.override_credit_code",
  "workers.manage",
  "volunteers.manage",
  /** Record volunteer service hours and issue certificates. */
  "volunteers.record_hours",
] as const;
export type Permission = (typeof permissions)[number];

const everyone: Permission[] = ["dashboard.view", "regions.read", "registries.read"];
const registryOfficer: Permission[] = [
  "regions.residents.edit",
  "registries.import",
  "registries.export",
  "personal.reveal",
  "platforms.manage",
  "organizations.manage",
  "workers.manage",
  "volunteers.manage",
  "volunteers.record_hours",
];

export const defaultRolePermissions: Record<RoleId, Permission[]> = {
  system_admin: [
    ...everyone,
    "regions.residents.edit",
    "users.read",
    "users.manage",
    "audit.read",
    "organizations.override_credit_code",
  ],
  city_officer: [...everyone, ...registryOfficer, "personal.export"],
  district_officer: [...everyone, ...registryOfficer, "personal.export"],
  station_staff: [
    ...everyone,
    "regions.residents.edit",
    "registries.import",
    "registries.export",
    "personal.reveal",
    "platforms.manage",
    "workers.manage",
    "volunteers.manage",
    "volunteers.record_hours",
  ],
  social_worker: [...everyone, "volunteers.record_hours"],
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
