import { fakerZH_CN as faker } from "@faker-js/faker";
import {
  type ActiveCaseStage,
  activeCaseStages,
  addIsoDays,
  type CaseNeedDomain,
  type CaseStage,
  caseDistrictCode,
  formatCaseNumber,
  type PlanForm,
} from "@xinqiao/shared";
import type { Insertable } from "kysely";
import { todayInChina } from "../../platform/clock.ts";
import type { AppContext } from "../../platform/context.ts";
import {
  assessmentForm,
  closingForm,
  declineReasons,
  evaluationForm,
  pickDomain,
  planForm,
  referralTargets,
  returnReasons,
  suspendReasons,
} from "./casework.forms.demo.ts";
import type { CaseEventTable, CaseFollowUpTable, CaseFormTable, CaseTable } from "./casework.tables.ts";
import { type DemoWorkers, demoWorkersByStreet } from "./casework.workers.demo.ts";

/**
 * Demo cases of 宁波市 on the demo clients: spread over every stage (some overdue, some waiting
 * for approval, some returned), opened over the last two years, deliberately uneven between
 * districts. Each case's history is generated step by step — the forms, the events and the
 * state columns agree, as if workers had taken them through the workflow. Service records are
 * casework.services.demo.ts's. Deterministic for the seed (except ciphertexts).
 */
type GenerationContext = Pick<AppContext, "db" | "cipher" | "clock">;

export interface GenerateCasesOptions {
  /** Cases to open; clients are reused (a client may have several cases) when there are fewer. */
  cases: number;
  isDemo?: boolean;
}

/** How busy each district's casework is, relative to the others (uneven on purpose). */
const districtActivity: Record<string, number> = {
  "330203": 1.6, // 海曙区
  "330205": 0.9, // 江北区
  "330206": 0.8, // 北仑区
  "330211": 0.7, // 镇海区
  "330212": 1.5, // 鄞州区
  "330213": 0.5, // 奉化区
  "330225": 0.3, // 象山县
  "330226": 0.4, // 宁海县
  "330281": 0.9, // 余姚市
  "330282": 0.6, // 慈溪市
};

/** Where the demo's cases stand today; the line's stages dominate, the ways out are rarer. */
const finalStages: { value: CaseStage; weight: number }[] = [
  { value: "intake", weight: 5 },
  { value: "assessment", weight: 9 },
  { value: "planning", weight: 10 },
  { value: "intervention", weight: 30 },
  { value: "evaluation", weight: 8 },
  { value: "closed", weight: 28 },
  { value: "declined", weight: 3 },
  { value: "suspended", weight: 3 },
  { value: "referred", weight: 4 },
];

interface DemoClient {
  id: number;
  region_code: string;
  birth_date: string;
  risk_level: string;
  is_emergency: number;
}

export interface GeneratedCase {
  id: number;
  clientId: number;
  regionCode: string;
  stage: CaseStage;
  workerId: number | null;
  domain: CaseNeedDomain;
  openedOn: string;
  /** The days services were given on: from the intervention's start to its end (or today). */
  serviceFrom: string | null;
  serviceTo: string | null;
}

interface Step {
  action: string;
  from: CaseStage;
  to: CaseStage;
  on: string;
  byWorker: boolean;
  /** The reason or note of a step without a form of its own; stored as the form the server stores. */
  note?: string;
  form?: unknown;
}

const chunk = 400;

async function insertChunked<T>(rows: T[], insert: (slice: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += chunk) await insert(rows.slice(start, start + chunk));
}

