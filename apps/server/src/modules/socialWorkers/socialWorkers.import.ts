import {
  type EducationLevel,
  type EmployerKind,
  educationLevels,
  employerIdField,
  employerKinds,
  employmentStatuses,
  type ImportMode,
  type ImportResult,
  parseIdNumber,
  parseMobile,
  professionalCertificates,
  type QualificationLevel,
  qualificationLevels,
  type SocialWorkerRuleInput,
  serviceDomains,
  socialWorkerRulesSchema,
  type WorkerEmploymentStatus,
} from "@xinqiao/shared";
import { changedFields, writeAudit } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import type { Queryable, Tx } from "../../platform/db/database.ts";
import {
  buildTemplate,
  type ImportRow,
  looksLikeMangledIdNumber,
  mangledNumberMessage,
  parseExcelDate,
} from "../../platform/excel/index.ts";
import { type ExistingRecord, type RowProblem, runRegistryImport } from "../../platform/importFlow.ts";
import type { JobProgress } from "../../platform/jobs.ts";
import { sealIdNumber } from "../../platform/personalData.ts";
import {
  importHeaders,
  importTitle,
  no,
  type SocialWorkerImportKey,
  socialWorkerImportColumns,
  yes,
} from "./socialWorkers.excel.ts";
import { assertMayManageWorkers } from "./socialWorkers.policy.ts";
import { auditedSocialWorker } from "./socialWorkers.presenter.ts";
import * as repository from "./socialWorkers.repository.ts";
import {
  auditEntity,
  descriptiveColumns,
  duplicateLabel,
  phoneColumns,
  regionLabelsOf,
} from "./socialWorkers.service.ts";

/**
 * Social workers from Excel through the registries' import flow. The key is the ID number's
 * keyed hash; a row whose ID number exists in the caller's scope UPDATES that worker (upsert),
 * one outside it is refused with a neutral message, so re-importing a file never duplicates
 * anyone. Employers are named in the file and looked up inside the caller's scope.
 */
type Context = Pick<AppContext, "db" | "clock" | "cipher" | "importReports">;

interface ImportedWorker {
  input: SocialWorkerRuleInput;
  identity: ReturnType<typeof sealIdNumber> & { sex: string; birth_date: string };
  phone: string | null;
  regionCode: string;
}

export function socialWorkersTemplate(): Promise<Buffer> {
  return buildTemplate({ sheetName: "社会工作者", title: importTitle, columns: socialWorkerImportColumns });
}

const idByLabel = <K extends string>(dictionary: Record<K, string>) =>
  new Map(Object.entries(dictionary).map(([id, label]) => [label as string, id as K]));
const educationByLabel = idByLabel<EducationLevel>(educationLevels);
const levelByLabel = idByLabel<QualificationLevel>(qualificationLevels);
const employerKindByLabel = idByLabel<EmployerKind>(employerKinds);
const statusByLabel = idByLabel<WorkerEmploymentStatus>(employmentStatuses);

const ruleFieldColumn: Record<string, SocialWorkerImportKey> = {
  platformId: "employerName",
  socialOrganizationId: "employerName",
  departmentId: "employerName",
};

interface EmployerIndex {
  byName: Map<string, repository.EmployerRow[]>;
}

/** Active employers of every kind in scope, by name: the rows are checked without a query each. */
async function employerIndexesOf(
  db: Queryable,
  scopeCode: string,
): Promise<Record<EmployerKind, EmployerIndex>> {
  const index = async (kind: EmployerKind): Promise<EmployerIndex> => {
    const byName = new Map<string, repository.EmployerRow[]>();
    for (const row of await repository.listEmployersWithin(db, kind, scopeCode, { activeOnly: true })) {
      byName.set(row.name.trim(), [...(byName.get(row.name.trim()) ?? []), row]);
    }
    return { byName };
  };
  const [platform, organization, department] = await Promise.all([
    index("platform"),
    index("organization"),
    index("department"),
  ]);
  return { platform, organization, department };
}

function parseYesNo(value: string | null): boolean | null {
  if (value === null) return false;
  const text = value.trim().toLowerCase();
  if ([yes, "y", "yes", "true", "1", "√"].includes(text)) return true;
  if ([no, "n", "no", "false", "0", "×"].includes(text)) return false;
  return null;
}

