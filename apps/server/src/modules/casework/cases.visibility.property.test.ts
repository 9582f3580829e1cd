import type { RoleId } from "@xinqiao/shared";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cityWithoutDemoData, newClient, signedInAs } from "../../../test/factories.ts";
import { dialects, requestUserOf, type Session, type TestApp } from "../../../test/harness.ts";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import { loadWorkbook } from "../../platform/excel/testing.ts";
import { insertCaseRow } from "./cases.testing.ts";
import { mayViewCase, visibleCases } from "./caseVisibility.ts";

/**
 * The case rule (caseVisibility.ts) over role × region × case — assigned to the user, being
 * transferred to them or neither; a minor's or an adult's; in or out of the region: the SQL
 * condition selects exactly the rows the predicate admits, and no user reads, lists, counts,
 * searches, exports or sees the timeline of a case the predicate denies.
 */
const communities = ["330203001001", "330203001002", "330203002001", "330205001001"];
const placements: [RoleId, string][] = [
  ["city_officer", "330200000000"],
  ["district_officer", "330203000000"],
  ["district_officer", "330205000000"],
  ["station_staff", "330203001000"],
  ["station_staff", "330203002000"],
  ["social_worker", "330203001000"],
  ["social_worker", "330203001001"],
  ["social_worker", "330203002000"],
  ["supervisor", "330203000000"],
  ["supervisor", "330203001000"],
  ["leader", "330200000000"],
  ["system_admin", "330200000000"],
];

describe.each(dialects)("case visibility properties on %s", (dialect) => {
  let t: TestApp;
  const people: { session: Session; user: RequestUser }[] = [];
  const clients = new Map<string, number>();
  let workerIds: number[] = [];

  beforeAll(async () => {
    t = await cityWithoutDemoData(dialect);
    for (const [role, region] of placements) {
      const session = await signedInAs(t, role, region);
      people.push({ session, user: await requestUserOf(t, session) });
    }
    const city = people[0]?.session as Session;
    for (const community of communities) clients.set(community, (await newClient(city, community)).id);
    workerIds = people.filter((p) => p.user.roleId === "social_worker").map((p) => p.user.id);
  });
  afterAll(() => t.close());

  const anyCase = () =>
    fc.record({
      region: fc.constantFrom(...communities),
      worker: fc.option(fc.nat(), { nil: null }),
      transfer: fc.option(fc.nat(), { nil: null }),
      minor: fc.boolean(),
    });

  async function insertCases(
    specs: { region: string; worker: number | null; transfer: number | null; minor: boolean }[],
  ) {
    const ids: number[] = [];
    for (const spec of specs) {
      const pick = (n: number | null) => (n === null ? null : (workerIds[n % workerIds.length] as number));
      const id = await insertCaseRow(t.ctx.db, t.clock.now(), {
        client_id: clients.get(spec.region) as number,
        region_code: spec.region,
        summary: "属性测试",
        assigned_worker_id: pick(spec.worker),
        pending_transfer_to: pick(spec.transfer),
        involves_minor: spec.minor ? 1 : 0,
      });
      ids.push(id);
    }
    return ids;
  }
  const rowsOf = (ids: number[]) =>
    t.ctx.db.selectFrom("cases").selectAll().where("id", "in", ids).orderBy("id").execute();

  it("the SQL condition selects exactly the cases the predicate admits", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyCase(), { minLength: 1, maxLength: 6 }), fc.nat(), async (specs, n) => {
        const { user } = people[n % people.length] as (typeof people)[number];
        const ids = await insertCases(specs);
        const rows = await rowsOf(ids);
        const bySql = await t.ctx.db
          .selectFrom("cases")
          .select("id")
          .where("id", "in", ids)
          .where(visibleCases(user, "cases"))
          .orderBy("id")
          .execute();
        expect(bySql.map((row) => row.id)).toEqual(
          rows.filter((row) => mayViewCase(user, row)).map((row) => row.id),
        );
      }),
      { numRuns: 80 },
    );
  });

  it("nobody reads, lists, counts, searches, exports or follows a case the rule denies", async () => {
    await fc.assert(
      fc.asyncProperty(anyCase(), fc.nat(), async (spec, n) => {
        const { session, user } = people[n % people.length] as (typeof people)[number];
        const [id] = await insertCases([spec]);
        const [row] = await rowsOf([id as number]);
        if (!row) throw new Error("the case was not written");
        const sees = mayViewCase(user, row);
        const label = `${user.roleId}@${user.regionCode} ${JSON.stringify(spec)}`;
        const canRead = user.permissions.has("cases.read");
        const detail = await session.request({ method: "GET", url: `/api/cases/${row.id}` });
        expect(detail.statusCode, label).toBe(!canRead ? 403 : sees ? 200 : 404);
        const timeline = await session.request({ method: "GET", url: `/api/cases/${row.id}/timeline` });
        expect(timeline.statusCode, label).toBe(!canRead ? 403 : sees ? 200 : 404);
        const change = await session.request({
          method: "POST",
          url: `/api/cases/${row.id}/transitions`,
          payload: { action: "suspend", form: { reason: "属性测试" } },
        });
        if (!sees) expect(change.statusCode, label).toBe(canRead ? 404 : 403);
        if (!canRead) return;
        const search = await session.request({ method: "GET", url: `/api/cases?q=${row.case_number}` });
        expect(search.json().total, label).toBe(sees ? 1 : 0);
        const listed = await session.request({
          method: "GET",
          url: `/api/cases?pageSize=200&regionCode=${row.region_code}`,
        });
        expect(
          listed.json().items.some((item: { id: number }) => item.id === row.id),
          label,
        ).toBe(sees);
        const exported = await session.request({ method: "GET", url: `/api/cases/export?ids=${row.id}` });
        if (user.permissions.has("registries.export")) {
          const sheet = (await loadWorkbook(exported.rawPayload)).worksheets[0];
          expect((sheet?.actualRowCount ?? 1) - 1, label).toBe(sees ? 1 : 0);
        } else {
          expect(exported.statusCode, label).toBe(403);
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
