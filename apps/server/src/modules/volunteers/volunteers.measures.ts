import { sql } from "kysely";
import type { MeasureSource } from "../../platform/analytics/measureSource.ts";

/**
 * Registered volunteers (active), and the hours they earned by the month of the service — the
 * ledger's earned entries, corrections included.
 */
export const volunteerMeasures: MeasureSource = {
  name: "volunteers",
  measures: ["volunteers", "volunteerHours"],
  // Hours are posted by service records and activities as well as entered on the volunteer.
  auditEntities: ["volunteer", "caseServiceRecord", "activity"],
  async recount(db, _today, emit) {
    const volunteers = await db
      .selectFrom("volunteers")
      .select(["region_code"])
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("is_active", "=", 1)
      .groupBy("region_code")
      .execute();
    // A reversal is dated the day of the correction; its hours come off the month of the service
    // it reverses, so a voided service leaves no hours in any month.
    const month = sql<string>`substr(coalesce(${sql.ref("o.service_date")}, ${sql.ref("h.service_date")}), 1, 7)`;
    const hours = await db
      .selectFrom("volunteer_service_records as h")
      .leftJoin("volunteer_service_records as o", "o.id", "h.reverses_id")
      .select((eb) => ["h.region_code", month.as("month"), eb.fn.sum<number>("h.hours").as("hours")])
      .where("h.entry_kind", "=", "earned")
      .groupBy(["h.region_code", month])
      .execute();
    await emit([
      ...volunteers.map((row) => ({
        measure: "volunteers",
        regionCode: row.region_code,
        period: "now",
        dimension: "",
        value: Number(row.n),
      })),
      ...hours.map((row) => ({
        measure: "volunteerHours",
        regionCode: row.region_code,
        period: row.month,
        dimension: "",
        value: Number(row.hours),
      })),
    ]);
  },
};
