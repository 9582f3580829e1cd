import {
  ageOn,
  creditedEducationHoursOf,
  educationHoursStatusOf,
  isCertifiedLevel,
  isCompositeTalent,
  isHighLevelTalent,
} from "@xinqiao/shared";
import { addCount, type CountRow, type MeasureSource } from "../../platform/analytics/measureSource.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { countedEmploymentStatuses } from "../platforms/platforms.repository.ts";
import { educationHourKindOf } from "./socialWorkers.presenter.ts";

/** 30 岁以下, 30–39, 40–49, 50 岁及以上. */
export function ageBandOf(age: number): string {
  if (age < 30) return "under30";
  if (age < 40) return "30to39";
  if (age < 50) return "40to49";
  return "50plus";
}

/**
 * The talent figures: the workers in post (employed or on leave, as the stations' staffing
 * counts them) by qualification, education, age band and major; the certified, the high-level
 * (高级社会工作师 or a master's degree and above) and composite talents; and, of those whose
 * registration cycle requires continuing education, how many have met it.
 */
export const socialWorkerMeasures: MeasureSource = {
  name: "socialWorkers",
  measures: [
    "socialWorkers",
    "certifiedWorkers",
    "highLevelWorkers",
    "compositeTalents",
    "educationRequiredWorkers",
    "educationCompliantWorkers",
  ],
  auditEntities: ["socialWorker"],
  async recount(db, today, emit) {
    const workers = await db
      .selectFrom("social_workers")
      .select([
        "id",
        "region_code",
        "birth_date",
        "education",
        "qualification_level",
        "is_social_work_major",
        "other_certificates_json",
        "registration_date",
      ])
      .where("is_active", "=", 1)
      .where("employment_status", "in", countedEmploymentStatuses)
      .execute();
    const hours = await educationHoursByWorker(db, today);
    const on = new Date(`${today}T00:00:00Z`);
    const totals = new Map<string, CountRow>();
    for (const worker of workers) {
      const count = (measure: string, dimension = "") =>
        addCount(totals, measure, worker.region_code, "now", dimension, 1);
      count("socialWorkers");
      count("socialWorkers", `qualification=${worker.qualification_level}`);
      count("socialWorkers", `education=${worker.education}`);
      count("socialWorkers", `ageBand=${ageBandOf(ageOn(worker.birth_date, on))}`);
      count("socialWorkers", `major=${worker.is_social_work_major ? "socialWork" : "other"}`);
      if (isCertifiedLevel(worker.qualification_level)) count("certifiedWorkers");
      if (isHighLevelTalent(worker.qualification_level, worker.education)) count("highLevelWorkers");
      if (
        isCompositeTalent(worker.qualification_level, JSON.parse(worker.other_certificates_json) as string[])
      )
        count("compositeTalents");
      const status = educationHoursStatusOf(
        worker.qualification_level,
        worker.registration_date,
        hours.get(worker.id) ?? [],
        today,
      );
      if (status) {
        count("educationRequiredWorkers");
        if (status.isMet) count("educationCompliantWorkers");
      }
    }
    await emit([...totals.values()]);
  },
};

/**
 * Every worker's entries of the last three years (no cycle reaches further back), without
 * corrections and the entries they reversed: a pair counts in no cycle.
 */
async function educationHoursByWorker(db: Queryable, today: string) {
  const since = `${Number(today.slice(0, 4)) - 3}${today.slice(4)}`;
  const rows = await db
    .selectFrom("social_worker_education_hours as h")
    .select(["h.social_worker_id", "h.kind", "h.completed_on", "h.hours"])
    .where("h.completed_on", ">=", since)
    .where("h.reverses_id", "is", null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("social_worker_education_hours as rv")
            .select("rv.id")
            .whereRef("rv.reverses_id", "=", "h.id"),
        ),
      ),
    )
    .execute();
  const byWorker = new Map<
    number,
    { completedOn: string; hours: number; kind: ReturnType<typeof educationHourKindOf> }[]
  >();
  for (const row of rows) {
    const kind = educationHourKindOf(row.kind);
    const entry = {
      completedOn: row.completed_on,
      kind,
      hours: creditedEducationHoursOf({ kind, hours: Number(row.hours) }),
    };
    const entries = byWorker.get(row.social_worker_id);
    if (entries) entries.push(entry);
    else byWorker.set(row.social_worker_id, [entry]);
  }
  return byWorker;
}