function splitList(value: string | null): string[] {
  return (value ?? "")
    .split(/[、,，;；/\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

export async function importSocialWorkers(
  ctx: Context,
  user: RequestUser,
  file: Buffer,
  mode: ImportMode,
  ip: string | null,
  report?: (progress: JobProgress) => void,
): Promise<ImportResult> {
  assertMayManageWorkers(user);
  const employers = await employerIndexesOf(ctx.db, user.regionCode);
  const actor = actorOf(user, ip);

  function checkRow(row: ImportRow<SocialWorkerImportKey>) {
    const values = row.values;
    const problems: RowProblem[] = [];
    const problem = (key: SocialWorkerImportKey, message: string) =>
      problems.push({ column: importHeaders[key], message });
    const text = (key: SocialWorkerImportKey, max: number): string | null => {
      const value = values[key]?.trim() || null;
      if (value && value.length > max) problem(key, `长度不能超过 ${max} 个字符`);
      return value;
    };
    const required = (key: SocialWorkerImportKey): string | null => {
      const value = values[key]?.trim() || null;
      if (!value) problem(key, "不能为空");
      return value;
    };
    const fromDictionary = <K extends string>(
      key: SocialWorkerImportKey,
      byLabel: Map<string, K>,
    ): K | null => {
      const value = required(key);
      if (value === null) return null;
      const id =
        byLabel.get(value) ?? ([...byLabel.values()].includes(value as K) ? (value as K) : undefined);
      if (!id) problem(key, `“${value}”不是可选值，可选：${[...byLabel.keys()].join("、")}`);
      return id ?? null;
    };
    const date = (key: SocialWorkerImportKey): string | null => {
      const value = values[key]?.trim() || null;
      if (!value) return null;
      const parsed = parseExcelDate(value);
      if (!parsed) problem(key, `无法识别的日期“${value}”，请写成 2024-01-05、2024/1/5 或 2024年1月5日`);
      return parsed;
    };
    const yesNo = (key: SocialWorkerImportKey): boolean => {
      const parsed = parseYesNo(values[key]);
      if (parsed === null) problem(key, `请填写“${yes}”或“${no}”`);
      return parsed ?? false;
    };
    const list = <T extends string>(key: SocialWorkerImportKey, allowed: readonly T[]): T[] => {
      const entries = splitList(values[key]);
      const unknown = entries.filter((entry) => !allowed.includes(entry as T));
      if (unknown.length > 0) problem(key, `“${unknown.join("、")}”不是可选值，可选：${allowed.join("、")}`);
      return [...new Set(entries.filter((entry): entry is T => allowed.includes(entry as T)))];
    };

    const name = required("name");
    if (name && name.length > 50) problem("name", "长度不能超过 50 个字符");
    let identity: ImportedWorker["identity"] | null = null;
    const idNumber = required("idNumber");
    if (idNumber && looksLikeMangledIdNumber(idNumber, row.numericCellKeys.includes("idNumber"))) {
      problem("idNumber", mangledNumberMessage(importHeaders.idNumber));
    } else if (idNumber) {
      const parsed = parseIdNumber(idNumber, ctx.clock.now());
      if (!parsed.ok) problem("idNumber", parsed.message);
      else {
        identity = {
          ...sealIdNumber(ctx.cipher, parsed.value),
          sex: parsed.sex,
          birth_date: parsed.birthDate,
        };
      }
    }
    let phone: string | null = null;
    const phoneText = values.phone?.trim() || null;
    if (phoneText) {
      const parsed = parseMobile(phoneText);
      if (parsed.ok) phone = parsed.value;
      else problem("phone", parsed.message);
    }
    const education = fromDictionary("education", educationByLabel);
    const qualificationLevel = fromDictionary("qualificationLevel", levelByLabel);
    const employerKind = fromDictionary("employerKind", employerKindByLabel);
    const employmentStatus = fromDictionary("employmentStatus", statusByLabel);
    const employerName = required("employerName");
    let employer: repository.EmployerRow | null = null;
    if (employerKind && employerName) {
      const found = employers[employerKind].byName.get(employerName) ?? [];
      if (found.length === 0) {
        problem(
          "employerName",
          `在您的管辖范围内未找到已启用的${employerKinds[employerKind]}“${employerName}”`,
        );
      } else if (found.length > 1) {
        problem(
          "employerName",
          `“${employerName}”在您的管辖范围内有 ${found.length} 个同名单位，请联系管理员区分名称`,
        );
      } else employer = found[0] ?? null;
    }
    const draft = {
      name: name ?? "",
      education,
      major: text("major", 50),
      isSocialWorkMajor: yesNo("isSocialWorkMajor"),
      qualificationLevel,
      certificateNumber: text("certificateNumber", 50),
      certificateDate: date("certificateDate"),
      registrationDate: date("registrationDate"),
      otherCertificates: list("otherCertificates", professionalCertificates),
      employerKind,
      platformId: null as number | null,
      socialOrganizationId: null as number | null,
      departmentId: null as number | null,
      position: text("position", 50),
      domains: list("domains", serviceDomains),
      employmentStatus,
      isIntroducedTalent: yesNo("isIntroducedTalent"),
      joinedOn: date("joinedOn"),
    };
    if (problems.length > 0 || !identity || !employer || !employerKind) {
      return {
        problems: problems.length > 0 ? problems : [{ column: importHeaders.name, message: "无法读取该行" }],
      };
    }
    draft[employerIdField[employerKind]] = employer.id;
    const checked = socialWorkerRulesSchema.safeParse(draft);
    if (!checked.success) {
      return {
        problems: checked.error.issues.map((issue) => {
          const field = String(issue.path[0] ?? "name");
          const key = ruleFieldColumn[field] ?? (field as SocialWorkerImportKey);
          return { column: importHeaders[key] ?? importHeaders.name, message: issue.message };
        }),
      };
    }
    return { record: { input: checked.data, identity, phone, regionCode: employer.region_code } };
  }

  return runRegistryImport<SocialWorkerImportKey, ImportedWorker>(
    ctx,
    user,
    file,
    mode,
    {
      entity: auditEntity,
      reportFileName: "社会工作者导入错误报告.xlsx",
      columns: socialWorkerImportColumns,
      checkRow,
      keyOf: (record) => ({ key: record.identity.id_number_index, column: importHeaders.idNumber }),
      async findExisting(db, keys) {
        const rows = await repository.findByIdNumberIndexes(db, keys);
        const labels = await regionLabelsOf(db, [...new Set(rows.map((row) => row.region_code))]);
        return new Map<string, ExistingRecord>(
          rows.map((row) => [
            row.id_number_index,
            {
              id: row.id,
              regionCode: row.region_code,
              label: duplicateLabel(row, labels.get(row.region_code) ?? ""),
            },
          ]),
        );
      },
      onExisting: "update",
      writeBatch: (trx, rows) => writeBatch(ctx, trx, user, actor, rows),
    },
    report,
  );
}

/** SQLite binds at most 32,766 parameters per statement: ~35 columns × 500 rows stays below. */
const insertChunk = 500;

async function writeBatch(
  ctx: Context,
  trx: Tx,
  user: RequestUser,
  actor: ReturnType<typeof actorOf>,
  rows: { record: ImportedWorker; rowNumber: number; existing: ExistingRecord | null }[],
): Promise<void> {
  const now = ctx.clock.now();
  const at = now.toISOString();
  const valuesOf = (record: ImportedWorker) => ({
    ...descriptiveColumns(record.input),
    region_code: record.regionCode,
    updated_at: at,
    updated_by: user.id,
  });

  const created = rows.filter((row) => row.existing === null);
  for (let start = 0; start < created.length; start += insertChunk) {
    const chunk = created.slice(start, start + insertChunk).map(({ record }) => ({
      ...valuesOf(record),
      ...record.identity,
      ...phoneColumns(ctx, record.phone),
      is_active: 1,
      is_demo: 0,
      created_at: at,
      created_by: user.id,
    }));
    const inserted = await repository.insertSocialWorkers(trx, chunk);
    const idOf = new Map(inserted.map((row) => [row.id_number_index, row.id]));
    for (const row of chunk) {
      await writeAudit(trx, actor, now, {
        action: "socialWorker.import.create",
        entity: auditEntity,
        entityId: idOf.get(row.id_number_index) ?? null,
        before: null,
        after: auditedSocialWorker(row),
      });
    }
  }

  const updated = rows.filter((row) => row.existing !== null);
  const stored = new Map(
    (
      await repository.findStoredRows(
        trx,
        updated.map((row) => row.existing?.id ?? 0),
      )
    ).map((row) => [row.id, row]),
  );
  for (const { record, existing } of updated) {
    const before = existing ? stored.get(existing.id) : undefined;
    if (!before) continue;
    const storedPhone = before.phone_cipher ? ctx.cipher.decrypt(before.phone_cipher) : null;
    const isPhoneChanged = storedPhone !== record.phone;
    const next = {
      ...before,
      ...valuesOf(record),
      ...(isPhoneChanged ? phoneColumns(ctx, record.phone) : {}),
    };
    const auditedBefore = auditedSocialWorker(before);
    const auditedAfter = auditedSocialWorker(next);
    const diff = changedFields(auditedBefore, auditedAfter);
    if (isPhoneChanged) {
      diff.before.phone = auditedBefore.phone;
      diff.after.phone = auditedAfter.phone;
    }
    // Re-importing an unchanged row writes nothing: no update, no audit entry.
    if (Object.keys(diff.after).length === 0) continue;
    const { id, ...columns } = next;
    await repository.updateSocialWorker(trx, id, columns);
    await writeAudit(trx, actor, now, {
      action: "socialWorker.import.update",
      entity: auditEntity,
      entityId: id,
      ...diff,
    });
  }
}
