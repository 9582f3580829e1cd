import { addIsoDays, type qualificationLevels, serviceDomains } from "@xinqiao/shared";
import fc from "fast-check";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cityWithoutDemoData, newClient, newVolunteer, signedInAs } from "../../../test/factories.ts";
import { dialects, requestUserOf, type Session, type TestApp } from "../../../test/harness.ts";
import { serverModules } from "../../modules.ts";
import type { EmitCounts } from "../../platform/analytics/measureSource.ts";
import { todayInChina } from "../../platform/clock.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { defineServerModule } from "../../platform/serverModule.ts";
import { makePlatform, validIdNumber, workerBody } from "../socialWorkers/socialWorkers.testing.ts";
import { aggregatesAsOf, measureSourcesOf, rebuildAggregates, refreshAggregates } from "./aggregates.ts";

/**
 * The aggregates are a derivative of the records: after any sequence of writes through the API
 * and a refresh (which recounts only the sources it finds changed), they equal a count of the
 * records made here, independently of the sources' own queries, and a rebuild from scratch.
 */
const streets = ["330203001000", "330203002000", "330205001000"] as const;
const communityOf = (street: string) => `${street.slice(0, 9)}001`;
const sources = measureSourcesOf(serverModules);

describe("measure sources", () => {
  const source = (name: string, measures: string[]) => ({
    name,
    measures,
    auditEntities: [],
    recount: async () => {},
  });
  const declaring = (...sources: ReturnType<typeof source>[]) =>
    measureSourcesOf([defineServerModule({ name: "test", routes: () => {}, measureSources: sources })]);

  it("count each measure of the catalogue once, and only those", () => {
    expect(new Set(sources.flatMap((s) => s.measures)).size).toBe(sources.flatMap((s) => s.measures).length);
    expect(() => declaring(source("a", ["serviceRecords"]), source("b", ["serviceRecords"]))).toThrow(
      "measure serviceRecords is counted by two sources",
    );
    expect(() => declaring(source("a", ["noSuchMeasure"]))).toThrow("not in the catalogue");
    expect(() => declaring(source("a", ["volunteers"]), source("a", ["socialWorkers"]))).toThrow(
      "declared twice",
    );
  });
});

