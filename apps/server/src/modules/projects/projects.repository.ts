import type { FundingSource, ProjectStatus } from "@xinqiao/shared";
import { type Insertable, sql, type Updateable } from "kysely";
import type { Queryable } from "../../platform/db/database.ts";
import { like, likeContains, type SortOrder } from "../../platform/pagination.ts";
import { inRegionScope } from "../../platform/scope.ts";
import type {
  ProjectBudgetLineTable,
  ProjectExpenditureTable,
  ProjectMilestoneTable,
  ProjectReceiptTable,
  ProjectTable,
  ProjectTargetTable,
} from "./projects.tables.ts";

/** Kysely queries of projects and their money; nothing else. */
export type NewProject = Insertable<ProjectTable>;
export type ProjectRow = NonNullable<Awaited<ReturnType<typeof findProject>>>;

export interface ProjectFilters {
  /** The one region range (already intersected with the user's scope). */
  regionCode: string;
  q?: string;
  kind?: string;
  status?: string;
}

function filtered(db: Queryable, filters: ProjectFilters) {
  let q = db.selectFrom("projects as p").where(inRegionScope("p.region_code", filters.regionCode));
  if (filters.q) q = q.where(like("p.name", likeContains(filters.q)));
  if (filters.kind) q = q.where("p.kind", "=", filters.kind as ProjectTable["kind"]);
  if (filters.status) q = q.where("p.status", "=", filters.status as ProjectStatus);
  return q;
}

/** The project with its implementing body's name and region (a platform or a social organization). */
function withImplementer(db: Queryable) {
  return db
    .selectFrom("projects as p")
    .leftJoin("platforms as pl", (join) =>
      join.onRef("pl.id", "=", "p.implementer_id").on("p.implementer_kind", "=", "platform"),
    )
    .leftJoin("social_organizations as o", (join) =>
      join.onRef("o.id", "=", "p.implementer_id").on("p.implementer_kind", "=", "socialOrganization"),
    )
    .selectAll("p")
    .select((eb) => [
      eb.fn.coalesce("pl.name", "o.name").as("implementer_name"),
      eb.fn.coalesce("pl.region_code", "o.region_code").as("implementer_region_code"),
    ]);
}

export function listProjects(
  db: Queryable,
  filters: ProjectFilters,
  order: SortOrder,
  window: { limit: number; offset: number },
) {
  const ids = filtered(db, filters)
    .select("p.id")
    .orderBy(sql.ref(order.column), order.direction)
    .orderBy("p.id", "desc")
    .limit(window.limit)
    .offset(window.offset);
  return withImplementer(db)
    .where("p.id", "in", ids)
    .orderBy(sql.ref(order.column), order.direction)
    .orderBy("p.id", "desc")
    .execute();
}

