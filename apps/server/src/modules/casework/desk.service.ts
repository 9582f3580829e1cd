import { addIsoDays, type CaseStage, type Desk, type DeskCase } from "@xinqiao/shared";
import { type RawBuilder, type SqlBool, sql } from "kysely";
import { can, type RequestUser } from "../../platform/auth/requestUser.ts";
import { todayInChina } from "../../platform/clock.ts";
import type { AppContext } from "../../platform/context.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { inRegionScope } from "../../platform/scope.ts";
import { overdueCases } from "./caseDeadlines.ts";
import { visibleCases } from "./caseVisibility.ts";
import { settingsFor } from "./caseworkSettings.service.ts";

/**
 * 我的工作台: what waits for the user, each with a count and the first few to open. A social
 * worker's desk is their own cases; a station head's and a supervisor's the cases they see (their
 * street, their district), with the approvals only they may give. Every part obeys the case
 * visibility rule.
 */
type Context = Pick<AppContext, "db" | "clock">;

const shown = 10;
/** Follow-ups due within this many days are on the desk before they are late. */
const followUpHorizonDays = 7;

/** The cases the desk is about: a worker's own, everyone else's visible ones. */
function deskCases(user: RequestUser, alias: string): RawBuilder<SqlBool> {
  return user.roleId === "social_worker"
    ? sql<SqlBool>`${sql.ref(`${alias}.assigned_worker_id`)} = ${user.id}`
    : visibleCases(user, alias);
}

/** The rows' count beside the first few: one statement per list, the count before the limit. */
const total = sql<number>`count(*) over ()`.as("total");

function caseItems(db: Queryable, where: RawBuilder<SqlBool>) {
  return db
    .selectFrom("cases as c")
    .innerJoin("clients as cl", "cl.id", "c.client_id")
    .select(["c.id as caseId", "c.case_number as caseNumber", "cl.name as clientName", "c.stage", total])
    .where(where)
    .limit(shown);
}

function listed<T extends { total: number | string }>(
  rows: T[],
): { count: number; items: Omit<T, "total">[] } {
  return {
    count: Number(rows[0]?.total ?? 0),
    items: rows.map(({ total: _, ...item }) => item),
  };
}

const asDate = <T extends { since: string }>(item: T): T => ({ ...item, since: item.since.slice(0, 10) });