describe.each(dialects)("analytics aggregates on %s", (dialect) => {
  let t: TestApp;
  const stations = new Map<string, Session>();
  let district: Session;
  let jiangbeiDistrict: Session;
  const platforms = new Map<string, number>();
  const volunteers = new Map<string, number>();
  const clients = new Map<string, number>();
  const stationUsers = new Map<string, number>();
  let today: string;
  // What the test has written, to count by hand.
  const records: {
    id: number;
    regionCode: string;
    month: string;
    /** The ledger keeps the hours in the month first recorded: a date corrected later moves the record only. */
    hoursMonth: string;
    domain: string;
    hours: number;
    voided: boolean;
  }[] = [];
  const workers: { regionCode: string; qualification: string }[] = [];
  let sequence = 100;

  beforeAll(async () => {
    t = await cityWithoutDemoData(dialect);
    today = todayInChina(t.clock.now());
    district = await signedInAs(t, "district_officer", "330203000000");
    jiangbeiDistrict = await signedInAs(t, "district_officer", "330205000000");
    for (const street of streets) {
      const station = await signedInAs(t, "station_staff", street);
      stations.set(street, station);
      platforms.set(street, await makePlatform(t.ctx.db, `测试社工站${street}`, street));
      volunteers.set(street, (await newVolunteer(station, street)).id);
      clients.set(street, (await newClient(station, communityOf(street))).id);
      stationUsers.set(street, (await requestUserOf(t, station)).id);
    }
    await rebuildAggregates(t.ctx, sources);
  });
  afterAll(() => t.close());

  const write = {
    async record(street: string, daysAgo: number, domainIndex: number, hours: number) {
      const serviceDate = addIsoDays(today, -daysAgo);
      const domain = serviceDomains[domainIndex % serviceDomains.length] ?? "养老服务";
      const station = stations.get(street);
      if (!station) throw new Error(`no station in ${street}`);
      const response = await station.request({
        method: "POST",
        url: "/api/service-records",
        payload: {
          regionCode: communityOf(street),
          serviceDate,
          minutes: 60,
          method: "casework",
          type: "探访",
          domain,
          place: "社区活动室",
          clientIds: [clients.get(street)],
          workerIds: [stationUsers.get(street)],
          volunteers: hours > 0 ? [{ volunteerId: volunteers.get(street), hours }] : [],
        },
      });
      expect(response.statusCode, response.body).toBe(201);
      const { id } = response.json() as { id: number };
      records.push({
        id,
        regionCode: communityOf(street),
        month: serviceDate.slice(0, 7),
        hoursMonth: serviceDate.slice(0, 7),
        domain,
        hours,
        voided: false,
      });
    },
    async voidRecord(index: number) {
      const record = records.filter((r) => !r.voided)[index];
      if (!record) return;
      const street = `${record.regionCode.slice(0, 9)}000`;
      const response = await stations.get(street)?.request({
        method: "POST",
        url: `/api/service-records/${record.id}/void`,
        payload: { reason: "重复录入" },
      });
      expect(response?.statusCode, response?.body).toBe(200);
      record.voided = true;
    },
    async redate(index: number, daysAgo: number) {
      const record = records.filter((r) => !r.voided)[index];
      if (!record) return;
      const serviceDate = addIsoDays(today, -daysAgo);
      const street = `${record.regionCode.slice(0, 9)}000`;
      const response = await stations.get(street)?.request({
        method: "PATCH",
        url: `/api/service-records/${record.id}`,
        payload: { serviceDate },
      });
      expect(response?.statusCode, response?.body).toBe(200);
      record.month = serviceDate.slice(0, 7);
    },
    async worker(street: string, qualification: keyof typeof qualificationLevels) {
      sequence += 1;
      const session = street.startsWith("330205") ? jiangbeiDistrict : district;
      const response = await session.request({
        method: "POST",
        url: "/api/social-workers",
        payload: workerBody({
          platformId: platforms.get(street),
          idNumber: validIdNumber("330203", "19880101", String(sequence).padStart(3, "0")),
          qualificationLevel: qualification,
          ...(qualification === "none"
            ? { certificateNumber: null, certificateDate: null, registrationDate: null }
            : {}),
        }),
      });
      expect(response.statusCode, response.body).toBe(201);
      workers.push({ regionCode: street, qualification });
    },
    async residents(street: string, residents: number) {
      const session = street.startsWith("330205") ? jiangbeiDistrict : district;
      const response = await session.request({
        method: "PUT",
        url: `/api/regions/${communityOf(street)}/residents`,
        payload: { residents },
      });
      expect(response.statusCode, response.body).toBe(200);
    },
  };

  const street = fc.constantFrom(...streets);
  const command = fc.oneof(
    fc
      .tuple(street, fc.integer({ min: 0, max: 400 }), fc.nat(), fc.integer({ min: 0, max: 3 }))
      .map((args) => () => write.record(...args)),
    fc.nat({ max: 20 }).map((index) => () => write.voidRecord(index)),
    fc
      .tuple(fc.nat({ max: 20 }), fc.integer({ min: 0, max: 400 }))
      .map((args) => () => write.redate(...args)),
    fc
      .tuple(
        street,
        fc.constantFrom("none", "assistant", "intermediate", "senior") as fc.Arbitrary<
          keyof typeof qualificationLevels
        >,
      )
      .map((args) => () => write.worker(...args)),
    fc.tuple(street, fc.integer({ min: 0, max: 90_000 })).map((args) => () => write.residents(...args)),
  );

  const stored = async (measure: string, dimension = "") =>
    t.ctx.db
      .selectFrom("analytics_counts")
      .select(["region_code", "period", "value"])
      .where("measure", "=", measure)
      .where("dimension", "=", dimension)
      .execute();
  const totalsOf = (rows: { region_code: string; period: string; value: number }[]) => {
    const map = new Map<string, number>();
    for (const row of rows) map.set(`${row.region_code}|${row.period}`, Number(row.value));
    return map;
  };
  const allRows = async () =>
    (
      await t.ctx.db
        .selectFrom("analytics_counts")
        .select(["measure", "period", "dimension", "region_code", "value"])
        .orderBy("measure")
        .orderBy("period")
        .orderBy("dimension")
        .orderBy("region_code")
        .execute()
    ).map((row) => ({ ...row, value: Number(row.value) }));
  const rollupKey = (row: { measure: string; period: string; dimension: string; prefix: string }) =>
    `${row.measure}|${row.period}|${row.dimension}|${row.prefix}`;
  const allRollups = async () =>
    new Map(
      (await t.ctx.db.selectFrom("analytics_rollups").selectAll().execute()).map((row) => [
        rollupKey(row),
        Number(row.value),
      ]),
    );
  // The counts summed by hand to every street, district and city.
  const rollupsOf = (rows: Awaited<ReturnType<typeof allRows>>) => {
    const sums = new Map<string, number>();
    for (const row of rows) {
      for (const length of [9, 6, 4]) {
        const key = rollupKey({ ...row, prefix: row.region_code.slice(0, length) });
        sums.set(key, (sums.get(key) ?? 0) + row.value);
      }
    }
    return new Map([...sums].filter(([, value]) => value !== 0));
  };

  it("after any sequence of writes and a refresh, equal a count of the records and a rebuild (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 6 }), async (commands) => {
        for (const run of commands) await run();
        await refreshAggregates(t.ctx, sources);

        const expectedRecords = new Map<string, number>();
        const expectedHours = new Map<string, number>();
        for (const record of records.filter((r) => !r.voided)) {
          const key = `${record.regionCode}|${record.month}`;
          expectedRecords.set(key, (expectedRecords.get(key) ?? 0) + 1);
          const hoursKey = `${record.regionCode}|${record.hoursMonth}`;
          if (record.hours > 0)
            expectedHours.set(hoursKey, (expectedHours.get(hoursKey) ?? 0) + record.hours);
        }
        expect(totalsOf(await stored("serviceRecords"))).toEqual(expectedRecords);
        expect(totalsOf(await stored("volunteerHours"))).toEqual(expectedHours);
        const expectedWorkers = new Map<string, number>();
        for (const worker of workers) {
          const key = `${worker.regionCode}|now`;
          expectedWorkers.set(key, (expectedWorkers.get(key) ?? 0) + 1);
        }
        expect(totalsOf(await stored("socialWorkers"))).toEqual(expectedWorkers);
        const senior = workers.filter((w) => w.qualification === "senior").length;
        const seniorStored = (await stored("socialWorkers", "qualification=senior")).reduce(
          (sum, row) => sum + Number(row.value),
          0,
        );
        expect(seniorStored).toBe(senior);

        const refreshed = await allRows();
        expect(await allRollups()).toEqual(rollupsOf(refreshed));
        await rebuildAggregates(t.ctx, sources);
        expect(refreshed).toEqual(await allRows());
      }),
      { numRuns: 12 },
    );
  });

  it("a refresh with nothing written recounts nothing; a worker's write recounts only the sources that count workers", async () => {
    await refreshAggregates(t.ctx, sources);
    t.clock.advance(60);
    const idle = await refreshAggregates(t.ctx, sources);
    expect(idle.filter((outcome) => outcome.recounted)).toEqual([]);
    // Found unchanged is as current as recounted: the dashboards' 数据更新于 moves on.
    expect(await aggregatesAsOf(t.ctx.db)).toBe(t.clock.now().toISOString());
    await write.worker("330203001000", "assistant");
    const after = await refreshAggregates(t.ctx, sources);
    expect(
      after
        .filter((outcome) => outcome.recounted)
        .map((outcome) => outcome.source)
        .sort(),
    ).toEqual(["platforms", "socialWorkers"]);
  });

  it("a service recorded for last month recounts that street's month of its records and of the volunteers' hours, nothing else", async () => {
    await refreshAggregates(t.ctx, sources);
    const daysAgo = Number(today.slice(8, 10)) + 3;
    await write.record("330203001000", daysAgo, 0, 2);
    const partition = { month: addIsoDays(today, -daysAgo).slice(0, 7), street: "330203001" };
    const after = await refreshAggregates(t.ctx, sources);
    expect(
      after.filter((outcome) => outcome.recounted).map(({ source, partitions }) => ({ source, partitions })),
    ).toEqual([
      { source: "volunteerHours", partitions: [partition] },
      { source: "serviceRecords", partitions: [partition] },
    ]);
    // Its void recounts the same, found from the record (the void's entry names no date).
    await write.voidRecord(records.filter((r) => !r.voided).length - 1);
    const voided = await refreshAggregates(t.ctx, sources);
    expect(voided.find((outcome) => outcome.source === "serviceRecords")?.partitions).toEqual([partition]);
    const counted = await allRows();
    expect(await allRollups()).toEqual(rollupsOf(counted));
    await rebuildAggregates(t.ctx, sources);
    expect(await allRows()).toEqual(counted);
  });

  it("a recount that dies after staging part of its counts leaves the counts as they were; the next one replaces them", async () => {
    await refreshAggregates(t.ctx, sources);
    const before = await allRows();
    const rollupsBefore = await allRollups();
    await write.record("330203002000", 1, 1, 0);
    const serviceRecords = sources.find((source) => source.name === "serviceRecords");
    if (!serviceRecords) throw new Error("no serviceRecords source");
    const dying = {
      ...serviceRecords,
      byPartition: undefined,
      async recount(...args: Parameters<typeof serviceRecords.recount>) {
        await serviceRecords.recount(...args);
        throw new Error("killed between staging and replacing");
      },
    };
    await expect(refreshAggregates(t.ctx, [dying])).rejects.toThrow("killed between staging and replacing");
    expect(await allRows()).toEqual(before);
    expect(await allRollups()).toEqual(rollupsBefore);
    const staged = await t.ctx.db
      .selectFrom("analytics_counts_staging")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(staged.n)).toBeGreaterThan(0);

    // The next refresh starts from an empty staging area: nothing of the dead one is counted twice.
    await refreshAggregates(t.ctx, sources);
    const recounted = await allRows();
    expect(recounted).not.toEqual(before);
    await rebuildAggregates(t.ctx, sources);
    expect(await allRows()).toEqual(recounted);
  });

  it("a measure counted before by another source is replaced whole (an upgrade that moved it)", async () => {
    await rebuildAggregates(t.ctx, sources);
    const counted = await allRows();
    const some = counted.find((row) => row.measure === "serviceRecords");
    if (!some) throw new Error("no service records counted");
    await t.ctx.db
      .updateTable("analytics_counts")
      .set({ source: "casework" })
      .where("measure", "=", "serviceRecords")
      .execute();
    await t.ctx.db
      .insertInto("analytics_counts")
      .values({ ...some, period: "2001-01", source: "casework" })
      .execute();
    await rebuildAggregates(t.ctx, sources);
    expect(await allRows()).toEqual(counted);
  });

  it("refuses a recount whose query staged a measure that is not its own, and counts nothing of it", async () => {
    const before = await allRows();
    const stray = {
      name: "serviceRecords",
      measures: ["serviceRecords"],
      auditEntities: [],
      async recount(db: Queryable, _today: string, emit: EmitCounts) {
        await emit.query(
          db
            .selectFrom("regions")
            .select([
              sql.lit("volunteers").as("measure"),
              sql.lit("now").as("period"),
              sql.lit("").as("dimension"),
              "code as region_code",
              sql.lit(1).as("value"),
            ]),
        );
      },
    };
    await expect(rebuildAggregates(t.ctx, [stray])).rejects.toThrow(
      "measure source serviceRecords wrote volunteers of now",
    );
    expect(await allRows()).toEqual(before);
  });

  it("a new day recounts every source (stocks move with the calendar), and a rebuild twice gives the same rows", async () => {
    t.clock.advance(86_400);
    const nextDay = await refreshAggregates(t.ctx, sources);
    expect(nextDay.every((outcome) => outcome.recounted)).toBe(true);
    const first = await allRows();
    await rebuildAggregates(t.ctx, sources);
    expect(await allRows()).toEqual(first);
  });
});
