import type { Permission, RoleId } from "@xinqiao/shared";
import { roleIds } from "@xinqiao/shared";

/**
 * The permission matrix of the README (权限矩阵), cell by cell: which roles hold each permission.
 * A grant moved between modules keeps this table; a grant given or taken away changes it here,
 * in the README's table and, when taken away, in a migration for existing databases.
 */
const R = {
  admin: "system_admin",
  city: "city_officer",
  district: "district_officer",
  station: "station_staff",
  worker: "social_worker",
  supervisor: "supervisor",
  org: "org_admin",
  leader: "leader",
} as const satisfies Record<string, RoleId>;
const everyone = roleIds;
const officers = [R.city, R.district] as const;
const registryOfficers = [R.city, R.district, R.station] as const;

export const permissionMatrix: Record<Permission, readonly RoleId[]> = {
  "dashboard.view": everyone,
  "regions.read": everyone,
  "regions.residents.edit": registryOfficers,
  "registries.read": everyone,
  "registries.import": registryOfficers,
  "registries.export": [...registryOfficers, R.leader],
  "clients.read": [...registryOfficers, R.worker, R.supervisor],
  "clients.manage": [...registryOfficers, R.worker],
  "cases.read": [...registryOfficers, R.worker, R.supervisor],
  "cases.manage": [...registryOfficers, R.worker, R.supervisor],
  "cases.approve": [...registryOfficers, R.supervisor],
  "cases.assign": [...registryOfficers, R.supervisor],
  "cases.refer_without_consent": registryOfficers,
  // The leader reads activities (counts, titles) but, lacking clients.read, no participant names.
  "activities.read": [...registryOfficers, R.worker, R.supervisor, R.leader],
  "activities.manage": [...registryOfficers, R.worker],
  "cases.configure": officers,
  "projects.read": [...registryOfficers, R.supervisor, R.org, R.leader],
  "projects.manage": [...registryOfficers, R.org],
  "projects.approve": officers,
  "funds.record": [...registryOfficers, R.org],
  "funds.overspend": officers,
  "training.read": [...registryOfficers, R.worker, R.supervisor, R.org, R.leader],
  "training.manage": registryOfficers,
  "personal.reveal": registryOfficers,
  "personal.export": officers,
  "platforms.manage": registryOfficers,
  "organizations.manage": officers,
  "organizations.override_credit_code": officers,
  "workers.manage": registryOfficers,
  "volunteers.manage": registryOfficers,
  "volunteers.record_hours": [...registryOfficers, R.worker],
  "users.read": [R.admin, ...officers],
  "users.manage": [R.admin, ...officers],
  "audit.read": [R.admin, R.city],
  // The leader reads reports; districts prepare theirs; the city approves.
  "reports.read": [...officers, R.leader],
  "reports.prepare": officers,
  "reports.approve": [R.city],
  "data_quality.read": registryOfficers,
  "analytics.configure": officers,
};
