import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { managedRoles, permissions, roleIds } from "@xinqiao/shared";
import { describe, expect, it } from "vitest";
import { permissionMatrix } from "../modules/users/permissionMatrix.testing.ts";
import { serverModules } from "../modules.ts";
import { defineServerModule, migrationsOf, rolePermissionsOf } from "./serverModule.ts";

const noop = { up: async () => {} };

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

  it("are the README's permission table, cell by cell", () => {
    const readme = readFileSync(fileURLToPath(new URL("../../../../README.md", import.meta.url)), "utf8");
    const rows = readme.split("\n").filter((line) => line.startsWith("| "));
    const cells = (line: string) =>
      line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim());
    const header = rows.find((line) => line.startsWith("| permission | 含义 |")) ?? "";
    const columns = cells(header).map((cell) => /`([a-z_]+)`/.exec(cell)?.[1]);
    expect(columns.slice(2)).toEqual([...roleIds]);
    const table = Object.fromEntries(
      rows
        .map(cells)
        .filter((row) => /^`[a-z_.]+`$/.test(row[0] ?? "") && row.length === columns.length)
        .map((row) => [(row[0] ?? "").slice(1, -1), roleIds.filter((_, i) => row[i + 2] === "✓")]),
    );
    expect(table).toEqual(Object.fromEntries(permissions.map((p) => [p, [...permissionMatrix[p]]])));
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
