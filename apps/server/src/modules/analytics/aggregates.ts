import { measureCatalogue } from "@xinqiao/shared";
import { type Expression, type Insertable, sql } from "kysely";
import {
  type CountRow,
  type EmitCounts,
  type MeasureSource,
  type Partition,
  partitionKey,
  type QueriedCount,
  streetOf,
  streetRange,
} from "../../platform/analytics/measureSource.ts";
import { todayInChina } from "../../platform/clock.ts";
import type { AppContext } from "../../platform/context.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { piecesOfFixedSizes, reusableQuery } from "../../platform/db/reusableQuery.ts";
import { yieldToEventLoop } from "../../platform/jobs.ts";
import type { ServerModule } from "../../platform/serverModule.ts";
import type { AnalyticsCountTable } from "./analytics.tables.ts";
import { changesSince, readWatermark, storedGaps, watermarkOf } from "./auditChanges.ts";
import { rollUp, rollUpPartitions } from "./rollups.ts";

/**
 * The maintained aggregates (DHIS2's analytics tables): counts by measure × period × breakdown
 * × region, recounted from the records by each module's measure sources and read by every
 * dashboard, which never scans records per request. A source is recounted when an audit entry of
 * one of its entities has been written since its last recount (every change to business data
 * writes one) or when the day has changed (stocks such as age bands and continuing-education
 * cycles move with the calendar); `rebuild` recounts all. A source of monthly flows recounts only
 * the streets' months its changes touched (`byPartition`). Every replacement also rewrites the roll-ups to
 * streets, districts and the city (rollups.ts) that the dashboards read. The dashboards show when
 * the counts were last brought up to date.
 */
type Context = Pick<AppContext, "db" | "clock">;

export interface RefreshOutcome {
  source: string;
  recounted: boolean;
  /** What was recounted: everything, or the streets' months a change touched. */
  partitions: readonly Partition[] | "all";
  rows: number;
  milliseconds: number;
}

