import {
  type AuditEntry,
  type CreateSocialOrganizationBody,
  creditCodeProblems,
  type ErrorField,
  normalizeIdentifier,
  type Page,
  parseCreditCode,
  regionLevelOf,
  type SocialOrganization,
  type SocialOrganizationDetail,
  type SocialOrganizationListQuery,
  socialOrganizationFieldLabels,
  type UpdateSocialOrganizationBody,
} from "@xinqiao/shared";
import type { Insertable } from "kysely";
import { changeActiveState } from "../../platform/activation.ts";
import { changedFields, recordHistory, writeAudit } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import { activationTarget } from "../../platform/bulkActivation.ts";
import { todayInChina } from "../../platform/clock.ts";
import type { AppContext } from "../../platform/context.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { conflict, forbidden, invalid, notFound } from "../../platform/errors.ts";
import { pageWindow, sortOrder, toPage } from "../../platform/pagination.ts";
import { pinyinOf } from "../../platform/pinyin.ts";
import { regionPathNamesOf, regionWithinScope } from "../../platform/regionLookup.ts";
import { isInScope, scopedLoader } from "../../platform/scope.ts";
import { canOverrideCreditCode, canWrite } from "./socialOrganizations.policy.ts";
import { auditedOrganization, presentOrganization } from "./socialOrganizations.presenter.ts";
import * as repository from "./socialOrganizations.repository.ts";
import type { SocialOrganizationTable } from "./socialOrganizations.tables.ts";

/**
 * Use-cases of the social organizations registry: each write checks scope, the credit code
 * (malformed = error; failed check = refused unless overridden with a reason by a holder of
 * organizations.override_credit_code), the type against the code and uniqueness, then writes and
 * audits in one transaction.
 */
type Context = Pick<AppContext, "db" | "clock">;

export const entity = "socialOrganization";

const sortable = {
  id: "so.id",
  name: "so.pinyin",
  creditCode: "so.credit_code",
  orgType: "so.org_type",
  registeredOn: "so.registered_on",
  evaluationGrade: "so.evaluation_grade",
  staffCount: "so.staff_count",
  workerCount: "worker_count",
  regionCode: "so.region_code",
  status: "so.status",
  updatedAt: "so.updated_at",
  createdAt: "so.created_at",
};

const label = (field: string) => socialOrganizationFieldLabels[field] ?? field;

export async function presentAll(
  db: Queryable,
  user: RequestUser,
  rows: repository.OrganizationRecord[],
): Promise<SocialOrganization[]> {
  const names = await regionPathNamesOf(
    db,
    rows.map((row) => row.region_code),
  );
  return rows.map((row) => presentOrganization(user, row, names));
}

export async function listSocialOrganizations(
  ctx: Context,
  user: RequestUser,
  query: SocialOrganizationListQuery,
): Promise<Page<SocialOrganization>> {
  const order = sortOrder(query.sort, sortable, { column: "so.id", direction: "desc" });
  const [rows, total] = await Promise.all([
    repository.listOrganizations(ctx.db, user.regionCode, query, order, pageWindow(query)),
    repository.countOrganizations(ctx.db, user.regionCode, query),
  ]);
  return toPage(await presentAll(ctx.db, user, rows), total, query);
}

const recordInScope = scopedLoader(repository.findOrganization, "社会组织");

async function organizationInScope(
  db: Queryable,
  user: RequestUser,
  id: number,
): Promise<SocialOrganization> {
  const [organization] = await presentAll(db, user, [await recordInScope(db, user, id)]);
  if (!organization) throw notFound("社会组织不存在");
  return organization;
}

export async function getSocialOrganization(
  ctx: Context,
  user: RequestUser,
  id: number,
): Promise<SocialOrganizationDetail> {
  const organization = await organizationInScope(ctx.db, user, id);
  const [workers, platforms] = await Promise.all([
    repository.listWorkersOf(ctx.db, id, user.regionCode),
    repository.listPlatformsOf(ctx.db, id, user.regionCode),
  ]);
  return {
    ...organization,
    workers: workers.map((w) => ({
      id: w.id,
      name: w.name,
      qualificationLevel: w.qualification_level,
      position: w.position,
      employmentStatus: w.employment_status,
      regionCode: w.region_code,
    })),
    platforms: platforms.map((p) => ({ id: p.id, name: p.name, kind: p.kind, status: p.status })),
  };
}

export async function socialOrganizationHistory(
  ctx: Context,
  user: RequestUser,
  id: number,
): Promise<AuditEntry[]> {
  await recordInScope(ctx.db, user, id);
  return recordHistory(ctx.db, entity, id);
}

/** The zh-CN message of a failed check character, naming the expected one. */
export function checkCharacterMessage(expected: string): string {
  return `校验位不正确：按 GB 32100 计算，第 18 位应为“${expected}”，请核对代码`;
}

export interface CreditCodeDecision {
  creditCode: string;
  /** The reason stored with a code whose check fails; null for a valid code. */
  overrideReason: string | null;
  isOverride: boolean;
}

/**
 * Decides about a (syntactically valid) code's check character: a valid code needs no reason; a
 * failing one is accepted only with a reason from a user holding the override permission.
 */