export async function countProjects(db: Queryable, filters: ProjectFilters): Promise<number> {
  const row = await filtered(db, filters)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findProject(db: Queryable, id: number) {
  return withImplementer(db).where("p.id", "=", id).executeTakeFirst();
}

export async function insertProject(db: Queryable, row: NewProject): Promise<number> {
  const { id } = await db.insertInto("projects").values(row).returning("id").executeTakeFirstOrThrow();
  return id;
}

export async function updateProject(db: Queryable, id: number, changes: Updateable<ProjectTable>) {
  await db.updateTable("projects").set(changes).where("id", "=", id).execute();
}

/** Moves the status only from the one the caller saw: false when another request moved it first. */
export async function moveStatus(
  db: Queryable,
  id: number,
  from: ProjectStatus,
  changes: Updateable<ProjectTable> & { status: ProjectStatus },
): Promise<boolean> {
  const result = await db
    .updateTable("projects")
    .set(changes)
    .where("id", "=", id)
    .where("status", "=", from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Adds to the project's running totals (under its row lock); answers them after the change. */
export function addToProjectTotals(
  db: Queryable,
  id: number,
  delta: { budgetFen?: number; receivedFen?: number; spentFen?: number },
) {
  return db
    .updateTable("projects")
    .set((eb) => ({
      budget_fen: eb("budget_fen", "+", delta.budgetFen ?? 0),
      received_fen: eb("received_fen", "+", delta.receivedFen ?? 0),
      spent_fen: eb("spent_fen", "+", delta.spentFen ?? 0),
    }))
    .where("id", "=", id)
    .returning(["budget_fen", "received_fen", "spent_fen"])
    .executeTakeFirstOrThrow();
}

// ——— targets and milestones ———

export function targetsOf(db: Queryable, projectId: number) {
  return db
    .selectFrom("project_targets")
    .selectAll()
    .where("project_id", "=", projectId)
    .orderBy("id")
    .execute();
}

export function milestonesOf(db: Queryable, projectId: number) {
  return db
    .selectFrom("project_milestones")
    .selectAll()
    .where("project_id", "=", projectId)
    .orderBy("due_on")
    .orderBy("id")
    .execute();
}

export async function replaceTargets(
  db: Queryable,
  projectId: number,
  targets: Omit<Insertable<ProjectTargetTable>, "project_id">[],
): Promise<void> {
  await db.deleteFrom("project_targets").where("project_id", "=", projectId).execute();
  if (targets.length > 0) {
    await db
      .insertInto("project_targets")
      .values(targets.map((target) => ({ ...target, project_id: projectId })))
      .execute();
  }
}

export async function replaceMilestones(
  db: Queryable,
  projectId: number,
  milestones: Omit<Insertable<ProjectMilestoneTable>, "project_id">[],
): Promise<void> {
  await db.deleteFrom("project_milestones").where("project_id", "=", projectId).execute();
  if (milestones.length > 0) {
    await db
      .insertInto("project_milestones")
      .values(milestones.map((milestone) => ({ ...milestone, project_id: projectId })))
      .execute();
  }
}

export async function setAchievement(
  db: Queryable,
  targetId: number,
  achievedValue: number,
  evidenceNote: string,
): Promise<void> {
  await db
    .updateTable("project_targets")
    .set({ achieved_value: achievedValue, evidence_note: evidenceNote })
    .where("id", "=", targetId)
    .execute();
}

export async function setMilestoneDone(db: Queryable, milestoneId: number, doneOn: string | null) {
  await db.updateTable("project_milestones").set({ done_on: doneOn }).where("id", "=", milestoneId).execute();
}

// ——— budget lines ———

export function budgetLinesOf(db: Queryable, projectId: number) {
  return db
    .selectFrom("project_budget_lines")
    .selectAll()
    .where("project_id", "=", projectId)
    .orderBy("id")
    .execute();
}

export function findBudgetLine(db: Queryable, id: number) {
  return db.selectFrom("project_budget_lines").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function insertBudgetLine(
  db: Queryable,
  row: Insertable<ProjectBudgetLineTable>,
): Promise<number> {
  const { id } = await db
    .insertInto("project_budget_lines")
    .values(row)
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateBudgetLine(
  db: Queryable,
  id: number,
  changes: Updateable<ProjectBudgetLineTable>,
) {
  await db.updateTable("project_budget_lines").set(changes).where("id", "=", id).execute();
}

/**
 * Adds to the line's spent total and answers the line after it: the update takes the row's lock,
 * so two expenditures on one line are checked against the budget one after the other.
 */
export function addToLineSpent(db: Queryable, id: number, deltaFen: number) {
  return db
    .updateTable("project_budget_lines")
    .set((eb) => ({ spent_fen: eb("spent_fen", "+", deltaFen) }))
    .where("id", "=", id)
    .returning(["budget_fen", "spent_fen"])
    .executeTakeFirstOrThrow();
}

// ——— receipts and expenditures ———

export function receiptsOf(db: Queryable, projectId: number) {
  return db
    .selectFrom("project_receipts as r")
    .leftJoin("project_receipts as rev", "rev.reverses_id", "r.id")
    .selectAll("r")
    .select("rev.id as reversed_by_id")
    .where("r.project_id", "=", projectId)
    .orderBy("r.received_on")
    .orderBy("r.id")
    .execute();
}

export function findReceipt(db: Queryable, id: number) {
  return db
    .selectFrom("project_receipts as r")
    .leftJoin("project_receipts as rev", "rev.reverses_id", "r.id")
    .selectAll("r")
    .select("rev.id as reversed_by_id")
    .where("r.id", "=", id)
    .executeTakeFirst();
}

export async function insertReceipt(db: Queryable, row: Insertable<ProjectReceiptTable>): Promise<number> {
  const { id } = await db
    .insertInto("project_receipts")
    .values(row)
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

export function expendituresOf(db: Queryable, projectId: number) {
  return db
    .selectFrom("project_expenditures as e")
    .leftJoin("project_expenditures as rev", "rev.reverses_id", "e.id")
    .selectAll("e")
    .select("rev.id as reversed_by_id")
    .where("e.project_id", "=", projectId)
    .orderBy("e.spent_on")
    .orderBy("e.id")
    .execute();
}

export function findExpenditure(db: Queryable, id: number) {
  return db
    .selectFrom("project_expenditures as e")
    .leftJoin("project_expenditures as rev", "rev.reverses_id", "e.id")
    .selectAll("e")
    .select("rev.id as reversed_by_id")
    .where("e.id", "=", id)
    .executeTakeFirst();
}

export async function insertExpenditure(
  db: Queryable,
  row: Insertable<ProjectExpenditureTable>,
): Promise<number> {
  const { id } = await db
    .insertInto("project_expenditures")
    .values(row)
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

// ——— references ———

export function findImplementer(db: Queryable, kind: ProjectTable["implementer_kind"], id: number) {
  return kind === "platform"
    ? db.selectFrom("platforms").select(["id", "name", "region_code"]).where("id", "=", id).executeTakeFirst()
    : db
        .selectFrom("social_organizations")
        .select(["id", "name", "region_code"])
        .where("id", "=", id)
        .executeTakeFirst();
}

// ——— the funding summary of a region ———

/** Statuses whose money counts: from 立项 on (a budget applied for is not yet money). */
export const fundedStatuses: ProjectStatus[] = [
  "established",
  "implementing",
  "midterm",
  "closed",
  "evaluated",
];

export async function regionTotals(db: Queryable, regionCode: string) {
  const row = await db
    .selectFrom("projects as p")
    .where(inRegionScope("p.region_code", regionCode))
    .where("p.status", "in", fundedStatuses)
    .select((eb) => [
      eb.fn.countAll<number>().as("project_count"),
      eb.fn.coalesce(eb.fn.sum<number>("p.budget_fen"), sql<number>`0`).as("budget_fen"),
      eb.fn.coalesce(eb.fn.sum<number>("p.received_fen"), sql<number>`0`).as("received_fen"),
      eb.fn.coalesce(eb.fn.sum<number>("p.spent_fen"), sql<number>`0`).as("spent_fen"),
    ])
    .executeTakeFirstOrThrow();
  return {
    projectCount: Number(row.project_count),
    budgetFen: Number(row.budget_fen),
    receivedFen: Number(row.received_fen),
    spentFen: Number(row.spent_fen),
  };
}

export async function regionBudgetBySource(db: Queryable, regionCode: string) {
  const rows = await db
    .selectFrom("project_budget_lines as b")
    .innerJoin("projects as p", "p.id", "b.project_id")
    .where(inRegionScope("p.region_code", regionCode))
    .where("p.status", "in", fundedStatuses)
    .groupBy("b.source")
    .select((eb) => ["b.source", eb.fn.sum<number>("b.budget_fen").as("amount")])
    .execute();
  return new Map(rows.map((row) => [row.source as FundingSource, Number(row.amount)]));
}

export async function regionReceivedBySource(db: Queryable, regionCode: string) {
  const rows = await db
    .selectFrom("project_receipts as r")
    .innerJoin("projects as p", "p.id", "r.project_id")
    .where(inRegionScope("p.region_code", regionCode))
    .where("p.status", "in", fundedStatuses)
    .groupBy("r.source")
    .select((eb) => ["r.source", eb.fn.sum<number>("r.amount_fen").as("amount")])
    .execute();
  return new Map(rows.map((row) => [row.source as FundingSource, Number(row.amount)]));
}

export async function receivedBySourceOf(db: Queryable, projectId: number) {
  const rows = await db
    .selectFrom("project_receipts")
    .where("project_id", "=", projectId)
    .groupBy("source")
    .select((eb) => ["source", eb.fn.sum<number>("amount_fen").as("amount")])
    .execute();
  return new Map(rows.map((row) => [row.source as FundingSource, Number(row.amount)]));
}
