import { isWithinRegion } from "@xinqiao/shared";
import ExcelJS from "exceljs";
import fc from "fast-check";
import Fastify, { type InjectOptions } from "fastify";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { volunteerImportColumns } from "../src/modules/volunteers/volunteers.excel.ts";
import { freshIdNumber } from "../src/modules/volunteers/volunteers.testing.ts";
import { allows, type GuardOptions, registerGuard } from "../src/platform/auth/guard.ts";
import type { RequestUser } from "../src/platform/auth/requestUser.ts";
import { loadWorkbook } from "../src/platform/excel/testing.ts";
import {
  createTestApp,
  dialects,
  importFile,
  login,
  requestUserOf,
  type Session,
  type TestApp,
} from "./harness.ts";
import { ownedOrRegionRoutes, type ScopeSpec, scopeSpecs } from "./scopeSpecs.ts";

/**
 * Scope and permissions as properties, over every demo role × registry × record × operation:
 * a user never sees or changes a record outside their region — such a record answers 404 as if
 * it did not exist —, a user without the route's permission gets 403, and every list, search
 * and export holds only records inside the scope (and inside the region asked for). A module
 * whose records are reached by more than the region (accounts: the roles a user manages) says
 * so in its spec's `mayReach`.
 */
const usernames = ["admin", "city", "haishu", "yuyao", "station", "worker", "supervisor", "leader"] as const;
type Username = (typeof usernames)[number];
type RecordSample = { id: number; regionCode: string; name: string };
const operations = ["read", "history", "reveal", "update", "deactivate"] as const;
type Operation = (typeof operations)[number];

function recordRequest(spec: ScopeSpec, operation: Operation, record: RecordSample) {
  const url = `${spec.path}/${record.id}`;
  const pattern = `${spec.path}/:id`;
  switch (operation) {
    case "read":
      return { method: "GET", url, pattern } as const;
    case "history":
      return spec.history
        ? ({ method: "GET", url: `${url}/history`, pattern: `${pattern}/history` } as const)
        : null;
    case "reveal":
      return spec.revealField
        ? ({
            method: "POST",
            url: `${url}/reveal`,
            pattern: `${pattern}/reveal`,
            payload: { field: spec.revealField },
          } as const)
        : null;
    case "update":
      return spec.update ? ({ method: "PATCH", url, pattern, payload: spec.update(record) } as const) : null;
    case "deactivate":
      return spec.activation
        ? ({ method: "POST", url: `${url}/deactivate`, pattern: `${pattern}/deactivate` } as const)
        : null;
  }
}

/** The last segments of a spec's bulk routes, if it has them. */
function bulkPaths(spec: ScopeSpec): { deactivate: string; activate: string } | undefined {
  return spec.bulkActivation === true
    ? { deactivate: "deactivate", activate: "activate" }
    : spec.bulkActivation;
}

