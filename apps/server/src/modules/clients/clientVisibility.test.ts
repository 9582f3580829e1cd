import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cityWithoutDemoData, newClient, signedInAs } from "../../../test/factories.ts";
import { dialects, requestUserOf, type Session, type TestApp } from "../../../test/harness.ts";
import { loadWorkbook } from "../../platform/excel/testing.ts";
import { freshIdNumber } from "../volunteers/volunteers.testing.ts";
import { insertCaseFor } from "./clients.testing.ts";

const nanmen = "330203001000";
const nanmenCommunity = "330203001001";
const jiangbeiCommunity = "330205001001";

type Assignment = { client: number; worker: number; as: "assigned" | "transferring" };

/**
 * The worker's rule as a property: over any assignment of cases to workers, a social worker reads,
 * lists, counts, exports and searches exactly the clients they registered and those of the cases
 * assigned or being transferred to them — inside their region —, and nothing else.
 */
describe.each(dialects)("a social worker's clients on %s", (dialect) => {
  let t: TestApp;
  let station: Session;
  const workers: { session: Session; id: number }[] = [];
  const clients: { id: number; idNumber: string; regionCode: string; createdBy: number | null }[] = [];

  beforeAll(async () => {
    t = await cityWithoutDemoData(dialect);
    // Workers do not export by default; an operator may grant it, and the export must then
    // hold the worker's clients only.
    await t.ctx.db
      .insertInto("role_permissions")
      .values({ role_id: "social_worker", permission: "registries.export" })
      .execute();
    await t.ctx.catalog.load(t.ctx.db);
    station = await signedInAs(t, "station_staff", nanmen);
    const jiangbei = await signedInAs(t, "station_staff", "330205001000");
    for (let i = 0; i < 3; i += 1) {
      const session = await signedInAs(t, "social_worker", nanmen);
      workers.push({ session, id: (await requestUserOf(t, session)).id });
    }
    const stationId = (await requestUserOf(t, station)).id;
    const registrars: [Session, number, string][] = [
      [station, stationId, nanmenCommunity],
      [station, stationId, nanmenCommunity],
      [station, stationId, nanmenCommunity],
      [workers[0]?.session as Session, workers[0]?.id as number, nanmenCommunity],
      [workers[0]?.session as Session, workers[0]?.id as number, nanmenCommunity],
      [workers[1]?.session as Session, workers[1]?.id as number, nanmenCommunity],
      // Outside every worker's region: a case there does not bring it into view.
      [jiangbei, 0, jiangbeiCommunity],
    ];
    for (const [session, createdBy, regionCode] of registrars) {
      const idNumber = freshIdNumber();
      const client = await newClient(session, regionCode, { idNumber });
      clients.push({ id: client.id, idNumber, regionCode, createdBy });
    }
  });
  afterAll(() => t.close());

  const assignments = fc.array(
    fc.record({
      client: fc.nat({ max: 6 }),
      worker: fc.nat({ max: 2 }),
      as: fc.constantFrom("assigned" as const, "transferring" as const),
    }),
    { maxLength: 8 },
  );

  const expectedFor = (workerIndex: number, cases: Assignment[]) => {
    const worker = workers[workerIndex] as { id: number };
    return new Set(
      clients
        .filter(
          (client, index) =>
            client.regionCode !== jiangbeiCommunity &&
            (client.createdBy === worker.id ||
              cases.some((c) => c.client === index && c.worker === workerIndex)),
        )
        .map((client) => client.id),
    );
  };

  it("sees exactly their own clients in every list, count, export, search and read", async () => {
    await fc.assert(
      fc.asyncProperty(assignments, fc.nat({ max: 2 }), async (cases, workerIndex) => {
        await t.ctx.db.deleteFrom("cases").execute();
        for (const c of cases) {
          const client = clients[c.client] as (typeof clients)[number];
          const worker = (workers[c.worker] as { id: number }).id;
          await insertCaseFor(
            t.ctx.db,
            t.clock.now(),
            { id: client.id, regionCode: client.regionCode },
            c.as === "assigned" ? { assignedTo: worker } : { transferringTo: worker },
          );
        }
        const expected = expectedFor(workerIndex, cases);
        const session = (workers[workerIndex] as { session: Session }).session;

        const listed = (await session.request({ method: "GET", url: "/api/clients?pageSize=100" })).json();
        expect(new Set(listed.items.map((item: { id: number }) => item.id))).toEqual(expected);
        expect(listed.total).toBe(expected.size);
        const paged = (
          await session.request({ method: "GET", url: "/api/clients?pageSize=1&page=2" })
        ).json();
        expect(paged.total).toBe(expected.size);

        const exported = await session.request({ method: "GET", url: "/api/clients/export" });
        expect(exported.statusCode).toBe(200);
        const sheet = (await loadWorkbook(exported.rawPayload)).worksheets[0];
        expect((sheet?.actualRowCount ?? 1) - 1).toBe(expected.size);

        for (const client of clients) {
          const sees = expected.has(client.id);
          for (const url of [`/api/clients/${client.id}`, `/api/clients/${client.id}/history`]) {
            const response = await session.request({ method: "GET", url });
            expect(response.statusCode, url).toBe(sees ? 200 : 404);
          }
          const found = (
            await session.request({ method: "GET", url: `/api/clients?q=${client.idNumber}` })
          ).json();
          expect(found.items.map((item: { id: number }) => item.id)).toEqual(sees ? [client.id] : []);
        }
      }),
      { numRuns: dialect === "sqlite" ? 25 : 12 },
    );
  });

  it("leaves the other roles their region: the station sees every client of its street", async () => {
    await t.ctx.db.deleteFrom("cases").execute();
    const listed = (await station.request({ method: "GET", url: "/api/clients?pageSize=100" })).json();
    expect(listed.total).toBe(clients.filter((client) => client.regionCode === nanmenCommunity).length);
  });
});