export function decideCreditCode(
  user: RequestUser,
  rawCode: string,
  reason: string | null | undefined,
): { decision: CreditCodeDecision; problems: ErrorField[] } {
  const parsed = parseCreditCode(rawCode);
  const creditCode = normalizeIdentifier(rawCode);
  if (!parsed.ok) {
    return {
      decision: { creditCode, overrideReason: null, isOverride: false },
      problems: [{ path: "creditCode", message: `${label("creditCode")}：${parsed.message}` }],
    };
  }
  if (parsed.isCheckValid) {
    return { decision: { creditCode, overrideReason: null, isOverride: false }, problems: [] };
  }
  const trimmedReason = reason?.trim() ?? "";
  const message = `${label("creditCode")}：${checkCharacterMessage(parsed.expectedCheck)}`;
  if (!canOverrideCreditCode(user)) {
    return {
      decision: { creditCode, overrideReason: null, isOverride: false },
      problems: [
        {
          path: "creditCode",
          message: `${message}；如登记证书上的代码确实如此，请由社会工作部门（具有“信用代码校验例外”权限）录入并说明理由`,
        },
      ],
    };
  }
  if (trimmedReason.length < 4) {
    return {
      decision: { creditCode, overrideReason: null, isOverride: false },
      problems: [
        { path: "creditCode", message: `${message}；如已核对登记证书确认无误，可填写例外理由后保存` },
        {
          path: "creditCodeOverrideReason",
          message: `${label("creditCodeOverrideReason")}：请说明为何接受校验位未通过的代码（至少 4 个字，如“已核对登记证书原件”）`,
        },
      ],
    };
  }
  return { decision: { creditCode, overrideReason: trimmedReason, isOverride: true }, problems: [] };
}

/** Region of an organization: a district or street inside the user's scope. */
export async function regionProblems(
  db: Queryable,
  user: RequestUser,
  regionCode: string,
): Promise<ErrorField[]> {
  const level = regionLevelOf(regionCode);
  if (!(await regionWithinScope(db, user, regionCode)))
    return [{ path: "regionCode", message: `${label("regionCode")}：不存在或不在您的管辖范围内` }];
  if (level !== "district" && level !== "street") {
    return [{ path: "regionCode", message: `${label("regionCode")}：须为区（县）或街道（乡镇）` }];
  }
  return [];
}

export function dateProblems(now: Date, registeredOn: string | null | undefined): ErrorField[] {
  const today = todayInChina(now);
  return registeredOn && registeredOn > today
    ? [{ path: "registeredOn", message: `${label("registeredOn")}：不能晚于今天` }]
    : [];
}

/** 409 naming the holder of the code when the user may see it, neutral otherwise. */
async function assertCreditCodeFree(
  db: Queryable,
  user: RequestUser,
  creditCode: string,
  exceptId: number | null,
): Promise<void> {
  const [existing] = await repository.findByCreditCodes(db, [creditCode]);
  if (!existing || existing.id === exceptId) return;
  if (isInScope(user, existing.region_code)) {
    throw conflict(`该统一社会信用代码已登记为“${existing.name}”`, [
      {
        path: "creditCode",
        message: `${label("creditCode")}：已被“${existing.name}”使用（编号 ${existing.id}）`,
      },
    ]);
  }
  throw conflict("该统一社会信用代码已登记（不在您的管辖范围内），请联系上级部门", [
    { path: "creditCode", message: `${label("creditCode")}：系统中已存在（不在您的管辖范围内）` },
  ]);
}

type OrganizationFields = Omit<CreateSocialOrganizationBody, "creditCode" | "creditCodeOverrideReason">;

/** The business columns of a record (the import writes them too). */
export function columnsOf(body: OrganizationFields) {
  const { full, initials } = pinyinOf(body.name);
  return {
    name: body.name,
    pinyin: full,
    pinyin_initials: initials,
    org_type: body.orgType,
    registering_authority: body.registeringAuthority,
    registered_on: body.registeredOn ?? null,
    legal_representative: body.legalRepresentative || null,
    domains_json: JSON.stringify(body.domains),
    evaluation_grade: body.evaluationGrade ?? null,
    staff_count: body.staffCount,
    address: body.address || null,
    status: body.status,
    region_code: body.regionCode,
  } satisfies Partial<Insertable<SocialOrganizationTable>>;
}

