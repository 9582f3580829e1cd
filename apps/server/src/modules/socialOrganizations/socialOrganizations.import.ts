import {
  createSocialOrganizationBodySchema,
  evaluationGrades,
  type ImportMode,
  type ImportResult,
  normalizeIdentifier,
  organizationStatuses,
  organizationTypes,
  parseCreditCode,
  serviceDomains,
} from "@xinqiao/shared";
import { changedFields, writeAudit } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import { todayInChina } from "../../platform/clock.ts";
import type { AppContext } from "../../platform/context.ts";
import {
  buildTemplate,
  type ImportRow,
  parseDecimal,
  type TemplateRegion,
} from "../../platform/excel/index.ts";
import { dictionaryOf, dictionaryOfPairs, ImportColumns } from "../../platform/importColumns.ts";
import { type ExistingRecord, runRegistryImport } from "../../platform/importFlow.ts";
import { loadRegionResolver } from "../../platform/importRegions.ts";
import type { JobProgress } from "../../platform/jobs.ts";
import { isInScope } from "../../platform/scope.ts";
import {
  type OrganizationColumnKey,
  organizationImportColumns,
  reimportNote,
} from "./socialOrganizations.excel.ts";
import { canOverrideCreditCode } from "./socialOrganizations.policy.ts";
import { auditedOrganization } from "./socialOrganizations.presenter.ts";
import * as repository from "./socialOrganizations.repository.ts";
import { checkCharacterMessage, columnsOf, entity } from "./socialOrganizations.service.ts";

/**
 * Social organizations from Excel through the registries' one import flow. Each row is checked
 * with the same zod schema as the form, plus the region (its code or its names, a district or a
 * street in scope), the check character (refused, unless the importing user may override and
 * the row gives a reason, or the code was accepted before) and the registration date. The key is
 * the credit code: re-importing updates the organization that holds it. Who may import is the
 * route's to say (registerImportRoute).
 */
type Context = Pick<AppContext, "db" | "clock" | "importReports">;

const columns = new ImportColumns(organizationImportColumns, {
  creditCodeOverrideReason: "overrideReason",
  regionCode: "region",
});
const headerOf = (key: OrganizationColumnKey) => columns.header(key);
const orgTypes = dictionaryOf(organizationTypes);
const statuses = dictionaryOf(organizationStatuses);
const domains = dictionaryOf(serviceDomains);
const grades = dictionaryOfPairs<string | null>(
  evaluationGrades.map((grade) => [grade, grade] as const),
  { 无: null, 未评估: null },
);

export function organizationTemplate(regions: readonly TemplateRegion[]): Promise<Buffer> {
  return buildTemplate({
    regions,
    sheetName: "社会组织",
    title: `社会组织导入模板（${reimportNote}）`,
    columns: organizationImportColumns,
  });
}

interface ImportedOrganization {
  columns: ReturnType<typeof columnsOf>;
  creditCode: string;
  overrideReason: string | null;
}

