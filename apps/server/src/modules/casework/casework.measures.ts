import { caseStageDueOn, isActiveCaseStage, serviceDomains } from "@xinqiao/shared";
import { sql } from "kysely";
import {
  addCount,
  type CountRow,
  type MeasureSource,
  monthOf,
} from "../../platform/analytics/measureSource.ts";
import { todayInChina } from "../../platform/clock.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { settingsResolver } from "./caseworkSettings.service.ts";

const month = (column: string) => sql<string>`substr(${sql.ref(column)}, 1, 7)`;

/**
 * What the services were and how well: service records by month and domain (voided ones not),
 * cases opened and closed, satisfaction ratings of evaluations, follow-ups due and done, and the
 * case stages left on time or late by their district's limits.
 */
export const caseworkMeasures: MeasureSource = {
  name: "casework",
  measures: [
    "serviceRecords",
    "casesOpened",
    "casesClosed",
    "satisfactionTotal",
    "satisfactionRatings",
    "followUpsDue",
    "followUpsDone",
    "stagesCompleted",
    "stagesOnTime",
  ],
  // A district's stage limits decide which stages were left on time.
  auditEntities: ["case", "caseServiceRecord", "need", "caseworkSettings"],
  async recount(db, today, emit) {
    await countServiceRecords(db, emit);
    const totals = new Map<string, CountRow>();
    for (const row of await db
      .selectFrom("cases")
      .select(["region_code", month("opened_on").as("month")])
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .groupBy(["region_code", "month"])
      .execute()) {
      addCount(totals, "casesOpened", row.region_code, row.month, "", Number(row.n));
    }
    for (const row of await db
      .selectFrom("cases")
      .select(["region_code", month("ended_on").as("month")])
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("stage", "=", "closed")
      .where("ended_on", "is not", null)
      .groupBy(["region_code", "month"])
      .execute()) {
      addCount(totals, "casesClosed", row.region_code, row.month, "", Number(row.n));
    }
    for (const row of await db
      .selectFrom("cases")
      .select(["region_code", month("evaluated_on").as("month")])
      .select((eb) => [eb.fn.countAll<number>().as("n"), eb.fn.sum<number>("satisfaction").as("points")])
      .where("satisfaction", "is not", null)
      .where("evaluated_on", "is not", null)
      .groupBy(["region_code", "month"])
      .execute()) {
      addCount(totals, "satisfactionRatings", row.region_code, row.month, "", Number(row.n));
      addCount(totals, "satisfactionTotal", row.region_code, row.month, "", Number(row.points));
    }
    for (const row of await db
      .selectFrom("case_follow_ups")
      .select(["region_code", month("due_on").as("month")])
      .select((eb) => [eb.fn.countAll<number>().as("due"), eb.fn.count<number>("done_on").as("done")])
      .where("due_on", "<=", today)
      .groupBy(["region_code", "month"])
      .execute()) {
      addCount(totals, "followUpsDue", row.region_code, row.month, "", Number(row.due));
      addCount(totals, "followUpsDone", row.region_code, row.month, "", Number(row.done));
    }
    await emit([...totals.values()]);
    await countStagesLeft(db, emit);
  },
};

/**
 * Service records not voided by community, month and domain, a street's range at a time (the
 * covering index service_records_counts_idx): millions of records are never one query holding
 * the server, nor one answer held in memory.
 */
async function countServiceRecords(db: Queryable, emit: (rows: readonly CountRow[]) => Promise<void>) {
  const streets = await db.selectFrom("regions").select("code").where("level", "=", "street").execute();
  const districts = new Set(streets.map((street) => street.code.slice(0, 6)));
  // A district's own code and communities numbered directly under it carry street digits 000.
  const prefixes = [
    ...[...districts].map((district) => `${district}000`),
    ...streets.map((s) => s.code.slice(0, 9)),
  ];
  for (const prefix of prefixes.sort()) {
    const totals = new Map<string, CountRow>();
    for (const row of await db
      .selectFrom("service_records")
      .select(["region_code", "domain", month("service_date").as("month")])
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("voided_at", "is", null)
      .where("region_code", ">=", `${prefix}000`)
      .where("region_code", "<=", `${prefix}999`)
      .groupBy(["region_code", "month", "domain"])
      .execute()) {
      addCount(totals, "serviceRecords", row.region_code, row.month, "", Number(row.n));
      if ((serviceDomains as readonly string[]).includes(row.domain))
        addCount(totals, "serviceRecords", row.region_code, row.month, `domain=${row.domain}`, Number(row.n));
    }
    await emit([...totals.values()]);
  }
}

/**
 * Each time a case left an active stage: on time when it left by the day its district's limit
 * made it overdue. A stage is entered by the event that moved the case into it (the case's
 * creation for the first); events that keep the stage (a plan returned) do not restart it. Read
 * a range of cases at a time: the whole history at once would be hundreds of MB in the server.
 */
async function countStagesLeft(
  db: Queryable,
  emit: (rows: readonly CountRow[]) => Promise<void>,
): Promise<void> {
  const settingsOf = await settingsResolver(db);
  const last = await db
    .selectFrom("cases")
    .select((eb) => eb.fn.max("id").as("id"))
    .executeTakeFirst();
  const lastId = Number(last?.id ?? 0);
  for (let from = 1; from <= lastId; from += stageCaseRange) {
    const totals = new Map<string, CountRow>();
    const events = await db
      .selectFrom("case_events as e")
      .innerJoin("cases as c", "c.id", "e.case_id")
      .select([
        "e.case_id",
        "e.from_stage",
        "e.to_stage",
        "e.created_at",
        "c.created_at as case_created_at",
        "c.region_code",
      ])
      .where("e.case_id", ">=", from)
      .where("e.case_id", "<", from + stageCaseRange)
      .orderBy("e.case_id")
      .orderBy("e.id")
      .execute();
    let caseId = -1;
    let enteredOn = "";
    for (const event of events) {
      if (event.case_id !== caseId) {
        caseId = event.case_id;
        enteredOn = todayInChina(new Date(event.case_created_at));
      }
      if (event.from_stage === event.to_stage) continue;
      const leftOn = todayInChina(new Date(event.created_at));
      if (isActiveCaseStage(event.from_stage)) {
        const dueOn = caseStageDueOn(event.from_stage, enteredOn, settingsOf(event.region_code));
        addCount(totals, "stagesCompleted", event.region_code, monthOf(leftOn), "", 1);
        if (dueOn !== null && leftOn <= dueOn)
          addCount(totals, "stagesOnTime", event.region_code, monthOf(leftOn), "", 1);
      }
      enteredOn = leftOn;
    }
    await emit([...totals.values()]);
  }
}

const stageCaseRange = 5000;
