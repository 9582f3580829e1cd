import type { MeasureSource } from "../../platform/analytics/measureSource.ts";

/**
 * Residents are entered per community (higher levels hold the roll-up), so the communities'
 * figures are counted and a region's residents are their sum; every street counts once
 * towards `streets`, the denominator of station coverage.
 */
export const regionMeasures: MeasureSource = {
  name: "regions",
  measures: ["residents", "streets"],
  auditEntities: ["region"],
  async recount(db, _today, emit) {
    const rows = await db
      .selectFrom("regions")
      .select(["code", "level", "residents"])
      .where("level", "in", ["street", "community"])
      .execute();
    await emit(
      rows.flatMap((row) =>
        row.level === "street"
          ? [{ measure: "streets", regionCode: row.code, period: "now", dimension: "", value: 1 }]
          : row.residents
            ? [
                {
                  measure: "residents",
                  regionCode: row.code,
                  period: "now",
                  dimension: "",
                  value: Number(row.residents),
                },
              ]
            : [],
      ),
    );
  },
};