export async function createSocialOrganization(
  ctx: Context,
  user: RequestUser,
  body: CreateSocialOrganizationBody,
  ip: string | null,
): Promise<SocialOrganizationDetail> {
  const { decision, problems: codeProblems } = decideCreditCode(
    user,
    body.creditCode,
    body.creditCodeOverrideReason,
  );
  const problems = [
    ...codeProblems,
    ...(await regionProblems(ctx.db, user, body.regionCode)),
    ...dateProblems(ctx.clock.now(), body.registeredOn),
  ];
  if (problems.length > 0) throw invalid(problems);
  if (!canWrite(user, { isCreditCodeOverride: decision.isOverride })) {
    throw forbidden("您只能录入校验位例外的统一社会信用代码；其他社会组织请由社会工作部门录入");
  }
  await assertCreditCodeFree(ctx.db, user, decision.creditCode, null);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const newId = await repository.insertOrganization(trx, {
      ...columnsOf(body),
      credit_code: decision.creditCode,
      credit_code_override_reason: decision.overrideReason,
      is_active: 1,
      is_demo: 0,
      created_at: at,
      created_by: user.id,
      updated_at: at,
      updated_by: user.id,
    });
    const created = await recordInScope(trx, user, newId);
    await writeAudit(trx, actorOf(user, ip), now, {
      action: decision.isOverride ? "socialOrganization.create.override" : "socialOrganization.create",
      entity,
      entityId: newId,
      before: null,
      after: auditedOrganization(created),
    });
    return newId;
  });
  return getSocialOrganization(ctx, user, id);
}

export async function updateSocialOrganization(
  ctx: Context,
  user: RequestUser,
  id: number,
  body: UpdateSocialOrganizationBody,
  ip: string | null,
): Promise<SocialOrganizationDetail> {
  const beforeRow = await recordInScope(ctx.db, user, id);
  const [before] = await presentAll(ctx.db, user, [beforeRow]);
  if (!before) throw notFound("社会组织不存在");
  const merged = {
    name: body.name ?? before.name,
    orgType: body.orgType ?? before.orgType,
    registeringAuthority: body.registeringAuthority ?? before.registeringAuthority,
    registeredOn: body.registeredOn === undefined ? before.registeredOn : body.registeredOn,
    legalRepresentative:
      body.legalRepresentative === undefined ? before.legalRepresentative : body.legalRepresentative,
    domains: (body.domains ?? before.domains) as CreateSocialOrganizationBody["domains"],
    evaluationGrade: (body.evaluationGrade === undefined
      ? before.evaluationGrade
      : body.evaluationGrade) as CreateSocialOrganizationBody["evaluationGrade"],
    staffCount: body.staffCount ?? before.staffCount,
    address: body.address === undefined ? before.address : body.address,
    status: body.status ?? before.status,
    regionCode: body.regionCode ?? before.region.code,
  };
  const newCode = body.creditCode === undefined ? before.creditCode : normalizeIdentifier(body.creditCode);
  const isCodeChanged = newCode !== before.creditCode;
  // An unchanged code keeps its earlier decision; a new reason for it may be given by an override holder.
  const { decision, problems: codeProblems } =
    isCodeChanged || (body.creditCodeOverrideReason && !before.isCreditCodeCheckValid)
      ? decideCreditCode(user, newCode, body.creditCodeOverrideReason)
      : {
          decision: {
            creditCode: newCode,
            overrideReason: before.creditCodeOverrideReason,
            isOverride: false,
          },
          problems: [],
        };
  const problems = [
    ...codeProblems,
    ...creditCodeProblems(newCode, merged.orgType)
      .filter((p) => p.path === "orgType")
      .map((p) => ({ path: p.path, message: `${label(p.path)}：${p.message}` })),
    ...(body.regionCode !== undefined ? await regionProblems(ctx.db, user, merged.regionCode) : []),
    ...(body.registeredOn !== undefined ? dateProblems(ctx.clock.now(), merged.registeredOn) : []),
  ];
  if (problems.length > 0) throw invalid(problems);
  if (!canWrite(user, { isCreditCodeOverride: decision.isOverride })) {
    throw forbidden("您只能录入校验位例外的统一社会信用代码；其他修改请由社会工作部门进行");
  }
  if (isCodeChanged) await assertCreditCodeFree(ctx.db, user, newCode, id);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await repository.updateOrganization(trx, id, {
      ...columnsOf(merged),
      credit_code: decision.creditCode,
      credit_code_override_reason: decision.overrideReason,
      updated_at: now.toISOString(),
      updated_by: user.id,
    });
    const after = await recordInScope(trx, user, id);
    const diff = changedFields(auditedOrganization(beforeRow), auditedOrganization(after));
    await writeAudit(trx, actorOf(user, ip), now, {
      action: decision.isOverride ? "socialOrganization.update.override" : "socialOrganization.update",
      entity,
      entityId: id,
      ...diff,
    });
  });
  return getSocialOrganization(ctx, user, id);
}

export async function setSocialOrganizationActive(
  ctx: Context,
  user: RequestUser,
  id: number,
  isActive: boolean,
  ip: string | null,
): Promise<SocialOrganizationDetail> {
  const before = await organizationInScope(ctx.db, user, id);
  await changeActiveState(ctx, user, ip, {
    entity,
    id,
    wasActive: before.isActive,
    isActive,
    update: (trx, changes) => repository.updateOrganization(trx, id, changes),
  });
  return getSocialOrganization(ctx, user, id);
}

/** Bulk 停用 / 启用 of 社会组织 (platform/bulkActivation.ts): the same loader and write as one record's. */
export const organizationActivation = activationTarget({
  entity: entity,
  load: recordInScope,
  isActive: (row) => row.is_active === 1,
  update: (trx, id, changes) => repository.updateOrganization(trx, id, changes),
});
