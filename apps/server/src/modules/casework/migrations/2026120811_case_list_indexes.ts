import type { Kysely } from "kysely";

/**
 * Frozen: the case list filtered by stage within a region (a district officer's 介入 cases) seeks
 * the stage first, then the region's range — the (region_code, stage) index could use only the
 * range and read every case of the district; at 80,000 cases that was half a second a page.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("cases_stage_region_idx")
    .on("cases")
    .columns(["stage", "region_code", "involves_minor"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("cases_stage_region_idx").execute();
}
