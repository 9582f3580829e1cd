import {
  type AuditEntry,
  type CreateSocialWorkerBody,
  type EmployerKind,
  type EmployerOption,
  type ErrorField,
  employerIdField,
  employerKinds,
  type Page,
  type RevealedField,
  type SocialWorker,
  type SocialWorkerDetail,
  type SocialWorkerListQuery,
  type SocialWorkerRuleInput,
  socialWorkerFieldLabels,
  socialWorkerRulesSchema,
  type UpdateSocialWorkerBody,
} from "@xinqiao/shared";
import type { z } from "zod";
import { changeActiveState } from "../../platform/activation.ts";
import { changedFields, recordHistory, writeAudit } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import { activationTarget } from "../../platform/bulkActivation.ts";
import type { AppContext } from "../../platform/context.ts";
import { isUniqueViolation } from "../../platform/db/constraintErrors.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { parseJsonList } from "../../platform/db/jsonColumns.ts";
import { conflict, fieldMessage, invalid, notFound } from "../../platform/errors.ts";
import { pageWindow, sortOrder, toPage } from "../../platform/pagination.ts";
import { type PersonalField, revealPersonalField, sealPhone } from "../../platform/personalData.ts";
import { regionNamesOf } from "../../platform/regionLookup.ts";
import { isInScope, scopedLoader } from "../../platform/scope.ts";
import {
  descriptiveColumns,
  identityColumns,
  normalisedPhone,
  phoneColumns,
} from "./socialWorkers.columns.ts";
import { filterContextOf, presentationDataOf, todayOf } from "./socialWorkers.listContext.ts";
import { abilitiesOf } from "./socialWorkers.policy.ts";
import { auditedSocialWorker, districtCodeOf, presentSocialWorker } from "./socialWorkers.presenter.ts";
import * as repository from "./socialWorkers.repository.ts";

/**
 * Use-cases of the social workers registry: every read narrowed to the caller's scope (404
 * outside it), every change in a transaction with its audit entry (identifiers masked), the
 * worker's region always taken from the employer, sex and birth date always from the ID number.
 */
type Context = Pick<AppContext, "db" | "clock" | "cipher">;

export const auditEntity = "socialWorker";

const sortable = {
  id: "w.id",
  name: "w.pinyin",
  education: "w.education",
  qualificationLevel: "w.qualification_level",
  registrationExpiry: "w.registration_expiry",
  joinedOn: "w.joined_on",
  birthDate: "w.birth_date",
  createdAt: "w.created_at",
  updatedAt: "w.updated_at",
};

async function present(
  ctx: Context,
  user: RequestUser,
  rows: repository.SocialWorkerRecord[],
): Promise<SocialWorker[]> {
  const now = ctx.clock.now();
  const { hoursOf, regionNames } = await presentationDataOf(ctx.db, rows, todayOf(ctx));
  return rows.map((row) => presentSocialWorker(user, row, { now, hours: hoursOf(row.id), regionNames }));
}

export async function listSocialWorkers(
  ctx: Context,
  user: RequestUser,
  query: SocialWorkerListQuery,
): Promise<Page<SocialWorker>> {
  const order = sortOrder(query.sort, sortable, { column: "w.id", direction: "desc" });
  const context = filterContextOf(ctx, user, query);
  const [rows, total] = await Promise.all([
    repository.listSocialWorkers(ctx.db, query, context, order, pageWindow(query)),
    repository.countSocialWorkers(ctx.db, query, context),
  ]);
  return toPage(await present(ctx, user, rows), total, query);
}

export const workerInScope = scopedLoader(repository.findSocialWorker, "社会工作者");

export async function getSocialWorker(
  ctx: Context,
  user: RequestUser,
  id: number,
): Promise<SocialWorkerDetail> {
  const row = await workerInScope(ctx.db, user, id);
  const [worker] = await present(ctx, user, [row]);
  if (!worker) throw notFound("社会工作者不存在");
  return {
    ...worker,
    abilities: abilitiesOf(user, { regionCode: row.region_code, isActive: worker.isActive }),
  };
}

export async function socialWorkerHistory(
  ctx: Context,
  user: RequestUser,
  id: number,
): Promise<AuditEntry[]> {
  await workerInScope(ctx.db, user, id);
  return recordHistory(ctx.db, auditEntity, id);
}

// ---------------------------------------------------------------- writing

export function labelledFields(issues: readonly z.core.$ZodIssue[]): ErrorField[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join(".") || "(body)";
    return { path, message: fieldMessage(path, issue.message, socialWorkerFieldLabels) };
  });
}

/** How an existing worker is named in a duplicate message shown to a user who may see it. */
export function duplicateLabel(
  existing: { name: string; id_number_masked: string },
  regionName: string,
): string {
  return `${existing.name}（${existing.id_number_masked}，${regionName}）`;
}

