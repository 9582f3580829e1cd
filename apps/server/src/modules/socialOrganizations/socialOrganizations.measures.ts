import type { MeasureSource } from "../../platform/analytics/measureSource.ts";

/** Social organizations in good standing (active in the registry, status 正常). */
export const socialOrganizationMeasures: MeasureSource = {
  name: "socialOrganizations",
  measures: ["socialOrganizations"],
  auditEntities: ["socialOrganization"],
  async recount(db, _today, emit) {
    const rows = await db
      .selectFrom("social_organizations")
      .select(["region_code"])
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("is_active", "=", 1)
      .where("status", "=", "active")
      .groupBy("region_code")
      .execute();
    await emit(
      rows.map((row) => ({
        measure: "socialOrganizations",
        regionCode: row.region_code,
        period: "now",
        dimension: "",
        value: Number(row.n),
      })),
    );
  },
};