export async function importSocialOrganizations(
  ctx: Context,
  user: RequestUser,
  file: Buffer,
  mode: ImportMode,
  ip: string | null,
  report?: (progress: JobProgress) => void,
): Promise<ImportResult> {
  const regions = await loadRegionResolver(ctx.db, user);
  const today = todayInChina(ctx.clock.now());
  const mayOverride = canOverrideCreditCode(user);
  const actor = actorOf(user, ip);

  async function checkRow(row: ImportRow<OrganizationColumnKey>) {
    const check = columns.check(row);
    const creditCode = check.code("creditCode");
    const regionCode = check.region("region", regions, ["district", "street"]);
    const registeredOn = check.date("registeredOn");
    if (registeredOn && registeredOn > today) check.refuse("registeredOn", "不能晚于今天");
    // Read as any number so that -3 or 2.5 get the schema's reason, as on the form.
    const staffText = check.text("staffCount");
    const staffCount = staffText === null ? 0 : parseDecimal(staffText);
    if (staffCount === null) check.refuse("staffCount", `“${staffText}”不是数字`);
    const body = check.validate(createSocialOrganizationBodySchema, {
      name: check.text("name") ?? "",
      creditCode: creditCode ?? "",
      orgType: check.dictionary("orgType", orgTypes),
      registeringAuthority: check.text("registeringAuthority") ?? "",
      registeredOn,
      legalRepresentative: check.text("legalRepresentative"),
      domains: check.dictionaryList("domains", domains) ?? [],
      evaluationGrade: check.dictionary("evaluationGrade", grades) ?? null,
      staffCount,
      address: check.text("address"),
      status: check.dictionary("status", statuses),
      regionCode,
    });
    // A failed check character is one more problem of the row, listed with the others.
    const normalized = normalizeIdentifier(creditCode ?? "");
    let overrideReason: string | null = null;
    const code = parseCreditCode(normalized);
    if (code.ok && !code.isCheckValid && !check.isRefused("creditCode")) {
      const reason = check.text("overrideReason") ?? "";
      // Rare: a failing code is looked up, so a re-import keeps an override accepted earlier.
      const [existing] = await repository.findByCreditCodes(ctx.db, [normalized]);
      if (mayOverride && reason.length >= 4) {
        overrideReason = reason;
      } else if (existing?.credit_code_override_reason && isInScope(user, existing.region_code)) {
        overrideReason = existing.credit_code_override_reason;
      } else {
        const advice = mayOverride
          ? "；如已核对登记证书确认无误，请在“校验位例外理由”列填写理由（至少 4 个字）"
          : "；如登记证书上的代码确实如此，请联系具有“信用代码校验例外”权限的管理员处理";
        check.refuse("creditCode", checkCharacterMessage(code.expectedCheck) + advice);
      }
    }
    if (!body || check.problems.length > 0) return { problems: check.problems };
    return { record: { columns: columnsOf(body), creditCode: normalized, overrideReason } };
  }

  return runRegistryImport<OrganizationColumnKey, ImportedOrganization>(
    ctx,
    user,
    file,
    mode,
    {
      entity,
      reportFileName: "社会组织导入错误报告.xlsx",
      columns: organizationImportColumns,
      checkRow,
      keyOf: (record) => ({ key: record.creditCode, column: headerOf("creditCode") }),
      async findExisting(db, keys) {
        const found = new Map<string, ExistingRecord>();
        for (const row of await repository.findByCreditCodes(db, keys)) {
          found.set(row.credit_code, {
            id: row.id,
            regionCode: row.region_code,
            label: `${row.name}（${row.credit_code}）`,
          });
        }
        return found;
      },
      onExisting: "update",
      async writeBatch(trx, rows) {
        const now = ctx.clock.now();
        const at = now.toISOString();
        const fresh = rows.filter((r) => r.existing === null);
        await repository.insertOrganizations(
          trx,
          fresh.map(({ record }) => ({
            ...record.columns,
            credit_code: record.creditCode,
            credit_code_override_reason: record.overrideReason,
            is_active: 1,
            is_demo: 0,
            created_at: at,
            created_by: user.id,
            updated_at: at,
            updated_by: user.id,
          })),
        );
        const inserted = await repository.findFullByCreditCodes(
          trx,
          fresh.map((r) => r.record.creditCode),
        );
        for (const row of inserted) {
          await writeAudit(trx, actor, now, {
            action: "socialOrganization.import.create",
            entity,
            entityId: row.id,
            before: null,
            after: auditedOrganization(row),
          });
        }
        const updates = rows.filter((r) => r.existing !== null);
        const previous = new Map(
          (
            await repository.findFullByCreditCodes(
              trx,
              updates.map((r) => r.record.creditCode),
            )
          ).map((row) => [row.id, row]),
        );
        for (const { record, existing } of updates) {
          const before = existing ? previous.get(existing.id) : undefined;
          if (!existing || !before) continue;
          const after = {
            ...before,
            ...record.columns,
            credit_code_override_reason: record.overrideReason,
            updated_at: at,
            updated_by: user.id,
          };
          const beforeAudit = auditedOrganization(before);
          const afterAudit = auditedOrganization(after);
          if (JSON.stringify(beforeAudit) === JSON.stringify(afterAudit)) continue;
          await repository.updateOrganization(trx, existing.id, {
            ...record.columns,
            credit_code_override_reason: record.overrideReason,
            updated_at: at,
            updated_by: user.id,
          });
          const diff = changedFields(beforeAudit, afterAudit);
          await writeAudit(trx, actor, now, {
            action: "socialOrganization.import.update",
            entity,
            entityId: existing.id,
            ...diff,
          });
        }
      },
    },
    report,
  );
}
