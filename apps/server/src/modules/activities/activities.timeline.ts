import { can } from "../../platform/auth/requestUser.ts";
import type { ClientTimelineSource } from "../../platform/clientTimeline.ts";
import { inRegionScope } from "../../platform/scope.ts";

/** The activities a client took part in, for the client's timeline: those in the user's scope. */
export const activitiesClientTimeline: ClientTimelineSource = async (db, user, clientId, limit) => {
  if (!can(user, "activities.read")) return { total: 0, entries: [] };
  const taken = db
    .selectFrom("activity_participants as ap")
    .innerJoin("activities as a", "a.id", "ap.activity_id")
    .where("ap.client_id", "=", clientId)
    .where(inRegionScope("a.region_code", user.regionCode));
  const [rows, total] = await Promise.all([
    taken
      .select(["a.id", "a.date", "a.name", "a.status"])
      .orderBy("a.date", "desc")
      .orderBy("a.id", "desc")
      .limit(limit)
      .execute(),
    taken.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(total.n),
    entries: rows.map((row) => ({
      at: row.date,
      kind: "activity" as const,
      what: row.status,
      label: row.name,
      link: { kind: "activity" as const, id: row.id },
    })),
  };
};
