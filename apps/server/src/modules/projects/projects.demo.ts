import {
  type BudgetCategory,
  type FundingSource,
  type ProjectKind,
  type ProjectStatus,
  serviceDomains,
  type TargetIndicator,
} from "@xinqiao/shared";
import type { Insertable } from "kysely";
import { todayInChina } from "../../platform/clock.ts";
import type { AppContext } from "../../platform/context.ts";
import type { Queryable } from "../../platform/db/database.ts";
import type {
  ProjectBudgetLineTable,
  ProjectExpenditureTable,
  ProjectMilestoneTable,
  ProjectReceiptTable,
  ProjectTable,
  ProjectTargetTable,
} from "./projects.tables.ts";

/**
 * The demo city's projects: ~600 at DEMO_SCALE 1, started over the last 24 months across the
 * districts, deliberately uneven — some districts funded almost only by 财政资金, others by
 * several sources; execution (spent ÷ received) from 40 % to 100 % — with the brand projects
 * 银姚光辉 (elderly care, 余姚) and 关心青心 (youth mental health). Every running total is the sum
 * of the entries written with it. Deterministic for the seed; rows go in by the hundred.
 */
const projectsAtScale1 = 600;

/** A small seeded generator: the demo is the same on every start. */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

const titles: Record<ProjectKind, string[]> = {
  brand: ["社区治理品牌项目", "邻里守望品牌项目", "家庭支持品牌项目"],
  purchased: ["居家养老服务项目", "困境儿童关爱服务项目", "社会救助帮扶服务项目", "社区矫正社会工作服务项目"],
  venture: ["公益创投·残障人士融合项目", "公益创投·新市民融入项目", "公益创投·乡村儿童陪伴项目"],
  own: ["社工站自主服务项目", "社区志愿服务培育项目"],
};
const kindsByWeight: ProjectKind[] = [
  "purchased",
  "purchased",
  "purchased",
  "purchased",
  "venture",
  "venture",
  "own",
  "own",
  "brand",
];
const socialSources: FundingSource[] = ["welfareLottery", "charity", "enterprise", "foundation", "other"];
const categories: BudgetCategory[] = ["personnel", "activity", "supplies", "management"];
const payers: Record<FundingSource, string> = {
  fiscal: "区民政局",
  welfareLottery: "市福利彩票发行中心",
  charity: "市慈善总会",
  enterprise: "爱心企业",
  foundation: "公益基金会",
  other: "社会捐助",
};
const payees = ["项目社工（劳务）", "活动场地方", "物资供应商", "印务公司", "培训讲师", "交通服务公司"];
const indicatorsOf: TargetIndicator[] = [
  "serviceVisits",
  "cases",
  "sessions",
  "beneficiaries",
  "volunteerHours",
];

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

interface Plan {
  row: Insertable<ProjectTable>;
  lines: { source: FundingSource; category: BudgetCategory; budget: number }[];
  /** Share of each line received and of the received spent, by now. */
  receivedShare: number;
  executionRate: number;
  targets: TargetIndicator[];
}