export async function generateCases(
  ctx: GenerationContext,
  options: GenerateCasesOptions,
): Promise<GeneratedCase[]> {
  const { db, cipher } = ctx;
  const now = ctx.clock.now();
  const at = now.toISOString();
  const today = todayInChina(now);
  const clients = await db
    .selectFrom("clients")
    .select(["id", "region_code", "birth_date", "risk_level", "is_emergency"])
    .where("is_active", "=", 1)
    .orderBy("id")
    .execute();
  if (clients.length === 0 || options.cases <= 0) return [];
  const workers = await demoWorkersByStreet(ctx, [...new Set(clients.map((c) => c.region_code.slice(0, 9)))]);
  const pickClient = weightedPicker(
    clients,
    (client) => districtActivity[client.region_code.slice(0, 6)] ?? 0.5,
  );
  const sequences = new Map<string, number>();
  const generated: GeneratedCase[] = [];

  await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom("case_number_sequences").selectAll().execute();
    for (const row of existing) sequences.set(`${row.district_code}-${row.year}`, row.last_number);
    for (let start = 0; start < options.cases; start += chunk) {
      const batch: {
        row: Insertable<CaseTable>;
        steps: Step[];
        plan: PlanForm | null;
        meta: GeneratedCase;
      }[] = [];
      for (let n = start; n < Math.min(options.cases, start + chunk); n++) {
        const client = pickClient();
        const planned = planCase(client, workers, today, sequences);
        batch.push({
          ...planned,
          row: { ...planned.row, is_demo: options.isDemo ? 1 : 0 },
        });
      }
      const ids = await trx
        .insertInto("cases")
        .values(batch.map((item) => item.row))
        .returning("id")
        .execute();
      const forms: Insertable<CaseFormTable>[] = [];
      const events: Insertable<CaseEventTable>[] = [];
      const followUps: Insertable<CaseFollowUpTable>[] = [];
      batch.forEach((item, index) => {
        const id = ids[index]?.id;
        if (id === undefined) return;
        generated.push({ ...item.meta, id });
        for (const step of item.steps) {
          const by = step.byWorker ? item.meta.workerId : null;
          const stamp = `${step.on}T02:00:00.000Z`;
          events.push({
            case_id: id,
            action: step.action,
            from_stage: step.from,
            to_stage: step.to,
            target_user_id: step.action === "open" ? item.meta.workerId : null,
            note_cipher: step.note ? cipher.encrypt(step.note) : null,
            created_at: stamp,
            created_by: by,
          });
          // Every transition but the opening stores its form under its action, as the server does.
          if (step.action !== "open") {
            const form = step.form ?? (step.note ? { reason: step.note } : { note: null });
            forms.push({
              case_id: id,
              kind: step.action,
              form_cipher: cipher.encrypt(JSON.stringify(form)),
              created_at: stamp,
              created_by: by,
            });
          }
        }
        const closing = item.steps.find((step) => step.action === "approveClosing");
        if (closing) {
          const dueOn = addIsoDays(closing.on, 30);
          const done = dueOn < today && faker.number.int({ max: 9 }) < 8;
          followUps.push({
            case_id: id,
            region_code: item.meta.regionCode,
            due_on: dueOn,
            plan_cipher: cipher.encrypt("结案后一个月内电话回访，了解生活状况"),
            done_on: done ? addIsoDays(dueOn, faker.number.int({ min: -3, max: 5 })) : null,
            method: done ? "phone" : null,
            outcome: done
              ? faker.helpers.arrayElement(["stable", "improved", "stable", "needsService"])
              : null,
            result_cipher: done ? cipher.encrypt("电话回访，服务对象生活稳定，暂无新的服务需求") : null,
            done_by: done ? item.meta.workerId : null,
            created_at: `${closing.on}T02:00:00.000Z`,
            created_by: null,
            updated_at: at,
          });
        }
      });
      await insertChunked(forms, (rows) => trx.insertInto("case_forms").values(rows).execute());
      await insertChunked(events, (rows) => trx.insertInto("case_events").values(rows).execute());
      await insertChunked(followUps, (rows) => trx.insertInto("case_follow_ups").values(rows).execute());
    }
    await trx.deleteFrom("case_number_sequences").execute();
    const sequenceRows = [...sequences].map(([key, last]) => {
      const [district = "", year = "0"] = key.split("-");
      return { district_code: district, year: Number(year), last_number: last };
    });
    await insertChunked(sequenceRows, (rows) =>
      trx.insertInto("case_number_sequences").values(rows).execute(),
    );
  });
  return generated;
}

