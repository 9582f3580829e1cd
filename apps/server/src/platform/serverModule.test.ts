import { permissions, roleIds } from "@xinqiao/shared";
import { describe, expect, it } from "vitest";
import { serverModules } from "../modules.ts";
import { defineServerModule, migrationsOf, rolePermissionsOf } from "./serverModule.ts";

const noop = { up: async () => {} };

describe("the server's modules", () => {
  it("grant every permission of the contracts to some role, and each role what PRODUCT.md gives it", () => {
    const byRole = rolePermissionsOf(serverModules);
    const granted = new Set([...byRole.values()].flat());
    expect(permissions.filter((permission) => !granted.has(permission))).toEqual([]);
    expect(roleIds.filter((role) => !byRole.has(role))).toEqual([]);
    // Two roles spelt out, so moving a grant between modules cannot change what a role holds.
    expect([...(byRole.get("station_staff") ?? [])].sort()).toEqual(
      [
        "dashboard.view",
        "personal.reveal",
        "platforms.manage",
        "regions.read",
        "regions.residents.edit",
        "registries.export",
        "registries.import",
        "registries.read",
        "volunteers.manage",
        "volunteers.record_hours",
        "workers.manage",
      ].sort(),
    );
    expect([...(byRole.get("leader") ?? [])].sort()).toEqual([
      "dashboard.view",
      "regions.read",
      "registries.read",
    ]);
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
