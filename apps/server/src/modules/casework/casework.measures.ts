import { caseStageDueOn, isActiveCaseStage, monthsBetween, serviceDomains } from "@xinqiao/shared";
import { sql } from "kysely";
import {
  addCount,
  type CountRow,
  datesOfMonth,
  type EmitCounts,
  type MeasureSource,
  monthOf,
  monthsNamedIn,
  partitionsOf,
  streetRange,
} from "../../platform/analytics/measureSource.ts";
import { todayInChina } from "../../platform/clock.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { settingsResolver } from "./caseworkSettings.service.ts";

const month = (column: string) => sql<string>`substr(${sql.ref(column)}, 1, 7)`;

/**
 * Service records by month and domain (voided ones not), counted inside the database: a rebuild a
 * month at a time from the index leading with the date (service_records_months_idx), a change the
 * streets' months it touched from the index leading with the community
 * (service_records_counts_idx) — one community's month, whatever the city's size.
 */
export const serviceRecordMeasures: MeasureSource = {
  name: "serviceRecords",
  measures: ["serviceRecords"],
  auditEntities: ["caseServiceRecord"],
  async recount(db, _today, emit) {
    const range = await db
      .selectFrom("service_records")
      .select((eb) => [eb.fn.min("service_date").as("first"), eb.fn.max("service_date").as("last")])
      .where("voided_at", "is", null)
      .executeTakeFirst();
    if (!range?.first || !range.last) return;
    for (const month of monthsBetween(monthOf(range.first), monthOf(range.last)))
      await countServiceRecords(db, { month }, emit);
  },
  byPartition: {
    // A record's street and month from the record, and its entry's dates (a date corrected: both).
    async touched(db, changes) {
      const ids = [
        ...new Set(changes.flatMap((change) => (change.entityId ? [Number(change.entityId)] : []))),
      ];
      const records = new Map<number, { service_date: string; region_code: string }>();
      for (let from = 0; from < ids.length; from += 500) {
        for (const row of await db
          .selectFrom("service_records")
          .select(["id", "service_date", "region_code"])
          .where("id", "in", ids.slice(from, from + 500))
          .execute())
          records.set(row.id, row);
      }
      return partitionsOf(
        changes.flatMap((change) => {
          const record = records.get(Number(change.entityId));
          if (!record) return [];
          const months = monthsNamedIn([change], "serviceDate").add(monthOf(record.service_date));
          return [...months].map((month) => ({ month, regionCode: record.region_code }));
        }),
      );
    },
    async recountPartitions(db, _today, partitions, emit) {
      for (const partition of partitions) await countServiceRecords(db, partition, emit);
    },
  },
};

/** Service records of a month, of a street or of all: totals, then by domain. */
async function countServiceRecords(
  db: Queryable,
  part: { month: string; street?: string },
  emit: EmitCounts,
) {
  const { first, last } = datesOfMonth(part.month);
  let records = db
    .selectFrom("service_records")
    .where("voided_at", "is", null)
    .where("service_date", ">=", first)
    .where("service_date", "<=", last);
  if (part.street) {
    const { low, high } = streetRange(part.street);
    records = records.where("region_code", ">=", low).where("region_code", "<=", high);
  }
  const counted = [sql.lit("serviceRecords").as("measure"), sql.lit(part.month).as("period")] as const;
  await emit.query(
    records
      .select([...counted, sql.lit("").as("dimension"), "region_code"])
      .select((eb) => eb.fn.countAll().as("value"))
      .groupBy("region_code"),
  );
  await emit.query(
    records
      .select([...counted, sql<string>`'domain=' || domain`.as("dimension"), "region_code"])
      .select((eb) => eb.fn.countAll().as("value"))
      .where("domain", "in", [...serviceDomains])
      .groupBy(["region_code", "domain"]),
  );
}

/**
 * What the cases were and how well: cases opened and closed, satisfaction ratings of
 * evaluations, follow-ups due and done, and the case stages left on time or late by their
 * district's limits.
 */
export const caseworkMeasures: MeasureSource = {
  name: "casework",
  measures: [
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
  auditEntities: ["case", "need", "caseworkSettings"],
  async recount(db, today, emit) {
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
 * Each time a case left an active stage: on time when it left by the day its district's limit
 * made it overdue. A stage is entered by the event that moved the case into it (the case's
 * creation for the first); events that keep the stage (a plan returned) do not restart it. Read
 * a range of cases at a time: the whole history at once would be hundreds of MB in the server.
 */
async function countStagesLeft(db: Queryable, emit: EmitCounts): Promise<void> {
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
