import {
  createSocialOrganizationBodySchema,
  type ImportMode,
  type ImportResult,
  normalizeIdentifier,
  organizationStatuses,
  parseCreditCode,
  toHalfWidthText,
} from "@xinqiao/shared";
import { changedFields, writeAudit } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import { todayInChina } from "../../platform/clock.ts";
import type { AppContext } from "../../platform/context.ts";
import { forbidden } from "../../platform/errors.ts";
import {
  buildTemplate,
  type ImportRow,
  looksLikeMangledIdNumber,
  mangledNumberMessage,
  parseDecimal,
  parseExcelDate,
} from "../../platform/excel/index.ts";
import { type ExistingRecord, type RowProblem, runRegistryImport } from "../../platform/importFlow.ts";
import type { JobProgress } from "../../platform/jobs.ts";
import { isInScope } from "../../platform/scope.ts";
import {
  type OrganizationColumnKey,
  organizationImportColumns,
  reimportNote,
} from "./socialOrganizations.excel.ts";
import { canManage, canOverrideCreditCode } from "./socialOrganizations.policy.ts";
import { auditedOrganization } from "./socialOrganizations.presenter.ts";
import * as repository from "./socialOrganizations.repository.ts";
import { checkCharacterMessage, columnsOf, entity } from "./socialOrganizations.service.ts";

/**
 * Social organizations from Excel through the registries' one import flow. Each row is checked
 * with the same zod schema as the form, plus the region (a name or code in scope), the check
 * character (refused, unless the importing user may override and the row gives a reason, or the
 * code was accepted before) and the registration date. The key is the credit code: re-importing
 * updates the organization that holds it.
 */
type Context = Pick<AppContext, "db" | "clock" | "importReports">;

const fieldColumns: Record<string, OrganizationColumnKey> = {
  name: "name",
  creditCode: "creditCode",
  creditCodeOverrideReason: "overrideReason",
  orgType: "orgType",
  registeringAuthority: "registeringAuthority",
  registeredOn: "registeredOn",
  legalRepresentative: "legalRepresentative",
  domains: "domains",
  evaluationGrade: "evaluationGrade",
  staffCount: "staffCount",
  address: "address",
  status: "status",
  regionCode: "region",
};
const headers = new Map(organizationImportColumns.map((c) => [c.key, c.header]));
const headerOf = (key: OrganizationColumnKey) => headers.get(key) ?? key;
const statusByLabel = new Map<string, string>(
  Object.entries(organizationStatuses).map(([id, name]) => [name, id]),
);

