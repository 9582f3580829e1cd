import type { AuditTrace } from "../../platform/analytics/measureSource.ts";
import type { Queryable } from "../../platform/db/database.ts";

/**
 * Which audit entries a measure source has not seen yet. On PostgreSQL an entry's id is drawn
 * when its transaction writes it, not when it commits: an entry with a lower id can become
 * visible after a higher one was seen. A watermark therefore keeps the ids below it that were
 * missing when it was read (a transaction still open, or one rolled back), and a later check
 * reads those as well as everything above it. SQLite commits one writer at a time: no gaps.
 */
export interface AuditWatermark {
  last: number;
  gaps: number[];
}

/** How far below the newest id a missing one is still waited for. */
const gapWindow = 2000;

export async function readWatermark(db: Queryable): Promise<AuditWatermark> {
  const newest = await db
    .selectFrom("audit_log")
    .select((eb) => eb.fn.max("id").as("id"))
    .executeTakeFirst();
  const last = Number(newest?.id ?? 0);
  const low = Math.max(0, last - gapWindow);
  const seen = await db
    .selectFrom("audit_log")
    .select("id")
    .where("id", ">", low)
    .where("id", "<=", last)
    .orderBy("id")
    .execute();
  const gaps: number[] = [];
  let expected = low + 1;
  for (const { id } of seen) {
    for (; expected < Number(id); expected++) gaps.push(expected);
    expected = Number(id) + 1;
  }
  return { last, gaps };
}

export function watermarkOf(state: { audit_watermark: number; audit_gaps: string | null }): AuditWatermark {
  return {
    last: Number(state.audit_watermark),
    gaps: state.audit_gaps ? (JSON.parse(state.audit_gaps) as number[]) : [],
  };
}

export const storedGaps = (watermark: AuditWatermark): string | null =>
  watermark.gaps.length > 0 ? JSON.stringify(watermark.gaps) : null;

/**
 * The entries of the entities the watermark has not seen, oldest first; null when there are more
 * than `limit` (the caller recounts everything rather than read them all).
 */
export async function changesSince(
  db: Queryable,
  watermark: AuditWatermark,
  entities: readonly string[],
  limit: number,
): Promise<AuditTrace[] | null> {
  if (entities.length === 0) return [];
  const rows = await db
    .selectFrom("audit_log")
    .select(["action", "entity", "entity_id", "before_json", "after_json"])
    .where("entity", "in", [...entities])
    .where((eb) =>
      watermark.gaps.length > 0
        ? eb.or([eb("id", ">", watermark.last), eb("id", "in", watermark.gaps)])
        : eb("id", ">", watermark.last),
    )
    .orderBy("id")
    .limit(limit + 1)
    .execute();
  if (rows.length > limit) return null;
  return rows.map((row) => ({
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    before: parsed(row.before_json),
    after: parsed(row.after_json),
  }));
}

function parsed(json: string | null): Record<string, unknown> | null {
  if (!json) return null;
  const value: unknown = JSON.parse(json);
  return value !== null && typeof value === "object" ? (value as Record<string, unknown>) : null;
}