/** Every module's sources, checked against the catalogue: a count nobody defined is a bug. */
export function measureSourcesOf(modules: readonly ServerModule[]): MeasureSource[] {
  const sources = modules.flatMap((module) => module.measureSources ?? []);
  const known = new Set(measureCatalogue.map((measure) => measure.code));
  const names = new Set<string>();
  const counted = new Set<string>();
  for (const source of sources) {
    if (names.has(source.name)) throw new Error(`measure source ${source.name} is declared twice`);
    names.add(source.name);
    for (const measure of source.measures) {
      if (!known.has(measure))
        throw new Error(`measure source ${source.name}: ${measure} is not in the catalogue`);
      // A source replaces its measures' rows whoever wrote them.
      if (counted.has(measure)) throw new Error(`measure ${measure} is counted by two sources`);
      counted.add(measure);
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

/**
 * More changes than this since the last recount: the source is recounted whole. Reading them is
 * cheap beside a whole recount (a service record with three volunteers writes four entries: a
 * minute of a busy city's writes is tens of thousands).
 */
const changesReadAtMost = 50_000;
/** More partitions touched than this: recounting them one by one costs more than all of them. */
const partitionsRecountedAtMost = 300;

async function refreshSource(ctx: Context, source: MeasureSource, force: boolean): Promise<RefreshOutcome> {
  const started = Date.now();
  const now = ctx.clock.now();
  const today = todayInChina(now);
  // Read before the recount: a change committed while it runs is seen by the next refresh.
  const watermark = await readWatermark(ctx.db);
  const state = await ctx.db
    .selectFrom("analytics_sources")
    .selectAll()
    .where("name", "=", source.name)
    .executeTakeFirst();
  // null: the whole source; otherwise the streets' months a change touched.
  let partitions: Partition[] | null = null;
  if (!force && state && state.refreshed_on === today) {
    const changes = (
      await changesSince(ctx.db, watermarkOf(state), source.auditEntities, changesReadAtMost)
    )?.filter((change) => !source.unaffectedBy?.(change));
    if (changes?.length === 0) {
      await ctx.db
        .updateTable("analytics_sources")
        .set({
          checked_at: now.toISOString(),
          audit_watermark: watermark.last,
          audit_gaps: storedGaps(watermark),
        })
        .where("name", "=", source.name)
        .execute();
      return {
        source: source.name,
        recounted: false,
        partitions: [],
        rows: Number(state.row_count),
        milliseconds: 0,
      };
    }
    const touched = changes && source.byPartition ? await source.byPartition.touched(ctx.db, changes) : null;
    if (touched && touched.length <= partitionsRecountedAtMost)
      partitions = [...touched].sort((x, y) => partitionKey(x).localeCompare(partitionKey(y)));
  }

  await ctx.db.deleteFrom("analytics_counts_staging").where("source", "=", source.name).execute();
  const { emit, staged } = stagingOf(ctx.db, source, partitions);
  if (partitions && source.byPartition) {
    if (partitions.length > 0) await source.byPartition.recountPartitions(ctx.db, today, partitions, emit);
  } else await source.recount(ctx.db, today, emit);
  if (staged.byQuery) await checkStaged(ctx.db, source, partitions);

  let rowCount = Number(state?.row_count ?? 0);
  await ctx.db.transaction().execute(async (trx) => {
    if (partitions?.length !== 0) {
      const deleted = await deleteCounts(trx, source, partitions);
      // Pieces may repeat a key (a history read in ranges): summed here, zero sums left out.
      const inserted = await sql`
        insert into analytics_counts (measure, period, dimension, region_code, value, source)
        select measure, period, dimension, region_code, sum(value), ${source.name}
        from analytics_counts_staging where source = ${source.name}
        group by measure, period, dimension, region_code
        having sum(value) <> 0`.execute(trx);
      rowCount = (partitions ? rowCount - deleted : 0) + Number(inserted.numAffectedRows ?? 0);
      await trx.deleteFrom("analytics_counts_staging").where("source", "=", source.name).execute();
      if (partitions) await rollUpPartitions(trx, source, partitions);
      else await rollUp(trx, source);
    }
    const next = {
      refreshed_at: now.toISOString(),
      checked_at: now.toISOString(),
      refreshed_on: today,
      audit_watermark: watermark.last,
      audit_gaps: storedGaps(watermark),
      row_count: rowCount,
      duration_ms: Date.now() - started,
    };
    await trx
      .insertInto("analytics_sources")
      .values({ name: source.name, ...next })
      .onConflict((oc) => oc.column("name").doUpdateSet(next))
      .execute();
  });
  return {
    source: source.name,
    recounted: partitions?.length !== 0,
    partitions: partitions ?? "all",
    rows: rowCount,
    milliseconds: Date.now() - started,
  };
}

/**
 * The source's rows, or those of the partitions. By measure, not by source name: a measure that
 * moved to another source leaves no row behind.
 */
async function deleteCounts(db: Queryable, source: MeasureSource, partitions: readonly Partition[] | null) {
  const ofMeasures = sql`measure in (${sql.join(source.measures)})`;
  if (!partitions) {
    const result = await sql`delete from analytics_counts where ${ofMeasures}`.execute(db);
    return Number(result.numAffectedRows ?? 0);
  }
  let deleted = 0;
  for (const { month, street } of partitions) {
    const { low, high } = streetRange(street);
    const result = await sql`
      delete from analytics_counts
      where ${ofMeasures} and period = ${month} and region_code between ${low} and ${high}`.execute(db);
    deleted += Number(result.numAffectedRows ?? 0);
  }
  return deleted;
}

/**
 * Where a recount's pieces go: checked against the source's measures (and partitions, when only
 * some are recounted), then staged; between pieces the server answers requests (better-sqlite3
 * runs on the event loop). A query's rows are checked once staged (`checkStaged`).
 */
function stagingOf(db: Queryable, source: MeasureSource, partitions: readonly Partition[] | null) {
  const staged = { byQuery: false };
  const measures = new Set(source.measures);
  const allowed = partitions ? new Set(partitions.map(partitionKey)) : null;
  const emit = async (rows: readonly CountRow[]) => {
    for (const row of rows) {
      if (!measures.has(row.measure)) throw new Error(`measure source ${source.name} wrote ${row.measure}`);
      const partition = { month: row.period, street: streetOf(row.regionCode) };
      if (allowed && !allowed.has(partitionKey(partition)))
        throw new Error(`measure source ${source.name} wrote ${partitionKey(partition)}, not asked for`);
    }
    await stageCounts(db, source.name, rows);
    await yieldToEventLoop();
  };
  const counts: EmitCounts = Object.assign(emit, {
    async query(rows: Expression<QueriedCount>) {
      staged.byQuery = true;
      await sql`
        insert into analytics_counts_staging (measure, period, dimension, region_code, value, source)
        select measure, period, dimension, region_code, value, ${source.name} from (${rows}) as counted`.execute(
        db,
      );
      await yieldToEventLoop();
    },
  });
  return { emit: counts, staged };
}

/** Staged rows outside the source's measures (or partitions): a bug in the source, refused. */
async function checkStaged(db: Queryable, source: MeasureSource, partitions: readonly Partition[] | null) {
  const stray = await db
    .selectFrom("analytics_counts_staging")
    .select(["measure", "period", "region_code"])
    .where("source", "=", source.name)
    .where((eb) =>
      eb.or([
        eb("measure", "not in", [...source.measures]),
        ...(partitions
          ? [eb(sql`period || '|' || substr(region_code, 1, 9)`, "not in", partitions.map(partitionKey))]
          : []),
      ]),
    )
    .limit(1)
    .executeTakeFirst();
  if (stray)
    throw new Error(
      `measure source ${source.name} wrote ${stray.measure} of ${stray.period} in ${stray.region_code}`,
    );
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