export async function loadDemoProjects(ctx: AppContext): Promise<void> {
  const { db } = ctx;
  if (await db.selectFrom("projects").select("id").where("is_demo", "=", 1).executeTakeFirst()) return;
  const [districts, platforms, organizations] = await Promise.all([
    db
      .selectFrom("regions")
      .select(["code", "name"])
      .where("level", "=", "district")
      .orderBy("code")
      .execute(),
    db
      .selectFrom("platforms")
      .select(["id", "region_code"])
      .where("kind", "=", "station")
      .orderBy("id")
      .execute(),
    db.selectFrom("social_organizations").select(["id", "region_code"]).orderBy("id").execute(),
  ]);
  const cityDistricts = districts.filter((district) => district.code.startsWith("3302"));
  if (cityDistricts.length === 0) return;
  const random = seeded(20261210);
  const today = todayInChina(ctx.clock.now());
  const at = ctx.clock.now().toISOString();
  const byDistrict = <T extends { region_code: string }>(rows: T[], code: string) =>
    rows.filter((row) => row.region_code.startsWith(code.slice(0, 6)));

  const total = Math.max(cityDistricts.length, Math.round(projectsAtScale1 * ctx.config.demoScale));
  // Uneven on purpose: each district's weight in the count, and how much of its money is not 财政资金.
  const weights = cityDistricts.map((_, index) => 1 + ((index * 7) % 5));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const socialShares = [0.03, 0.45, 0.08, 0.6, 0.15, 0.05, 0.35, 0.5, 0.1, 0.25];
  const plans: Plan[] = [];
  cityDistricts.forEach((district, index) => {
    const count = Math.max(1, Math.round((total * (weights[index] ?? 1)) / weightSum));
    const socialShare = socialShares[index % socialShares.length] ?? 0.1;
    const stations = byDistrict(platforms, district.code);
    const orgs = byDistrict(organizations, district.code);
    for (let n = 0; n < count; n++) {
      const kind = random.pick(kindsByWeight);
      const plan = planProject(random, today, at, {
        kind,
        name: `${district.name}${random.pick(titles[kind])}（${n + 1}）`,
        regionCode: district.code,
        implementer:
          orgs.length > 0 && (stations.length === 0 || random.next() < 0.6)
            ? { kind: "socialOrganization", id: random.pick(orgs).id }
            : stations.length > 0
              ? { kind: "platform", id: random.pick(stations).id }
              : null,
        socialShare,
        domain: random.pick(serviceDomains),
      });
      if (plan) plans.push(plan);
    }
  });
  const brand = (name: string, districtCode: string, domain: string, sources: FundingSource[]) => {
    const orgs = byDistrict(organizations, districtCode);
    const stations = byDistrict(platforms, districtCode);
    const implementer = orgs[0]
      ? ({ kind: "socialOrganization", id: orgs[0].id } as const)
      : stations[0]
        ? ({ kind: "platform", id: stations[0].id } as const)
        : null;
    const plan = planProject(random, today, at, {
      kind: "brand",
      name,
      regionCode: districtCode,
      implementer,
      socialShare: 0.5,
      domain,
      startDaysAgo: 400,
      sources,
    });
    if (plan) plans.push(plan);
  };
  brand("银姚光辉", "330281000000", "养老服务", ["fiscal", "charity", "enterprise", "foundation"]);
  brand("关心青心", "330212000000", "青少年（心理健康）", [
    "welfareLottery",
    "fiscal",
    "charity",
    "foundation",
  ]);

  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < plans.length; start += 100)
      await writePlans(trx, random, today, at, plans.slice(start, start + 100));
  });
}

