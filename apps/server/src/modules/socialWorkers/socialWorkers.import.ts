import {
  createSocialWorkerBodySchema,
  type EducationLevel,
  type EmployerKind,
  educationLevels,
  employerIdField,
  employerKindIds,
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
  type WorkerEmploymentStatus,
} from "@xinqiao/shared";
import { changedFields, writeAudit } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import type { Queryable, Tx } from "../../platform/db/database.ts";
import { buildTemplate, type ImportRow, type TemplateRegion } from "../../platform/excel/index.ts";
import { dictionaryOf, ImportColumns, yesNoDictionary } from "../../platform/importColumns.ts";
import { type ExistingRecord, runRegistryImport } from "../../platform/importFlow.ts";
import type { JobProgress } from "../../platform/jobs.ts";
import { sealIdNumber } from "../../platform/personalData.ts";
import { descriptiveColumns, phoneColumns } from "./socialWorkers.columns.ts";
import {
  importHeaders,
  importTitle,
  type SocialWorkerImportKey,
  socialWorkerImportColumns,
} from "./socialWorkers.excel.ts";
import { auditedSocialWorker } from "./socialWorkers.presenter.ts";
import * as repository from "./socialWorkers.repository.ts";
import { auditEntity, duplicateLabel, regionLabelsOf } from "./socialWorkers.service.ts";

/**
 * Social workers from Excel through the registries' import flow. Each row is checked with the
 * same zod schema as the form, and a row lists every problem it has. The key is the ID number's
 * keyed hash; a row whose ID number exists in the caller's scope UPDATES that worker (upsert),
 * one outside it is refused with a neutral message, so re-importing a file never duplicates
 * anyone. Employers are named in the file and looked up inside the caller's scope; a worker's
 * region is the employer's. Who may import is the route's to say (registerImportRoute).
 */
type Context = Pick<AppContext, "db" | "clock" | "cipher" | "importReports">;

interface ImportedWorker {
  input: SocialWorkerRuleInput;
  identity: ReturnType<typeof sealIdNumber> & { sex: string; birth_date: string };
  phone: string | null;
  regionCode: string;
}

export function socialWorkersTemplate(regions: readonly TemplateRegion[]): Promise<Buffer> {
  return buildTemplate({
    regions,
    sheetName: "社会工作者",
    title: importTitle,
    columns: socialWorkerImportColumns,
  });
}

const columns = new ImportColumns(socialWorkerImportColumns, {
  platformId: "employerName",
  socialOrganizationId: "employerName",
  departmentId: "employerName",
});
const educations = dictionaryOf<EducationLevel>(educationLevels);
const levels = dictionaryOf<QualificationLevel>(qualificationLevels);
const employerKindValues = dictionaryOf<EmployerKind>(employerKinds);
const statuses = dictionaryOf<WorkerEmploymentStatus>(employmentStatuses);
const certificates = dictionaryOf(professionalCertificates);
const domains = dictionaryOf(serviceDomains);

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

export async function importSocialWorkers(
  ctx: Context,
  user: RequestUser,
  file: Buffer,
  mode: ImportMode,
  ip: string | null,
  report?: (progress: JobProgress) => void,
): Promise<ImportResult> {
  const employers = await employerIndexesOf(ctx.db, user.regionCode);
  const actor = actorOf(user, ip);

  function checkRow(row: ImportRow<SocialWorkerImportKey>) {
    const check = columns.check(row);
    const employerKind = check.dictionary("employerKind", employerKindValues);
    const employerName = check.required("employerName");
    let employer: repository.EmployerRow | null = null;
    if (!employerKind && employerName) {
      // The kind is refused: which registry the name belongs to is unknown, but a name found in
      // none of them is wrong whatever the kind.
      const anywhere = employerKindIds.some((kind) => employers[kind].byName.has(employerName));
      if (!anywhere) check.refuse("employerName", `在您的管辖范围内未找到已启用的单位“${employerName}”`);
    }
    if (employerKind && employerName) {
      const found = employers[employerKind].byName.get(employerName) ?? [];
      if (found.length === 0) {
        check.refuse(
          "employerName",
          `在您的管辖范围内未找到已启用的${employerKinds[employerKind]}“${employerName}”`,
        );
      } else if (found.length > 1) {
        check.refuse(
          "employerName",
          `“${employerName}”在您的管辖范围内有 ${found.length} 个同名单位，请联系管理员区分名称`,
        );
      } else employer = found[0] ?? null;
    }
    const employerIds = { platformId: null, socialOrganizationId: null, departmentId: null };
    const body = check.validate(createSocialWorkerBodySchema, {
      name: check.text("name") ?? "",
      idNumber: check.code("idNumber") ?? "",
      phone: check.text("phone"),
      education: check.dictionary("education", educations),
      major: check.text("major"),
      isSocialWorkMajor: check.dictionary("isSocialWorkMajor", yesNoDictionary) ?? false,
      qualificationLevel: check.dictionary("qualificationLevel", levels),
      certificateNumber: check.text("certificateNumber"),
      certificateDate: check.date("certificateDate"),
      registrationDate: check.date("registrationDate"),
      otherCertificates: check.dictionaryList("otherCertificates", certificates) ?? [],
      employerKind,
      ...employerIds,
      ...(employerKind && employer ? { [employerIdField[employerKind]]: employer.id } : {}),
      position: check.text("position"),
      domains: check.dictionaryList("domains", domains) ?? [],
      employmentStatus: check.dictionary("employmentStatus", statuses),
      isIntroducedTalent: check.dictionary("isIntroducedTalent", yesNoDictionary) ?? false,
      joinedOn: check.date("joinedOn"),
    });
    if (!body || !employer) return { problems: check.problems };
    // The schema has checked the number; the birth date is checked against the import's clock.
    const identity = parseIdNumber(body.idNumber, ctx.clock.now());
    if (!identity.ok) return { problems: [{ column: importHeaders.idNumber, message: identity.message }] };
    const mobile = body.phone ? parseMobile(body.phone) : null;
    const { idNumber: _idNumber, phone: _phone, ...input } = body;
    return {
      record: {
        input,
        identity: {
          ...sealIdNumber(ctx.cipher, identity.value),
          sex: identity.sex,
          birth_date: identity.birthDate,
        },
        phone: mobile?.ok ? mobile.value : null,
        regionCode: employer.region_code,
      },
    };
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