export async function deskOf(ctx: Context, user: RequestUser): Promise<Desk> {
  const today = todayInChina(ctx.clock.now());
  const { settings, owner } = await settingsFor(ctx.db, user.regionCode);
  const mine = deskCases(user, "c");
  const overdue = await overdueCases(ctx.db, user.regionCode, today, "c", { settings, owner });

  const byStage = ctx.db
    .selectFrom("cases as c")
    .select(["c.stage", (eb) => eb.fn.countAll<number>().as("count")])
    .where(mine)
    .groupBy("c.stage")
    .execute();

  const overdueStages = caseItems(ctx.db, sql<SqlBool>`(${mine} and ${overdue})`)
    .select("c.stage_entered_on as since")
    .orderBy("c.stage_entered_on")
    .orderBy("c.id")
    .execute();

  // Approvals wait for the station head and the supervisor, never for the case's own worker.
  const approver =
    can(user, "cases.approve") && (user.roleId === "station_staff" || user.roleId === "supervisor");
  const approvals = approver
    ? caseItems(
        ctx.db,
        sql<SqlBool>`(${visibleCases(user, "c")}
          and (c.assigned_worker_id is null or c.assigned_worker_id <> ${user.id})
          and ((c.stage = 'planning' and c.plan_approval = 'pending')
            or (c.stage = 'evaluation' and c.closing_approval = 'pending')))`,
      )
        .select("c.updated_at as since")
        .orderBy("c.updated_at")
        .orderBy("c.id")
        .execute()
    : Promise.resolve([]);

  const transfers = caseItems(ctx.db, sql<SqlBool>`c.pending_transfer_to = ${user.id}`)
    .select("c.updated_at as since")
    .orderBy("c.updated_at")
    .execute();

  const followUps = ctx.db
    .selectFrom("case_follow_ups as f")
    .innerJoin("cases as c", "c.id", "f.case_id")
    .innerJoin("clients as cl", "cl.id", "c.client_id")
    .select([
      "c.id as caseId",
      "c.case_number as caseNumber",
      "cl.name as clientName",
      "c.stage",
      "f.id as followUpId",
      "f.due_on as since",
      total,
    ])
    .where(
      sql<SqlBool>`(${mine} and f.done_on is null and f.due_on <= ${addIsoDays(today, followUpHorizonDays)})`,
    )
    .orderBy("f.due_on")
    .limit(shown)
    .execute();

  const [stages, overdueRows, approvalRows, transferRows, followUpRows, highRisk] = await Promise.all([
    byStage,
    overdueStages,
    approvals,
    transfers,
    followUps,
    highRiskClients(ctx.db, user, addIsoDays(today, -settings.highRiskVisitDays)),
  ]);
  const approvalList = listed(approvalRows);
  const followUpList = listed(followUpRows);
  return {
    today,
    casesByStage: stages.map((row) => ({ stage: row.stage as CaseStage, count: Number(row.count) })),
    overdueStages: listed(overdueRows.map((row) => asDate(row) as DeskCase & { total: number })),
    approvals: {
      count: approvalList.count,
      items: approvalList.items.map((item) => ({
        ...asDate(item),
        of: item.stage === "planning" ? ("plan" as const) : ("closing" as const),
      })),
    },
    transfers: listed(transferRows.map(asDate)),
    followUps: {
      count: followUpList.count,
      items: followUpList.items.map((item) => ({
        ...item,
        status: item.since < today ? ("overdue" as const) : ("due" as const),
      })),
    },
    highRiskClients: {
      count: highRisk.count,
      items: highRisk.items.map((row) => ({
        clientId: row.clientId,
        name: row.name,
        riskLevel: row.riskLevel,
        isEmergency: row.isEmergency === 1,
        lastServiceOn: row.lastServiceOn ?? null,
      })),
    },
    settings,
  };
}

/**
 * High-risk or emergency clients with no service record since `since`: a worker's among the
 * clients of their open cases, everyone else's in their region (the clients registry's scope).
 */
function highRiskClients(db: Queryable, user: RequestUser, since: string) {
  const open = ["intake", "assessment", "planning", "intervention", "evaluation", "suspended"];
  const mine =
    user.roleId === "social_worker"
      ? // Driven from the worker's cases (an index on worker and stage), not from every client.
        sql<SqlBool>`cl.id in (select mine.client_id from cases as mine
          where mine.assigned_worker_id = ${user.id} and mine.stage in (${sql.join(open)}))`
      : inRegionScope("cl.region_code", user.regionCode);
  const servedSince = sql`select 1 from service_record_clients as src
    inner join service_records as sr on sr.id = src.record_id
    where src.client_id = cl.id and sr.voided_at is null and sr.service_date >= ${since}`;
  const where = sql<SqlBool>`(cl.is_active = 1 and (cl.risk_level = 'high' or cl.is_emergency = 1)
    and ${mine} and not exists (${servedSince}))`;
  return db
    .selectFrom("clients as cl")
    .select([
      "cl.id as clientId",
      "cl.name",
      "cl.risk_level as riskLevel",
      "cl.is_emergency as isEmergency",
      sql<string | null>`(select max(sr.service_date) from service_record_clients as src
        inner join service_records as sr on sr.id = src.record_id
        where src.client_id = cl.id and sr.voided_at is null)`.as("lastServiceOn"),
      total,
    ])
    .where(where)
    .orderBy("cl.is_emergency", "desc")
    .orderBy("cl.id")
    .limit(shown)
    .execute()
    .then(listed);
}