function planCase(client: DemoClient, workers: DemoWorkers, today: string, sequences: Map<string, number>) {
  const stage = faker.helpers.weightedArrayElement(finalStages);
  const ends = stage === "closed" || stage === "declined" || stage === "referred";
  // Open cases mostly recent (a stage's limit is days to months), ended ones over two years.
  const openedOn = addIsoDays(today, -faker.number.int(ends ? { min: 90, max: 720 } : { min: 2, max: 150 }));
  const street = client.region_code.slice(0, 9);
  const workerId = faker.helpers.arrayElement(workers.get(street) ?? [null]);
  const domain = pickDomain(faker);
  const steps: Step[] = [];
  let on = openedOn;
  let current: CaseStage = "intake";
  let plan: PlanForm | null = null;
  let planApproval: CaseTable["plan_approval"] = "none";
  let closingApproval: CaseTable["closing_approval"] = "none";
  let returnReason: string | null = null;
  let serviceFrom: string | null = null;
  let serviceTo: string | null = null;
  let endedOn: string | null = null;
  let rating: { satisfaction: number | null; evaluated_on: string | null } = {
    satisfaction: null,
    evaluated_on: null,
  };
  let suspendedFrom: ActiveCaseStage | null = null;
  // Days forward, never past today: a case still in a stage entered it on or before today.
  const later = (min: number, max: number) => {
    const next = addIsoDays(on, faker.number.int({ min, max }));
    on = next > today ? today : next;
    return on;
  };
  let enteredOn = openedOn;
  const step = (action: string, to: CaseStage, byWorker: boolean, extra: Partial<Step> = {}) => {
    steps.push({ action, from: current, to, on, byWorker, ...extra });
    // Submissions and approvals keep the stage, and so the day its time limit counts from.
    if (to !== current) enteredOn = on;
    current = to;
  };
  step("open", "intake", true);
  const wayOut = stage === "suspended" || stage === "referred" ? pickWayOutStage() : null;
  const target = wayOut ?? stage;
  const reached = (wanted: CaseStage) =>
    target === wanted || stageIndex(target) > stageIndex(wanted) || target === "closed";

  if (stage === "declined") {
    later(1, 3);
    step("decline", "declined", true, { note: faker.helpers.arrayElement(declineReasons) });
    endedOn = on;
  } else {
    if (reached("assessment")) {
      later(1, 3);
      step("accept", "assessment", true, {
        form: { acceptedOn: on, note: null },
      });
    }
    if (reached("planning")) {
      later(3, 14);
      const value = assessmentForm(faker, domain, on, client.risk_level, client.is_emergency === 1);
      step("completeAssessment", "planning", true, { form: value });
    }
    if (reached("planning")) {
      const mode =
        target === "planning"
          ? faker.helpers.arrayElement(["none", "pending", "returned", "approved"])
          : "approved";
      if (mode !== "none") {
        later(2, 10);
        plan = planForm(faker, domain, on);
        step("submitPlan", "planning", true, { form: plan });
        planApproval = "pending";
        if (mode === "returned") {
          later(1, 4);
          returnReason = faker.helpers.arrayElement(returnReasons);
          step("returnPlan", "planning", false, { note: returnReason });
          planApproval = "returned";
        } else if (mode === "approved") {
          later(1, 4);
          step("approvePlan", "planning", false);
          planApproval = "approved";
          returnReason = null;
        }
      }
    }
    if (reached("intervention") && target !== "planning") {
      later(1, 3);
      step("startIntervention", "intervention", true, {
        form: { startedOn: on },
      });
      serviceFrom = on;
    }
    if (reached("evaluation") && target !== "intervention" && target !== "planning" && plan) {
      later(30, 180);
      serviceTo = on;
      const evaluation = evaluationForm(faker, plan, on);
      step("submitEvaluation", "evaluation", true, { form: evaluation });
      rating = { satisfaction: evaluation.satisfaction, evaluated_on: on };
      const mode =
        target === "evaluation" ? faker.helpers.arrayElement(["none", "pending", "returned"]) : "approved";
      if (mode !== "none") {
        later(1, 7);
        step("submitClosing", "evaluation", true, {
          form: closingForm(faker, on),
        });
        closingApproval = "pending";
        if (mode === "returned") {
          later(1, 4);
          returnReason = faker.helpers.arrayElement(returnReasons);
          step("returnClosing", "evaluation", false, { note: returnReason });
          closingApproval = "returned";
        } else if (mode === "approved") {
          later(1, 4);
          step("approveClosing", "closed", false);
          closingApproval = "approved";
          returnReason = null;
          endedOn = on;
        }
      }
    }
    if (serviceFrom && !serviceTo) serviceTo = today;
    if (stage === "suspended" && wayOut) {
      later(5, 30);
      suspendedFrom = current as ActiveCaseStage;
      step("suspend", "suspended", true, { note: faker.helpers.arrayElement(suspendReasons) });
    }
    if (stage === "referred") {
      later(5, 30);
      const name = faker.helpers.arrayElement(referralTargets);
      const referral = {
        target: { kind: "department", id: null, name },
        reason: "需专业机构跟进",
        consentGiven: true,
        consentOn: on,
        overrideReason: null,
      };
      step("refer", "referred", true, { form: referral });
      endedOn = on;
      if (serviceFrom) serviceTo = on;
    }
  }

  const district = caseDistrictCode(client.region_code);
  const year = Number(openedOn.slice(0, 4));
  const key = `${district}-${year}`;
  const sequence = (sequences.get(key) ?? 0) + 1;
  sequences.set(key, sequence);
  const age = Number(today.slice(0, 4)) - Number(client.birth_date.slice(0, 4));
  const row: Insertable<CaseTable> = {
    case_number: formatCaseNumber({ districtCode: district, year, sequence }),
    client_id: client.id,
    need_id: null,
    region_code: client.region_code,
    summary: `${faker.helpers.arrayElement(["来访求助", "网格员上报", "社区走访发现", "电话求助"])}：需${domainLabel(domain)}方面的支持`,
    stage: current,
    stage_entered_on: enteredOn,
    suspended_from: suspendedFrom,
    plan_approval: planApproval,
    closing_approval: closingApproval,
    return_reason: returnReason,
    plan_goal_keys_json: JSON.stringify(plan?.goals.map((goal) => goal.key) ?? []),
    service_record_count: 0,
    opened_on: openedOn,
    ended_on: endedOn,
    assigned_worker_id: workerId,
    pending_transfer_to: null,
    involves_minor: age < 18 ? 1 : 0,
    ...rating,
    is_demo: 0,
    created_at: `${openedOn}T01:00:00.000Z`,
    created_by: workerId,
    // The day of its last step: what the desk shows as when an approval was asked for.
    updated_at: `${steps.at(-1)?.on ?? openedOn}T02:00:00.000Z`,
    updated_by: workerId,
  };
  const meta: GeneratedCase = {
    id: 0,
    clientId: client.id,
    regionCode: client.region_code,
    stage: current,
    workerId,
    domain,
    openedOn,
    serviceFrom,
    serviceTo,
  };
  return { row, steps, plan, meta };
}