export async function regionLabelsOf(db: Queryable, codes: readonly string[]): Promise<Map<string, string>> {
  const districtOf = new Map(codes.map((code) => [code, districtCodeOf(code)]));
  const all = [...new Set([...codes, ...[...districtOf.values()].filter((c): c is string => c !== null)])];
  const names = await regionNamesOf(db, all);
  return new Map(
    codes.map((code) => {
      const district = districtOf.get(code);
      const own = names.get(code) ?? code;
      const districtName = district && district !== code ? (names.get(district) ?? "") : "";
      return [code, `${districtName}${own}`];
    }),
  );
}

export const outOfScopeDuplicateMessage =
  "系统中已存在该身份证号的社会工作者（不在您的管辖范围内），请联系上级部门";

async function assertIdNumberFree(db: Queryable, user: RequestUser, index: string, exceptId?: number) {
  const [existing] = await repository.findByIdNumberIndexes(db, [index]);
  if (!existing || existing.id === exceptId) return;
  if (!isInScope(user, existing.region_code)) {
    throw conflict(outOfScopeDuplicateMessage, [
      { path: "idNumber", message: `身份证号：${outOfScopeDuplicateMessage}` },
    ]);
  }
  const label = duplicateLabel(
    existing,
    (await regionLabelsOf(db, [existing.region_code])).get(existing.region_code) ?? "",
  );
  const message = `系统中已存在该社会工作者：${label}`;
  throw conflict(message, [{ path: "idNumber", message: `身份证号：${message}` }]);
}

/** The employer must exist inside the caller's scope (and be active when newly chosen). */
async function employerInScope(
  db: Queryable,
  user: RequestUser,
  kind: EmployerKind,
  id: number,
  mustBeActive: boolean,
): Promise<repository.EmployerRow> {
  const field = employerIdField[kind];
  const label = socialWorkerFieldLabels[field] ?? employerKinds[kind];
  const employer = await repository.findEmployer(db, kind, id);
  if (!employer || !isInScope(user, employer.region_code)) {
    throw invalid([{ path: field, message: `${label}：不存在或不在您的管辖范围内` }]);
  }
  if (mustBeActive && employer.is_active !== 1) {
    throw invalid([{ path: field, message: `${label}：已停用，不能作为工作单位` }]);
  }
  return employer;
}

function employerIdOf(input: SocialWorkerRuleInput): number {
  return input[employerIdField[input.employerKind]] ?? 0;
}

export async function createSocialWorker(
  ctx: Context,
  user: RequestUser,
  body: CreateSocialWorkerBody,
  ip: string | null,
): Promise<SocialWorkerDetail> {
  const identity = identityColumns(ctx, body.idNumber);
  const phone = phoneColumns(ctx, body.phone);
  await assertIdNumberFree(ctx.db, user, identity.id_number_index);
  const employer = await employerInScope(ctx.db, user, body.employerKind, employerIdOf(body), true);
  const now = ctx.clock.now();
  const at = now.toISOString();
  let id: number;
  try {
    id = await ctx.db.transaction().execute(async (trx) => {
      const row = {
        ...descriptiveColumns(body),
        ...identity,
        ...phone,
        region_code: employer.region_code,
        is_active: 1,
        is_demo: 0,
        created_at: at,
        created_by: user.id,
        updated_at: at,
        updated_by: user.id,
      };
      const newId = await repository.insertSocialWorker(trx, row);
      await writeAudit(trx, actorOf(user, ip), now, {
        action: "socialWorker.create",
        entity: auditEntity,
        entityId: newId,
        before: null,
        after: auditedSocialWorker(row),
      });
      return newId;
    });
  } catch (error) {
    // Another request stored the same ID number between our check and our insert.
    if (isUniqueViolation(error)) await assertIdNumberFree(ctx.db, user, identity.id_number_index);
    throw error;
  }
  return getSocialWorker(ctx, user, id);
}

function ruleInputOf(row: repository.SocialWorkerRecord): Record<string, unknown> {
  return {
    name: row.name,
    education: row.education,
    major: row.major,
    isSocialWorkMajor: row.is_social_work_major === 1,
    qualificationLevel: row.qualification_level,
    certificateNumber: row.certificate_number,
    certificateDate: row.certificate_date,
    registrationDate: row.registration_date,
    otherCertificates: parseJsonList(row.other_certificates_json),
    employerKind: row.employer_kind,
    platformId: row.platform_id,
    socialOrganizationId: row.social_organization_id,
    departmentId: row.department_id,
    position: row.position,
    domains: parseJsonList(row.domains_json),
    employmentStatus: row.employment_status,
    isIntroducedTalent: row.is_introduced_talent === 1,
    joinedOn: row.joined_on,
  };
}