function planProject(
  random: ReturnType<typeof seeded>,
  today: string,
  at: string,
  spec: {
    kind: ProjectKind;
    name: string;
    regionCode: string;
    implementer: { kind: "platform" | "socialOrganization"; id: number } | null;
    socialShare: number;
    domain: string;
    startDaysAgo?: number;
    sources?: FundingSource[];
  },
): Plan | null {
  if (!spec.implementer) return null;
  const startDaysAgo = spec.startDaysAgo ?? random.int(-30, 720);
  const periodStart = addDays(today, -startDaysAgo);
  const periodEnd = addDays(periodStart, random.pick([180, 365, 365, 730]));
  const elapsed = Math.min(
    1,
    Math.max(0, daysBetween(periodStart, today) / Math.max(1, daysBetween(periodStart, periodEnd))),
  );
  const status: ProjectStatus =
    startDaysAgo < 0
      ? random.pick<ProjectStatus>(["draft", "applied", "returned", "approved"])
      : periodEnd < addDays(today, -60)
        ? random.pick<ProjectStatus>(["closed", "evaluated", "evaluated"])
        : elapsed > 0.5
          ? "midterm"
          : startDaysAgo < 20
            ? "established"
            : "implementing";
  const totalBudget = random.int(50_000, 800_000) * 100;
  const sources = spec.sources ?? [
    "fiscal" as FundingSource,
    ...(random.next() < spec.socialShare * 2 ? [random.pick(socialSources)] : []),
    ...(random.next() < spec.socialShare ? [random.pick(socialSources)] : []),
  ];
  const distinctSources = [...new Set(sources)];
  const lines: Plan["lines"] = [];
  let left = totalBudget;
  distinctSources.forEach((source, index) => {
    const last = index === distinctSources.length - 1;
    const share = source === "fiscal" && !spec.sources ? 1 - spec.socialShare : 1 / distinctSources.length;
    const budget = last ? left : Math.max(100_00, Math.round(totalBudget * share));
    left -= budget;
    if (budget <= 0) return;
    const category = random.pick(categories);
    // The bigger line splits into personnel and activity, as real budgets do.
    if (budget > 200_000_00) {
      const personnel = Math.round(budget * 0.6);
      lines.push({ source, category: "personnel", budget: personnel });
      lines.push({ source, category: "activity", budget: budget - personnel });
    } else {
      lines.push({ source, category, budget });
    }
  });
  const funded = ["established", "implementing", "midterm", "closed", "evaluated"].includes(status);
  const done = status === "closed" || status === "evaluated";
  return {
    row: {
      name: spec.name,
      kind: spec.kind,
      domains_json: JSON.stringify([spec.domain]),
      implementer_kind: spec.implementer.kind,
      implementer_id: spec.implementer.id,
      region_code: spec.regionCode,
      period_start: periodStart,
      period_end: periodEnd,
      target_groups_json: JSON.stringify(["辖区居民"]),
      status,
      returned_reason: status === "returned" ? "预算测算依据不足，请补充" : null,
      budget_fen: 0,
      received_fen: 0,
      spent_fen: 0,
      is_demo: 1,
      created_at: at,
      created_by: null,
      updated_at: at,
      updated_by: null,
    },
    lines,
    receivedShare: funded ? (done ? random.int(85, 100) / 100 : 0.4 + 0.6 * elapsed) : 0,
    executionRate: funded ? (done ? random.int(70, 100) / 100 : random.int(40, 100) / 100) : 0,
    targets: [random.pick(indicatorsOf.slice(0, 2)), random.pick(indicatorsOf.slice(2))],
  };
}

/** What a line receives and spends by now: known before writing, so the running totals go in with the rows. */
function moneyOf(plan: Plan, line: Plan["lines"][number]) {
  const received = Math.round(line.budget * plan.receivedShare);
  return { received, spent: Math.min(line.budget, Math.round(received * plan.executionRate)) };
}

