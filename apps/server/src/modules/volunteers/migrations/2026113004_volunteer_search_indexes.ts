import { type Kysely, sql } from "kysely";

/**
 * Frozen: the volunteer list's name search within a region (200,000 volunteers; "zs" has ~1,600
 * candidates city-wide, ~110 in 海曙区). A region code's first six digits name its district, so
 * indexes on (district, pinyin…) seek one district's candidates directly; the (pinyin…,
 * region_code) ones serve a city-wide search and check each candidate's region in the index.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("volunteers_initials_idx").execute();
  await db.schema.dropIndex("volunteers_pinyin_idx").execute();
  for (const column of ["pinyin_initials", "pinyin"]) {
    const name = column === "pinyin" ? "pinyin" : "initials";
    await db.schema
      .createIndex(`volunteers_${name}_region_idx`)
      .on("volunteers")
      .columns([column, "region_code"])
      .execute();
    // A function call needs no extra parentheses in an index on either database.
    await sql`create index ${sql.id(`volunteers_district_${name}_idx`)} on "volunteers" (substr("region_code", 1, 6), ${sql.id(column)})`.execute(
      db,
    );
  }
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function down(db: Kysely<any>): Promise<void> {
  for (const name of ["initials", "pinyin"]) {
    await db.schema.dropIndex(`volunteers_district_${name}_idx`).execute();
    await db.schema.dropIndex(`volunteers_${name}_region_idx`).execute();
  }
  await db.schema
    .createIndex("volunteers_initials_idx")
    .on("volunteers")
    .columns(["pinyin_initials"])
    .execute();
  await db.schema.createIndex("volunteers_pinyin_idx").on("volunteers").columns(["pinyin"]).execute();
}