export async function updateSocialWorker(
  ctx: Context,
  user: RequestUser,
  id: number,
  body: UpdateSocialWorkerBody,
  ip: string | null,
): Promise<SocialWorkerDetail> {
  const before = await workerInScope(ctx.db, user, id);
  const { idNumber, phone, ...changes } = body;
  const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  const merged = socialWorkerRulesSchema.safeParse({ ...ruleInputOf(before), ...defined });
  if (!merged.success) throw invalid(labelledFields(merged.error.issues));
  const input = merged.data;

  const storedBefore = (await repository.findStoredRows(ctx.db, [id]))[0];
  if (!storedBefore) throw notFound("社会工作者不存在");
  const identity = idNumber === undefined ? null : identityColumns(ctx, idNumber);
  const isIdNumberChanged = identity !== null && identity.id_number_index !== storedBefore.id_number_index;
  if (isIdNumberChanged) await assertIdNumberFree(ctx.db, user, identity.id_number_index, id);
  // Masked forms can coincide (138****1234) for different numbers: compare the values.
  const newPhone = phone === undefined ? undefined : normalisedPhone(phone);
  const storedPhone = storedBefore.phone_cipher ? ctx.cipher.decrypt(storedBefore.phone_cipher) : null;
  const isPhoneChanged = newPhone !== undefined && newPhone !== storedPhone;
  const employerId = employerIdOf(input);
  const storedEmployerId = {
    platform: before.platform_id,
    organization: before.social_organization_id,
    department: before.department_id,
  }[input.employerKind];
  const isEmployerChanged = input.employerKind !== before.employer_kind || employerId !== storedEmployerId;
  const employer = await employerInScope(ctx.db, user, input.employerKind, employerId, isEmployerChanged);

  const now = ctx.clock.now();
  const next = {
    ...storedBefore,
    ...descriptiveColumns(input),
    ...(isIdNumberChanged ? identity : {}),
    ...(isPhoneChanged ? sealPhone(ctx.cipher, newPhone) : {}),
    region_code: employer.region_code,
    updated_at: now.toISOString(),
    updated_by: user.id,
  };
  const auditedBefore = auditedSocialWorker(storedBefore);
  const auditedAfter = auditedSocialWorker(next);
  const diff = changedFields(auditedBefore, auditedAfter);
  for (const [field, isChanged] of [
    ["idNumber", isIdNumberChanged],
    ["phone", isPhoneChanged],
  ] as const) {
    if (!isChanged) continue;
    diff.before[field] = auditedBefore[field];
    diff.after[field] = auditedAfter[field];
  }
  // Re-entering the same ID number or phone changes nothing (new ciphertext, same value).
  if (Object.keys(diff.after).length > 0) {
    const { id: _id, ...columns } = next;
    try {
      await ctx.db.transaction().execute(async (trx) => {
        await repository.updateSocialWorker(trx, id, columns);
        await writeAudit(trx, actorOf(user, ip), now, {
          action: "socialWorker.update",
          entity: auditEntity,
          entityId: id,
          ...diff,
        });
      });
    } catch (error) {
      if (isIdNumberChanged && isUniqueViolation(error))
        await assertIdNumberFree(ctx.db, user, identity.id_number_index, id);
      throw error;
    }
  }
  return getSocialWorker(ctx, user, id);
}

export async function setSocialWorkerActive(
  ctx: Context,
  user: RequestUser,
  id: number,
  isActive: boolean,
  ip: string | null,
): Promise<SocialWorkerDetail> {
  const before = await workerInScope(ctx.db, user, id);
  await changeActiveState(ctx, user, ip, {
    entity: auditEntity,
    id,
    wasActive: before.is_active === 1,
    isActive,
    update: (trx, changes) => repository.updateSocialWorker(trx, id, changes),
  });
  return getSocialWorker(ctx, user, id);
}

export async function revealSocialWorkerField(
  ctx: Context,
  user: RequestUser,
  id: number,
  field: PersonalField,
  ip: string | null,
): Promise<RevealedField> {
  const row = await workerInScope(ctx.db, user, id);
  const value = await revealPersonalField(ctx, user, {
    entity: auditEntity,
    entityId: id,
    field,
    ciphertext: field === "idNumber" ? row.id_number_cipher : row.phone_cipher,
    ip,
  });
  return { field, value };
}

// ---------------------------------------------------------------- pickers

export async function employerOptions(
  ctx: Context,
  user: RequestUser,
  kind: EmployerKind,
  q: string | undefined,
): Promise<EmployerOption[]> {
  const rows = await repository.listEmployersWithin(ctx.db, kind, user.regionCode, {
    q,
    limit: 200,
    activeOnly: true,
  });
  return rows.map((row) => ({
    kind,
    id: row.id,
    name: row.name,
    regionCode: row.region_code,
    regionName: row.region_name,
  }));
}

/** Bulk 停用 / 启用 of 社会工作者 (platform/bulkActivation.ts): the same loader and write as one record's. */
export const socialWorkerActivation = activationTarget({
  entity: auditEntity,
  load: workerInScope,
  isActive: (row) => row.is_active === 1,
  update: (trx, id, changes) => repository.updateSocialWorker(trx, id, changes),
});