async function writePlans(
  db: Queryable,
  random: ReturnType<typeof seeded>,
  today: string,
  at: string,
  plans: Plan[],
): Promise<void> {
  const rows = plans.map((plan) => {
    const sums = plan.lines.map((line) => moneyOf(plan, line));
    return {
      ...plan.row,
      budget_fen: plan.lines.reduce((sum, line) => sum + line.budget, 0),
      received_fen: sums.reduce((sum, money) => sum + money.received, 0),
      spent_fen: sums.reduce((sum, money) => sum + money.spent, 0),
    };
  });
  const ids = await db.insertInto("projects").values(rows).returning("id").execute();
  const lineRows: Insertable<ProjectBudgetLineTable>[] = [];
  const owners: { plan: Plan; projectId: number; index: number }[] = [];
  plans.forEach((plan, p) => {
    const projectId = ids[p]?.id;
    if (projectId === undefined) return;
    plan.lines.forEach((line, index) => {
      lineRows.push({
        project_id: projectId,
        source: line.source,
        category: line.category,
        description: null,
        budget_fen: line.budget,
        spent_fen: moneyOf(plan, line).spent,
        created_at: at,
        updated_at: at,
      });
      owners.push({ plan, projectId, index });
    });
  });
  const lineIds =
    lineRows.length > 0
      ? await db.insertInto("project_budget_lines").values(lineRows).returning("id").execute()
      : [];
  const receipts: Insertable<ProjectReceiptTable>[] = [];
  const expenditures: Insertable<ProjectExpenditureTable>[] = [];
  owners.forEach(({ plan, projectId, index }, n) => {
    const line = plan.lines[index];
    const lineId = lineIds[n]?.id;
    if (!line || lineId === undefined) return;
    const { received, spent } = moneyOf(plan, line);
    const start = plan.row.period_start;
    const span = Math.max(1, Math.min(daysBetween(start, today), daysBetween(start, plan.row.period_end)));
    // Received in up to three instalments, spent in up to four payments: each split sums exactly.
    for (const [k, amount] of split(received, random.int(1, 3)).entries()) {
      receipts.push({
        project_id: projectId,
        received_on: addDays(start, Math.floor((span * k) / 3)),
        source: line.source,
        amount_fen: amount,
        payer: payers[line.source],
        note: null,
        reverses_id: null,
        reversal_reason: null,
        created_at: at,
        created_by: null,
      });
    }
    for (const [k, amount] of split(spent, random.int(1, 4)).entries()) {
      expenditures.push({
        project_id: projectId,
        budget_line_id: lineId,
        spent_on: addDays(start, Math.floor((span * (k + 1)) / 5)),
        amount_fen: amount,
        payee: random.pick(payees),
        purpose: null,
        overspend_reason: null,
        reverses_id: null,
        reversal_reason: null,
        created_at: at,
        created_by: null,
      });
    }
  });
  for (const piece of chunks(receipts, 300)) await db.insertInto("project_receipts").values(piece).execute();
  for (const piece of chunks(expenditures, 300)) {
    await db.insertInto("project_expenditures").values(piece).execute();
  }
  await writeTargetsAndMilestones(db, random, plans, ids);
}

async function writeTargetsAndMilestones(
  db: Queryable,
  random: ReturnType<typeof seeded>,
  plans: Plan[],
  ids: { id: number }[],
): Promise<void> {
  const targets: Insertable<ProjectTargetTable>[] = [];
  const milestones: Insertable<ProjectMilestoneTable>[] = [];
  plans.forEach((plan, p) => {
    const projectId = ids[p]?.id;
    if (projectId === undefined) return;
    const progress = plan.receivedShare * plan.executionRate;
    for (const indicator of new Set(plan.targets)) {
      const target =
        random.int(2, 60) * (indicator === "serviceVisits" || indicator === "volunteerHours" ? 50 : 5);
      const achieved = Math.round(target * Math.min(1.1, progress * (0.8 + random.next() * 0.4)));
      targets.push({
        project_id: projectId,
        indicator,
        target_value: target,
        achieved_value: achieved,
        evidence_note: achieved > 0 ? "服务记录台账、签到表" : null,
      });
    }
    const start = plan.row.period_start;
    const end = plan.row.period_end;
    const span = daysBetween(start, end);
    for (const [k, title] of ["完成需求调研与评估", "完成中期服务任务", "完成结项材料"].entries()) {
      const dueOn = addDays(start, Math.round((span * (k + 1)) / 3));
      milestones.push({
        project_id: projectId,
        title,
        due_on: dueOn,
        done_on: progress > (k + 1) / 3 - 0.1 && plan.receivedShare > 0 ? dueOn : null,
      });
    }
  });
  for (const rows of chunks(targets, 300)) await db.insertInto("project_targets").values(rows).execute();
  for (const rows of chunks(milestones, 300))
    await db.insertInto("project_milestones").values(rows).execute();
}

/** `amount` in `parts` integer pieces that add up to it exactly (no piece of zero). */
function split(amount: number, parts: number): number[] {
  if (amount <= 0) return [];
  const count = Math.min(parts, amount);
  const base = Math.floor(amount / count);
  return Array.from({ length: count }, (_, index) => (index === 0 ? amount - base * (count - 1) : base));
}

function chunks<T>(rows: T[], size: number): T[][] {
  const pieces: T[][] = [];
  for (let start = 0; start < rows.length; start += size) pieces.push(rows.slice(start, start + size));
  return pieces;
}