describe.each(dialects)("scope properties on %s", (dialect) => {
  let t: TestApp;
  const sessions = new Map<Username, Session>();
  const users = new Map<Username, RequestUser>();
  const records = new Map<string, RecordSample[]>();
  let regionCodes: string[] = [];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    for (const username of usernames) {
      const session = await login(t.app, username);
      sessions.set(username, session);
      users.set(username, await requestUserOf(t, session));
    }
    for (const spec of scopeSpecs) {
      const { rows } = await sql<{ id: number; region_code: string; name: string }>`
        select id, region_code, ${sql.ref(spec.nameColumn ?? "name")} as name
        from ${sql.table(spec.table)} order by id`.execute(t.ctx.db);
      // Every 7th record: all regions stay represented at a fraction of the reads.
      records.set(
        spec.name,
        rows
          .filter((_, i) => i % 7 === 0)
          .map((row) => ({ id: row.id, regionCode: row.region_code, name: row.name })),
      );
    }
    regionCodes = (await t.ctx.db.selectFrom("regions").select("code").execute()).map((row) => row.code);
  });
  afterAll(() => t.close());

  const mayCall = (user: RequestUser, method: string, pattern: string) => {
    const route = t.app.apiRoutes.find((r) => r.method === method && r.url === pattern);
    if (!route) throw new Error(`no route ${method} ${pattern}`);
    return allows(user, route.permission);
  };
  const anyUser = fc.constantFrom(...usernames);
  const anySpec = fc.constantFrom(...scopeSpecs);

  it("answers a record operation with 403 without the permission, 404 outside the scope, success inside", async () => {
    await fc.assert(
      fc.asyncProperty(
        anyUser,
        anySpec,
        fc.nat(),
        fc.constantFrom(...operations),
        async (name, spec, n, op) => {
          const sample = records.get(spec.name) ?? [];
          const record = sample[n % sample.length];
          const request = record && recordRequest(spec, op, record);
          if (!record || !request) return;
          const user = users.get(name) as RequestUser;
          const session = sessions.get(name) as Session;
          const response = await session.request(request as InjectOptions & { url: string });
          const refusedByPolicy = op === "update" && spec.mayUpdate && !spec.mayUpdate(user.permissions);
          if (!mayCall(user, request.method, request.pattern)) {
            expect(response.statusCode, `${name} ${request.method} ${request.url}`).toBe(403);
          } else if (
            !isWithinRegion(record.regionCode, user.regionCode) ||
            (spec.mayReach && !(await spec.mayReach(t.ctx.db, user, record.id)))
          ) {
            expect(response.statusCode, `${name} ${request.method} ${request.url}`).toBe(404);
            expect(response.body).not.toContain(record.name);
          } else if (refusedByPolicy) {
            expect(response.statusCode, `${name} ${request.method} ${request.url}`).toBe(403);
          } else {
            expect(
              response.statusCode,
              `${name} ${request.method} ${request.url}: ${response.body}`,
            ).toBeLessThan(300);
            if (op === "deactivate") {
              await session.request({ method: "POST", url: `${spec.path}/${record.id}/activate` });
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  const bulkSpecs = scopeSpecs.filter((spec) => spec.bulkActivation);
  const anyChoice = fc.uniqueArray(fc.nat(), { minLength: 1, maxLength: 5 });
  /** Distinct sample records of a spec, picked by the generated numbers. */
  const chosenOf = (spec: ScopeSpec, picks: number[]) => {
    const sample = records.get(spec.name) ?? [];
    const chosen = picks.flatMap((n) => sample[n % sample.length] ?? []);
    return [...new Map(chosen.map((record) => [record.id, record])).values()];
  };
  const reaches = async (spec: ScopeSpec, user: RequestUser, record: RecordSample) =>
    isWithinRegion(record.regionCode, user.regionCode) &&
    (!spec.mayReach || (await spec.mayReach(t.ctx.db, user, record.id)));
  const activeStates = async (spec: ScopeSpec, ids: number[]) =>
    (
      await sql<{ id: number; is_active: number }>`
        select id, is_active from ${sql.table(spec.table)} where id in (${sql.join(ids)}) order by id`.execute(
        t.ctx.db,
      )
    ).rows.map((row) => [Number(row.id), Number(row.is_active)]);

  it("answers a bulk 停用 with 403 without the permission, 404 changing nothing when one record is out of reach, success inside", async () => {
    await fc.assert(
      fc.asyncProperty(anyUser, fc.constantFrom(...bulkSpecs), anyChoice, async (name, spec, picks) => {
        // Disabling an account ends its sessions: the accounts signed in here stay out of it.
        const signedIn = new Set([...users.values()].map((known) => known.id));
        const chosen = chosenOf(spec, picks).filter(
          (record) => spec.table !== "users" || !signedIn.has(record.id),
        );
        if (chosen.length === 0) return;
        const ids = chosen.map((record) => record.id);
        const user = users.get(name) as RequestUser;
        const session = sessions.get(name) as Session;
        const paths = bulkPaths(spec);
        if (!paths) return;
        const url = `${spec.path}/${paths.deactivate}`;
        const before = await activeStates(spec, ids);
        const response = await session.request({ method: "POST", url, payload: { ids } });
        const label = `${name} POST ${url} ${ids.join(",")}`;
        if (!mayCall(user, "POST", url)) {
          expect(response.statusCode, label).toBe(403);
        } else if (!(await Promise.all(chosen.map((record) => reaches(spec, user, record)))).every(Boolean)) {
          expect(response.statusCode, label).toBe(404);
          for (const record of chosen) {
            if (!isWithinRegion(record.regionCode, user.regionCode))
              expect(response.body).not.toContain(record.name);
          }
        } else {
          expect(response.statusCode, `${label}: ${response.body}`).toBe(200);
          const wereActive = before.filter(([, isActive]) => isActive === 1).map(([id]) => id);
          expect(response.json()).toEqual({ changed: wereActive.length });
          if (wereActive.length > 0) {
            const restored = await session.request({
              method: "POST",
              url: `${spec.path}/${paths.activate}`,
              payload: { ids: wereActive },
            });
            expect(restored.statusCode, restored.body).toBe(200);
          }
        }
        expect(await activeStates(spec, ids), label).toEqual(before);
      }),
      { numRuns: 120 },
    );
  });

  it("exports of chosen rows hold only those the user may see", async () => {
    const exportable = scopeSpecs.filter((spec) => spec.export);
    await fc.assert(
      fc.asyncProperty(anyUser, fc.constantFrom(...exportable), anyChoice, async (name, spec, picks) => {
        const chosen = chosenOf(spec, picks);
        const user = users.get(name) as RequestUser;
        const exported = await (sessions.get(name) as Session).request({
          method: "GET",
          url: `${spec.path}/export?ids=${chosen.map((record) => record.id).join(",")}`,
        });
        if (!mayCall(user, "GET", `${spec.path}/export`)) {
          expect(exported.statusCode).toBe(403);
          return;
        }
        expect(exported.statusCode, exported.body).toBe(200);
        const sheet = (await loadWorkbook(exported.rawPayload)).worksheets[0];
        const reached = await Promise.all(chosen.map((record) => reaches(spec, user, record)));
        const visible = chosen.filter((_, i) => reached[i]);
        expect((sheet?.actualRowCount ?? 1) - 1, `${name} ${spec.path}`).toBe(visible.length);
      }),
      { numRuns: 40 },
    );
  });

  it("lists and searches only inside the scope and the region asked for", async () => {
    const searchText = fc.oneof(
      fc.constantFrom("", "zs", "w", "l", "c", "服务", "张", "社区"),
      fc.string({ minLength: 1, maxLength: 2, unit: fc.constantFrom(..."abcdefghjklmnpqrstwxyz") }),
    );
    await fc.assert(
      fc.asyncProperty(
        anyUser,
        fc.constantFrom(...scopeSpecs.filter((spec) => spec.regionList !== false)),
        fc.option(fc.constantFrom(...regionCodes), { nil: undefined }),
        searchText,
        async (name, spec, regionCode, q) => {
          const user = users.get(name) as RequestUser;
          const query = new URLSearchParams({ pageSize: "100", ...(regionCode ? { regionCode } : {}), q });
          const response = await (sessions.get(name) as Session).request({
            method: "GET",
            url: `${spec.path}?${query}`,
          });
          if (!mayCall(user, "GET", spec.path)) {
            expect(response.statusCode).toBe(403);
            return;
          }
          expect(response.statusCode, response.body).toBe(200);
          const page = response.json() as { items: { region: { code: string } }[]; total: number };
          for (const item of page.items) {
            expect(
              isWithinRegion(item.region.code, user.regionCode),
              `${name} sees ${item.region.code}`,
            ).toBe(true);
            if (regionCode) expect(isWithinRegion(item.region.code, regionCode)).toBe(true);
          }
          const meets =
            !regionCode ||
            isWithinRegion(regionCode, user.regionCode) ||
            isWithinRegion(user.regionCode, regionCode);
          if (!meets) expect(page.total).toBe(0);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("finds a record by its full ID number only inside the scope", async () => {
    const searchable = scopeSpecs.filter((spec) => spec.idNumberSearch);
    await fc.assert(
      fc.asyncProperty(anyUser, fc.constantFrom(...searchable), fc.nat(), async (name, spec, n) => {
        const sample = records.get(spec.name) ?? [];
        const record = sample[n % sample.length] as RecordSample;
        const { id_number_cipher: cipher } = await t.ctx.db
          .selectFrom(spec.table as "volunteers")
          .select("id_number_cipher")
          .where("id", "=", record.id)
          .executeTakeFirstOrThrow();
        const idNumber = t.ctx.cipher.decrypt(cipher);
        const user = users.get(name) as RequestUser;
        const response = await (sessions.get(name) as Session).request({
          method: "GET",
          url: `${spec.path}?q=${idNumber}`,
        });
        if (!mayCall(user, "GET", spec.path)) {
          expect(response.statusCode).toBe(403);
          return;
        }
        const ids = (response.json() as { items: { id: number }[] }).items.map((item) => item.id);
        expect(ids).toEqual((await reaches(spec, user, record)) ? [record.id] : []);
      }),
      { numRuns: 60 },
    );
  });

  it("exports exactly the rows the list shows for the same region", async () => {
    const exportable = scopeSpecs.filter((spec) => spec.export);
    const streets = regionCodes.filter((code) => code.endsWith("000") && !code.endsWith("000000"));
    await fc.assert(
      fc.asyncProperty(
        anyUser,
        fc.constantFrom(...exportable),
        fc.constantFrom(...streets),
        async (name, spec, regionCode) => {
          const user = users.get(name) as RequestUser;
          const session = sessions.get(name) as Session;
          const exported = await session.request({
            method: "GET",
            url: `${spec.path}/export?regionCode=${regionCode}`,
          });
          if (!mayCall(user, "GET", `${spec.path}/export`)) {
            expect(exported.statusCode).toBe(403);
            return;
          }
          expect(exported.statusCode, exported.body).toBe(200);
          const listed = await session.request({
            method: "GET",
            url: `${spec.path}?regionCode=${regionCode}&pageSize=1`,
          });
          const workbook = await loadWorkbook(exported.rawPayload);
          const sheet = workbook.worksheets[0];
          const dataRows = (sheet?.actualRowCount ?? 1) - 1; // the header row
          expect(dataRows).toBe((listed.json() as { total: number }).total);
          if (!isWithinRegion(regionCode, user.regionCode)) expect(dataRows).toBe(0);
        },
      ),
      { numRuns: 30 },
    );
  });

  it("imports a volunteer row only for a community inside the importing user's scope", async () => {
    const communities = regionCodes.filter((code) => !code.endsWith("000"));
    await fc.assert(
      fc.asyncProperty(anyUser, fc.constantFrom(...communities), async (name, regionCode) => {
        const user = users.get(name) as RequestUser;
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet("志愿者");
        sheet.addRow(volunteerImportColumns.map((column) => column.header));
        const values: Record<string, string> = { name: "属性测试", idNumber: freshIdNumber(), regionCode };
        sheet.addRow(volunteerImportColumns.map((column) => values[column.key] ?? null));
        const file = Buffer.from(await workbook.xlsx.writeBuffer());
        if (!mayCall(user, "POST", "/api/volunteers/import")) {
          const refused = await (sessions.get(name) as Session).request({
            method: "POST",
            url: "/api/volunteers/import",
            headers: { "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
            payload: file,
          });
          expect(refused.statusCode).toBe(403);
          return;
        }
        const job = await importFile(t, sessions.get(name) as Session, "/api/volunteers/import", file);
        const inScope = isWithinRegion(regionCode, user.regionCode);
        expect(job.status, JSON.stringify(job.error)).toBe("succeeded");
        expect(job.result.importedRows).toBe(inScope ? 1 : 0);
        if (!inScope) expect(job.result.errors[0]?.column).toBe("所属区划代码");
      }),
      { numRuns: 8 },
    );
  }, 120_000);
});

describe("the route table", () => {
  it("refuses to start with an /api route that declares no access, and every record route (and every bulk route) joins the scope properties", async () => {
    const bare = Fastify();
    registerGuard(bare, {} as GuardOptions);
    expect(() => bare.get("/api/undeclared", () => ({}))).toThrow(
      "must declare exactly one of public, signedIn or permission",
    );
    const t = await createTestApp("sqlite", { LOAD_DEMO_DATA: "false" });
    try {
      const covered = new Set([
        ...ownedOrRegionRoutes,
        ...scopeSpecs.flatMap((spec) => [
          `${spec.path}/:id`,
          `${spec.path}/:id/history`,
          `${spec.path}/:id/reveal`,
          `${spec.path}/:id/deactivate`,
          `${spec.path}/:id/activate`,
          ...(spec.otherRecordRoutes ?? []),
        ]),
      ]);
      // Bulk routes take their ids in the body: each must belong to a spec that exercises it.
      const bulkCovered = new Set(
        scopeSpecs.flatMap((spec) => {
          const paths = bulkPaths(spec);
          return paths ? [`${spec.path}/${paths.deactivate}`, `${spec.path}/${paths.activate}`] : [];
        }),
      );
      const bulkRoutes = t.app.apiRoutes.filter(
        (route) => !route.url.includes("/:") && /\/(deactivate|activate|disable|enable)$/.test(route.url),
      );
      expect(bulkRoutes.length).toBeGreaterThanOrEqual(12);
      expect(
        bulkRoutes.filter((route) => !bulkCovered.has(route.url)).map((r) => `${r.method} ${r.url}`),
      ).toEqual([]);
      const recordRoutes = t.app.apiRoutes.filter((route) => route.url.includes("/:"));
      expect(recordRoutes.length).toBeGreaterThan(20);
      expect(
        recordRoutes.filter((route) => !covered.has(route.url)).map((r) => `${r.method} ${r.url}`),
      ).toEqual([]);
      expect(t.app.apiRoutes.filter((route) => route.access === "public").map((r) => r.url)).toEqual([
        "/api/auth/login",
        // The QR check-in page of an activity: its signed token is the credential.
        "/api/activity-checkin",
        "/api/activity-checkin",
      ]);
    } finally {
      await t.close();
    }
  });
});