/**
 * A weighted draw in O(log n): faker's weightedArrayElement walks the whole list each time, which
 * over a large city's clients made the generation quadratic.
 */
function weightedPicker<T>(items: readonly T[], weightOf: (item: T) => number): () => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) {
    total += weightOf(item);
    cumulative.push(total);
  }
  return () => {
    const target = faker.number.float({ min: 0, max: total });
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return items[low] as T;
  };
}

/** The active stage a suspended or referred case was in when it left the line. */
function pickWayOutStage(): CaseStage {
  return faker.helpers.arrayElement(["assessment", "planning", "intervention", "intervention"] as const);
}

function stageIndex(stage: CaseStage): number {
  return (activeCaseStages as readonly CaseStage[]).indexOf(stage);
}

const domainLabels: Record<CaseNeedDomain, string> = {
  livelihood: "生活保障",
  health: "健康",
  family: "家庭关系",
  education: "教育",
  employment: "就业",
  safety: "安全",
  psychological: "心理",
  social: "社会交往",
};

function domainLabel(domain: CaseNeedDomain): string {
  return domainLabels[domain];
}

/** The demo city's casework at DEMO_SCALE (1: ~8,000 cases and ~300,000 service records). */
export async function loadDemoCasework(ctx: AppContext): Promise<void> {
  if (await ctx.db.selectFrom("cases").select("id").where("is_demo", "=", 1).executeTakeFirst()) return;
  faker.seed(20261208);
  const scale = ctx.config.demoScale;
  const cases = await generateCases(ctx, { cases: Math.round(8000 * scale), isDemo: true });
  const { generateNeeds } = await import("./casework.needs.demo.ts");
  await generateNeeds(ctx, cases, { isDemo: true });
  const { generateServiceRecords } = await import("./casework.services.demo.ts");
  await generateServiceRecords(ctx, cases, { records: Math.round(300_000 * scale), isDemo: true });
}
