import { sql } from "kysely";
import {
  datesOfMonth,
  type EmitCounts,
  type MeasureSource,
  monthOf,
  type Partition,
  partitionsOf,
  streetRange,
} from "../../platform/analytics/measureSource.ts";
import type { Queryable } from "../../platform/db/database.ts";

/** Registered volunteers (active). */
export const volunteerMeasures: MeasureSource = {
  name: "volunteers",
  measures: ["volunteers"],
  auditEntities: ["volunteer"],
  // Hours and certificates leave the registry as it was.
  unaffectedBy: (change) => /^volunteer\.(hours|certificate)\./.test(change.action),
  async recount(db, _today, emit) {
    const volunteers = await db
      .selectFrom("volunteers")
      .select(["region_code"])
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("is_active", "=", 1)
      .groupBy("region_code")
      .execute();
    await emit(
      volunteers.map((row) => ({
        measure: "volunteers",
        regionCode: row.region_code,
        period: "now",
        dimension: "",
        value: Number(row.n),
      })),
    );
  },
};

/**
 * The hours volunteers earned by the month of the service — the ledger's earned entries,
 * corrections included. A reversal is dated the day of the correction; its hours come off the
 * month of the service it reverses, so a voided service leaves no hours in any month. Every
 * posting to the ledger (by hand, by a service record, by an activity) and every reversal writes
 * a volunteer audit entry naming the ledger entry (`recordId`): the months a change touched.
 */
export const volunteerHourMeasures: MeasureSource = {
  name: "volunteerHours",
  measures: ["volunteerHours"],
  auditEntities: ["volunteer"],
  unaffectedBy: (change) => !change.action.startsWith("volunteer.hours."),
  async recount(db, _today, emit) {
    const month = sql<string>`substr(coalesce(${sql.ref("o.service_date")}, ${sql.ref("h.service_date")}), 1, 7)`;
    const hours = await db
      .selectFrom("volunteer_service_records as h")
      .leftJoin("volunteer_service_records as o", "o.id", "h.reverses_id")
      .select((eb) => ["h.region_code", month.as("month"), eb.fn.sum<number>("h.hours").as("hours")])
      .where("h.entry_kind", "=", "earned")
      .groupBy(["h.region_code", month])
      .execute();
    await emit(hours.map((row) => hoursRow(row.region_code, row.month, row.hours)));
  },
  byPartition: {
    async touched(db, changes) {
      const entryIds = changes.flatMap((change) =>
        [change.before?.recordId, change.after?.recordId].filter((id) => typeof id === "number"),
      );
      const touched: { month: string; regionCode: string }[] = [];
      for (let from = 0; from < entryIds.length; from += 500) {
        const rows = await db
          .selectFrom("volunteer_service_records as h")
          .leftJoin("volunteer_service_records as o", "o.id", "h.reverses_id")
          .select(["h.region_code", "h.service_date", "o.service_date as original_date"])
          .where("h.id", "in", entryIds.slice(from, from + 500))
          .execute();
        for (const row of rows)
          touched.push({
            month: monthOf(row.original_date ?? row.service_date),
            regionCode: row.region_code,
          });
      }
      return partitionsOf(touched);
    },
    async recountPartitions(db, _today, partitions, emit) {
      for (const partition of partitions) await countHours(db, partition, emit);
    },
  },
};

/**
 * A street's hours of one month (ledger index volunteer_ledger_region_date_idx): the entries of
 * the month that reverse nothing, then the reversals of entries of the month — dated otherwise,
 * counted here. A reversal keeps the region of the entry it reverses.
 */
async function countHours(db: Queryable, { month, street }: Partition, emit: EmitCounts) {
  const { first, last } = datesOfMonth(month);
  const { low, high } = streetRange(street);
  const earned = await db
    .selectFrom("volunteer_service_records")
    .select((eb) => ["region_code", eb.fn.sum<number>("hours").as("hours")])
    .where("entry_kind", "=", "earned")
    .where("reverses_id", "is", null)
    .where("region_code", ">=", low)
    .where("region_code", "<=", high)
    .where("service_date", ">=", first)
    .where("service_date", "<=", last)
    .groupBy("region_code")
    .execute();
  const reversed = await db
    .selectFrom("volunteer_service_records as o")
    .innerJoin("volunteer_service_records as h", "h.reverses_id", "o.id")
    .select((eb) => ["h.region_code", eb.fn.sum<number>("h.hours").as("hours")])
    .where("h.entry_kind", "=", "earned")
    .where("o.region_code", ">=", low)
    .where("o.region_code", "<=", high)
    .where("o.service_date", ">=", first)
    .where("o.service_date", "<=", last)
    .groupBy("h.region_code")
    .execute();
  await emit([...earned, ...reversed].map((row) => hoursRow(row.region_code, month, row.hours)));
}

const hoursRow = (regionCode: string, period: string, hours: number) => ({
  measure: "volunteerHours",
  regionCode,
  period,
  dimension: "",
  value: Number(hours),
});
