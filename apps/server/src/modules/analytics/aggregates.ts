import { measureCatalogue } from "@xinqiao/shared";
import type { Insertable } from "kysely";
import type { CountRow, MeasureSource } from "../../platform/analytics/measureSource.ts";
import { todayInChina } from "../../platform/clock.ts";
import type { AppContext } from "../../platform/context.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { piecesOfFixedSizes, reusableQuery } from "../../platform/db/reusableQuery.ts";
import { yieldToEventLoop } from "../../platform/jobs.ts";
import type { ServerModule } from "../../platform/serverModule.ts";
import type { AnalyticsCountTable } from "./analytics.tables.ts";

/**
 * The maintained aggregates (DHIS2's analytics tables): counts by measure × period × breakdown
 * × region, recounted from the records by each module's measure sources and read by every
 * dashboard, which never scans records per request. A source is recounted when an audit entry of
 * one of its entities has been written since its last recount (every change to business data
 * writes one) or when the day has changed (stocks such as age bands and continuing-education
 * cycles move with the calendar); `rebuild` recounts all. The dashboards show when the counts
 * were last brought up to date.
 */
type Context = Pick<AppContext, "db" | "clock">;

export interface RefreshOutcome {
  source: string;
  recounted: boolean;
  rows: number;
  milliseconds: number;
}

/** Every module's sources, checked against the catalogue: a count nobody defined is a bug. */
export function measureSourcesOf(modules: readonly ServerModule[]): MeasureSource[] {
  const sources = modules.flatMap((module) => module.measureSources ?? []);
  const known = new Set(measureCatalogue.map((measure) => measure.code));
  const names = new Set<string>();
  for (const source of sources) {
    if (names.has(source.name)) throw new Error(`measure source ${source.name} is declared twice`);
    names.add(source.name);
    for (const measure of source.measures) {
      if (!known.has(measure))
        throw new Error(`measure source ${source.name}: ${measure} is not in the catalogue`);
    }
  }
  return sources;
}

// One recount at a time in this process: the scheduler and a manual rebuild must not interleave
// their replacements of the same source.
let running: Promise<unknown> = Promise.resolve();

function serialized<T>(work: () => Promise<T>): Promise<T> {
  const next = running.then(work, work);
  running = next.catch(() => {});
  return next;
}

/** Recounts the sources whose records changed since their last recount (or all, `force`). */
export function refreshAggregates(
  ctx: Context,
  sources: readonly MeasureSource[],
  options: { force?: boolean } = {},
): Promise<RefreshOutcome[]> {
  return serialized(async () => {
    const outcomes: RefreshOutcome[] = [];
    for (const source of sources) outcomes.push(await refreshSource(ctx, source, options.force ?? false));
    return outcomes;
  });
}

export function rebuildAggregates(
  ctx: Context,
  sources: readonly MeasureSource[],
): Promise<RefreshOutcome[]> {
  return refreshAggregates(ctx, sources, { force: true });
}

async function refreshSource(ctx: Context, source: MeasureSource, force: boolean): Promise<RefreshOutcome> {
  const started = Date.now();
  const now = ctx.clock.now();
  const today = todayInChina(now);
  // Read before the recount: a change committed while it runs is seen by the next refresh.
  const watermark = await lastAuditId(ctx.db);
  const state = await ctx.db
    .selectFrom("analytics_sources")
    .selectAll()
    .where("name", "=", source.name)
    .executeTakeFirst();
  const isStale =
    force ||
    !state ||
    state.refreshed_on !== today ||
    (await hasChangedSince(ctx.db, source, Number(state.audit_watermark)));
  if (!isStale) {
    await ctx.db
      .updateTable("analytics_sources")
      .set({ checked_at: now.toISOString() })
      .where("name", "=", source.name)
      .execute();
    return { source: source.name, recounted: false, rows: Number(state.row_count), milliseconds: 0 };
  }

  const measures = new Set(source.measures);
  await ctx.db.deleteFrom("analytics_counts_staging").where("source", "=", source.name).execute();
  await source.recount(ctx.db, today, async (rows) => {
    for (const row of rows) {
      if (!measures.has(row.measure)) throw new Error(`measure source ${source.name} wrote ${row.measure}`);
    }
    await stageCounts(ctx.db, source.name, rows);
    // Between pieces the server answers requests (better-sqlite3 runs on the event loop).
    await yieldToEventLoop();
  });
  let rowCount = 0;
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom("analytics_counts").where("source", "=", source.name).execute();
    // Pieces may repeat a key (a history read in ranges): summed here, zero sums left out.
    await trx
      .insertInto("analytics_counts")
      .columns(["measure", "period", "dimension", "region_code", "value", "source"])
      .expression((eb) =>
        eb
          .selectFrom("analytics_counts_staging")
          .select(["measure", "period", "dimension", "region_code"])
          .select((sub) => [sub.fn.sum<number>("value").as("value"), sub.val(source.name).as("source")])
          .where("source", "=", source.name)
          .groupBy(["measure", "period", "dimension", "region_code"])
          .having((sub) => sub.fn.sum("value"), "<>", 0),
      )
      .execute();
    await trx.deleteFrom("analytics_counts_staging").where("source", "=", source.name).execute();
    rowCount = Number(
      (
        await trx
          .selectFrom("analytics_counts")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("source", "=", source.name)
          .executeTakeFirstOrThrow()
      ).n,
    );
    const next = {
      refreshed_at: now.toISOString(),
      checked_at: now.toISOString(),
      refreshed_on: today,
      audit_watermark: watermark,
      row_count: rowCount,
      duration_ms: Date.now() - started,
    };
    await trx
      .insertInto("analytics_sources")
      .values({ name: source.name, ...next })
      .onConflict((oc) => oc.column("name").doUpdateSet(next))
      .execute();
  });
  return { source: source.name, recounted: true, rows: rowCount, milliseconds: Date.now() - started };
}

async function stageCounts(db: Queryable, source: string, rows: readonly CountRow[]): Promise<void> {
  const kept = rows
    .filter((row) => row.value !== 0)
    .map((row) => ({
      measure: row.measure,
      period: row.period,
      dimension: row.dimension,
      region_code: row.regionCode,
      value: row.value,
      source,
    }));
  for (const piece of piecesOfFixedSizes(kept, stagedPieceSizes)) await insertStaged(db, piece);
}

const stagedPieceSizes = [500, 100, 10, 1];

// Compiled once per piece size: building a 500-row insert anew for every piece of a recount of
// millions of records cost more time and memory than running it.
const insertStaged = reusableQuery((db: Queryable, rows: Insertable<AnalyticsCountTable>[]) =>
  db.insertInto("analytics_counts_staging").values(rows),
);

async function lastAuditId(db: Queryable): Promise<number> {
  const row = await db
    .selectFrom("audit_log")
    .select((eb) => eb.fn.max("id").as("id"))
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}

async function hasChangedSince(db: Queryable, source: MeasureSource, watermark: number): Promise<boolean> {
  if (source.auditEntities.length === 0) return false;
  const row = await db
    .selectFrom("audit_log")
    .select("id")
    .where("id", ">", watermark)
    .where("entity", "in", [...source.auditEntities])
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * When the aggregates were last known current: the oldest of the sources' last checks (a source
 * found unchanged is as current as one just recounted).
 */
export async function aggregatesAsOf(db: Queryable): Promise<string | null> {
  const row = await db
    .selectFrom("analytics_sources")
    .select((eb) => eb.fn.min(eb.fn.coalesce("checked_at", "refreshed_at")).as("at"))
    .executeTakeFirst();
  return (row?.at as string | null | undefined) ?? null;
}