export function organizationTemplate(): Promise<Buffer> {
  return buildTemplate({
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

/** Finds a district or street of the user's scope by code, name, or "district name + street name". */
function regionResolver(regions: { code: string; name: string; level: string }[]) {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const byName = new Map<string, string[]>();
  for (const region of regions) byName.set(region.name, [...(byName.get(region.name) ?? []), region.code]);
  const districts = regions.filter((r) => r.level === "district");
  return (text: string): { code: string } | { problem: string } => {
    const value = toHalfWidthText(text).replace(/\s+/g, "");
    if (/^\d{12}$/.test(value)) {
      return byCode.has(value)
        ? { code: value }
        : { problem: "区划代码不存在、不是区（县）或街道，或不在您的管辖范围内" };
    }
    let codes = byName.get(value) ?? [];
    if (codes.length === 0) {
      const district = districts.find((d) => value.startsWith(d.name) && value.length > d.name.length);
      if (district) {
        const rest = value.slice(district.name.length);
        codes = (byName.get(rest) ?? []).filter((code) => code.startsWith(district.code.slice(0, 6)));
      }
    }
    if (codes.length === 1 && codes[0]) return { code: codes[0] };
    if (codes.length > 1) return { problem: `“${value}”有重名，请填写 12 位区划代码` };
    return { problem: `“${value}”不是您管辖范围内的区（县）或街道（乡镇）` };
  };
}

/** Checked before the job starts, so the browser gets a 403 rather than a failed job. */
export function assertMayImportOrganizations(user: RequestUser): void {
  if (!canManage(user)) throw forbidden();
}

export async function importSocialOrganizations(
  ctx: Context,
  user: RequestUser,
  file: Buffer,
  mode: ImportMode,
  ip: string | null,
  report?: (progress: JobProgress) => void,
): Promise<ImportResult> {
  assertMayImportOrganizations(user);
  const resolveRegion = regionResolver(
    await repository.listOrganizationRegionsWithin(ctx.db, user.regionCode),
  );
  const today = todayInChina(ctx.clock.now());
  const mayOverride = canOverrideCreditCode(user);
  const actor = actorOf(user, ip);

  async function checkRow(row: ImportRow<OrganizationColumnKey>) {
    const values = row.values;
    const problems: RowProblem[] = [];
    const problem = (key: OrganizationColumnKey, message: string) =>
      problems.push({ column: headerOf(key), message });

    const rawCode = values.creditCode ?? "";
    if (looksLikeMangledIdNumber(rawCode, row.numericCellKeys.includes("creditCode"))) {
      problem("creditCode", mangledNumberMessage(headerOf("creditCode")));
    }
    let regionCode = "";
    if (values.region) {
      const resolved = resolveRegion(values.region);
      if ("code" in resolved) regionCode = resolved.code;
      else problem("region", resolved.problem);
    } else {
      problem("region", "不能为空");
    }
    let registeredOn: string | null = null;
    if (values.registeredOn) {
      registeredOn = parseExcelDate(values.registeredOn);
      if (!registeredOn) problem("registeredOn", `“${values.registeredOn}”不是有效日期（如 2024-01-05）`);
      else if (registeredOn > today) problem("registeredOn", "不能晚于今天");
    }
    let staffCount = 0;
    if (values.staffCount) {
      // Read as any number so that -3 or 2.5 get the schema's reason, as on the form.
      const parsed = parseDecimal(values.staffCount);
      if (parsed === null) problem("staffCount", `“${values.staffCount}”不是数字`);
      else staffCount = parsed;
    }
    let status: string | undefined;
    if (values.status) {
      status =
        statusByLabel.get(values.status) ??
        (values.status in organizationStatuses ? values.status : undefined);
      if (!status) problem("status", `取值无效，可选值：${Object.values(organizationStatuses).join("、")}`);
    }
    const grade = values.evaluationGrade ? toHalfWidthText(values.evaluationGrade).toUpperCase() : null;
    const body = {
      name: values.name ?? "",
      creditCode: rawCode,
      orgType: values.orgType ?? undefined,
      registeringAuthority: values.registeringAuthority ?? "",
      registeredOn,
      legalRepresentative: values.legalRepresentative,
      domains: (values.domains ?? "").split(/[、，,;；\s]+/).filter(Boolean),
      evaluationGrade: grade === "无" || grade === "未评估" ? null : grade,
      staffCount,
      address: values.address,
      status: status ?? (values.status ? "active" : undefined),
      // A region problem is already reported; a placeholder keeps the schema from repeating it.
      regionCode: regionCode || "330200000000",
    };
    const parsed = createSocialOrganizationBodySchema.safeParse(body);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "");
        if (field === "regionCode") continue;
        const key = fieldColumns[field];
        if (key && !problems.some((p) => p.column === headerOf(key))) problem(key, issue.message);
      }
    }
    if (problems.length > 0 || !parsed.success) return { problems };

    const creditCode = normalizeIdentifier(parsed.data.creditCode);
    let overrideReason: string | null = null;
    const code = parseCreditCode(creditCode);
    if (code.ok && !code.isCheckValid) {
      const reason = values.overrideReason?.trim() ?? "";
      // Rare: a failing code is looked up, so a re-import keeps an override accepted earlier.
      const [existing] = await repository.findByCreditCodes(ctx.db, [creditCode]);
      if (mayOverride && reason.length >= 4) {
        overrideReason = reason;
      } else if (existing?.credit_code_override_reason && isInScope(user, existing.region_code)) {
        overrideReason = existing.credit_code_override_reason;
      } else {
        const advice = mayOverride
          ? "；如已核对登记证书确认无误，请在“校验位例外理由”列填写理由（至少 4 个字）"
          : "；如登记证书上的代码确实如此，请联系具有“信用代码校验例外”权限的管理员处理";
        return {
          problems: [
            { column: headerOf("creditCode"), message: checkCharacterMessage(code.expectedCheck) + advice },
          ],
        };
      }
    }
    return { record: { columns: columnsOf({ ...parsed.data, regionCode }), creditCode, overrideReason } };
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
