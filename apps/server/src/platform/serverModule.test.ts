import { managedRoles, type Permission, permissions, type RoleId, roleIds } from "@xinqiao/shared";
import { describe, expect, it } from "vitest";
import { serverModules } from "../modules.ts";
import { defineServerModule, migrationsOf, rolePermissionsOf } from "./serverModule.ts";

const noop = { up: async () => {} };

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
};

describe("the server's modules", () => {
  it("grant exactly the permission matrix: every role × every permission", () => {
    const byRole = rolePermissionsOf(serverModules);
    expect(Object.keys(permissionMatrix).sort()).toEqual([...permissions].sort());
    for (const role of roleIds) {
      const held = new Set(byRole.get(role) ?? []);
      for (const permission of permissions) {
        expect(held.has(permission), `${role} × ${permission}`).toBe(
          permissionMatrix[permission].includes(role),
        );
      }
    }
  });

  it("let nobody but the administrator create an account holding more than they hold (分级管理)", () => {
    const byRole = rolePermissionsOf(serverModules);
    expect(managedRoles.system_admin).toEqual(roleIds);
    for (const manager of roleIds) {
      const managed = managedRoles[manager];
      const holds = new Set(byRole.get(manager) ?? []);
      expect(managed.length > 0, `${manager} manages accounts`).toBe(holds.has("users.manage"));
      if (manager === "system_admin") continue;
      expect(managed, `${manager} manages its own role`).not.toContain(manager);
      expect(managed).not.toContain("system_admin");
      for (const role of managed) {
        const beyond = (byRole.get(role) ?? []).filter((permission) => !holds.has(permission));
        expect(beyond, `${manager} creating a ${role}`).toEqual([]);
      }
    }
  });

  it("have distinct names, and a migration name declared twice stops the start", () => {
    const names = serverModules.map((module) => module.name);
    expect(new Set(names).size).toBe(names.length);
    const twice = defineServerModule({
      name: "twice",
      routes: () => {},
      migrations: { "2026113001_platform": noop },
    });
    expect(() => migrationsOf({ "2026113001_platform": noop }, [twice])).toThrow("declared twice");
    expect(Object.keys(migrationsOf({}, serverModules)).length).toBeGreaterThan(0);
  });
});
