import {
  createPlatformBodySchema,
  type ImportMode,
  type ImportResult,
  isWithinRegion,
  normalizeIdentifier,
  type PlatformKind,
  platformKinds,
  platformStatuses,
  toHalfWidthText,
} from "@xinqiao/shared";
import { changedFields, writeAudit } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import { todayInChina } from "../../platform/clock.ts";
import type { AppContext } from "../../platform/context.ts";
import { forbidden } from "../../platform/errors.ts";
import { buildTemplate, type ImportRow, parseDecimal, parseExcelDate } from "../../platform/excel/index.ts";
import { type ExistingRecord, type RowProblem, runRegistryImport } from "../../platform/importFlow.ts";
import type { JobProgress } from "../../platform/jobs.ts";
import { type PlatformColumnKey, platformImportColumns, reimportNote } from "./platforms.excel.ts";
import { canManage } from "./platforms.policy.ts";
import { auditedPlatform } from "./platforms.presenter.ts";
import * as repository from "./platforms.repository.ts";
import { columnsOf, entity } from "./platforms.service.ts";

/**
 * Platforms from Excel through the registries' one import flow. Each row is checked with the
 * same zod schema as the form (kind ↔ region level included), plus the region (a name, a
 * "street + community" name or a code in scope) and the operating organization (a name or credit
 * code in scope). The key is (kind, region, name): re-importing updates the platform it names.
 */
type Context = Pick<AppContext, "db" | "clock" | "importReports">;

const fieldColumns: Record<string, PlatformColumnKey> = {
  kind: "kind",
  name: "name",
  regionCode: "region",
  address: "address",
  floorArea: "floorArea",
  facilities: "facilities",
  operatorOrganizationId: "operator",
  openedOn: "openedOn",
  status: "status",
};
const headers = new Map(platformImportColumns.map((c) => [c.key, c.header]));
const headerOf = (key: PlatformColumnKey) => headers.get(key) ?? key;

const kindByLabel = new Map<string, PlatformKind>([
  ...Object.entries(platformKinds).map(([id, name]) => [name, id as PlatformKind] as const),
  ["社会工作服务中心", "center"],
  ["服务中心", "center"],
  ["中心", "center"],
  ["社会工作服务站", "station"],
  ["街道社会工作服务站", "station"],
  ["乡镇社会工作服务站", "station"],
  ["服务站", "station"],
  ["站", "station"],
  ["社会工作服务室", "room"],
  ["服务室", "room"],
  ["室", "room"],
]);
const statusByLabel = new Map<string, string>(
  Object.entries(platformStatuses).map(([id, name]) => [name, id]),
);

export function platformTemplate(): Promise<Buffer> {
  return buildTemplate({
    sheetName: "服务平台",
    title: `服务平台导入模板（${reimportNote}）`,
    columns: platformImportColumns,
  });
}

/** Finds a region of the user's scope by code, exact name, or "parent name + child name". */
export function regionResolver(regions: { code: string; name: string }[]) {
  const byCode = new Set(regions.map((r) => r.code));
  const byName = new Map<string, string[]>();
  for (const region of regions) byName.set(region.name, [...(byName.get(region.name) ?? []), region.code]);
  return (text: string): { code: string } | { problem: string } => {
    const value = toHalfWidthText(text).replace(/[\s/／\\-]+/g, "");
    if (/^\d{12}$/.test(value)) {
      return byCode.has(value) ? { code: value } : { problem: "区划代码不存在或不在您的管辖范围内" };
    }
    let codes = byName.get(value) ?? [];
    if (codes.length === 0) {
      const found = new Set<string>();
      for (let split = 2; split <= value.length - 2; split++) {
        const parents = byName.get(value.slice(0, split)) ?? [];
        const children = byName.get(value.slice(split)) ?? [];
        for (const child of children) {
          if (parents.some((parent) => child !== parent && isWithinRegion(child, parent))) found.add(child);
        }
      }
      codes = [...found];
    }
    if (codes.length === 1 && codes[0]) return { code: codes[0] };
    if (codes.length > 1) return { problem: `“${value}”有重名，请写成“街道名+社区名”或填写 12 位区划代码` };
    return { problem: `“${value}”不是您管辖范围内的区划` };
  };
}

/** "45.5 平方米" → 45.5; a negative or zero area is read as typed, for the schema to refuse. */
function parseArea(text: string): number | null {
  const value = toHalfWidthText(text)
    .replace(/\s/g, "")
    .replace(/(平方米|㎡|m²|m2)$/i, "");
  return parseDecimal(value);
}

interface ImportedPlatform {
  columns: ReturnType<typeof columnsOf>;
  key: string;
}

const keyOf = (kind: string, regionCode: string, name: string) => `${kind}|${regionCode}|${name}`;

/** Checked before the job starts, so the browser gets a 403 rather than a failed job. */
export function assertMayImportPlatforms(user: RequestUser): void {
  if (!canManage(user)) throw forbidden();
}

export async function importPlatforms(
  ctx: Context,
  user: RequestUser,
  file: Buffer,
  mode: ImportMode,
  ip: string | null,
  report?: (progress: JobProgress) => void,
): Promise<ImportResult> {
  assertMayImportPlatforms(user);
  const [regions, operators] = await Promise.all([
    repository.listRegionsWithin(ctx.db, user.regionCode),
    repository.listOperatorsWithin(ctx.db, user.regionCode),
  ]);
  const resolveRegion = regionResolver(regions);
  const operatorByCode = new Map(operators.map((o) => [o.credit_code, o.id]));
  const operatorsByName = new Map<string, number[]>();
  for (const o of operators) operatorsByName.set(o.name, [...(operatorsByName.get(o.name) ?? []), o.id]);
  const today = todayInChina(ctx.clock.now());
  const actor = actorOf(user, ip);

  function checkRow(row: ImportRow<PlatformColumnKey>) {
    const values = row.values;
    const problems: RowProblem[] = [];
    const problem = (key: PlatformColumnKey, message: string) =>
      problems.push({ column: headerOf(key), message });

    let kind: string | undefined;
    if (values.kind) {
      kind =
        kindByLabel.get(values.kind.replace(/\s+/g, "")) ??
        (values.kind in platformKinds ? values.kind : undefined);
      if (!kind) problem("kind", `取值无效，可选值：${Object.values(platformKinds).join("、")}`);
    }
    let regionCode = "";
    if (values.region) {
      const resolved = resolveRegion(values.region);
      if ("code" in resolved) regionCode = resolved.code;
      else problem("region", resolved.problem);
    } else {
      problem("region", "不能为空");
    }
    let floorArea: number | null = null;
    if (values.floorArea) {
      floorArea = parseArea(values.floorArea);
      if (floorArea === null) problem("floorArea", `“${values.floorArea}”不是数字`);
    }
    let openedOn: string | null = null;
    if (values.openedOn) {
      openedOn = parseExcelDate(values.openedOn);
      if (!openedOn) problem("openedOn", `“${values.openedOn}”不是有效日期（如 2024-01-05）`);
    }
    let status: string | undefined;
    if (values.status) {
      status =
        statusByLabel.get(values.status) ?? (values.status in platformStatuses ? values.status : undefined);
      if (!status) problem("status", `取值无效，可选值：${Object.values(platformStatuses).join("、")}`);
    }
    if (status === "operating" && openedOn && openedOn > today) {
      problem("openedOn", "运营中的平台启用日期不能晚于今天");
    }
    let operatorOrganizationId: number | null = null;
    if (values.operator) {
      const byCode = operatorByCode.get(normalizeIdentifier(values.operator));
      const byName = operatorsByName.get(values.operator.trim()) ?? [];
      if (byCode) operatorOrganizationId = byCode;
      else if (byName.length === 1 && byName[0]) operatorOrganizationId = byName[0];
      else if (byName.length > 1) problem("operator", "有多个同名社会组织，请填写统一社会信用代码");
      else problem("operator", `“${values.operator}”不是您管辖范围内已登记的社会组织`);
    }
    const body = {
      kind: kind ?? (values.kind ? "station" : undefined),
      name: values.name ?? "",
      regionCode: regionCode || "000000000000",
      address: values.address,
      floorArea,
      facilities: (values.facilities ?? "").split(/[、，,;；\s]+/).filter(Boolean),
      operatorOrganizationId,
      openedOn,
      status: status ?? (values.status ? "operating" : undefined),
    };
    const parsed = createPlatformBodySchema.safeParse(body);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "");
        if (field === "regionCode" && (!regionCode || !kind)) continue;
        if (field === "kind" && !kind && values.kind) continue;
        const key = fieldColumns[field];
        if (key && !problems.some((p) => p.column === headerOf(key))) problem(key, issue.message);
      }
    }
    if (problems.length > 0 || !parsed.success) return { problems };
    return {
      record: {
        columns: columnsOf(parsed.data),
        key: keyOf(parsed.data.kind, parsed.data.regionCode, parsed.data.name),
      },
    };
  }

  return runRegistryImport<PlatformColumnKey, ImportedPlatform>(
    ctx,
    user,
    file,
    mode,
    {
      entity,
      reportFileName: "服务平台导入错误报告.xlsx",
      columns: platformImportColumns,
      checkRow,
      keyOf: (record) => ({ key: record.key, column: headerOf("name") }),
      async findExisting(db, keys) {
        const names = [...new Set(keys.map((key) => key.split("|").slice(2).join("|")))];
        const wanted = new Set(keys);
        const found = new Map<string, ExistingRecord>();
        for (const row of await repository.findByNaturalKeys(db, names)) {
          const key = keyOf(row.kind, row.region_code, row.name);
          if (wanted.has(key)) {
            found.set(key, {
              id: row.id,
              regionCode: row.region_code,
              label: `${row.name}（编号 ${row.id}）`,
            });
          }
        }
        return found;
      },
      onExisting: "update",
      async writeBatch(trx, rows) {
        const now = ctx.clock.now();
        const at = now.toISOString();
        const fresh = rows.filter((r) => r.existing === null);
        await repository.insertPlatforms(
          trx,
          fresh.map(({ record }) => ({
            ...record.columns,
            is_active: 1,
            is_demo: 0,
            created_at: at,
            created_by: user.id,
            updated_at: at,
            updated_by: user.id,
          })),
        );
        const names = [...new Set(rows.map((r) => r.record.columns.name))];
        const stored = await repository.findByNaturalKeys(trx, names);
        const storedByKey = new Map(stored.map((row) => [keyOf(row.kind, row.region_code, row.name), row]));
        const storedById = new Map(stored.map((row) => [row.id, row]));
        for (const { record } of fresh) {
          const row = storedByKey.get(record.key);
          if (!row) continue;
          await writeAudit(trx, actor, now, {
            action: "platform.import.create",
            entity,
            entityId: row.id,
            before: null,
            after: auditedPlatform(row),
          });
        }
        for (const { record, existing } of rows) {
          const before = existing ? storedById.get(existing.id) : undefined;
          if (!existing || !before) continue;
          const beforeAudit = auditedPlatform(before);
          const afterAudit = auditedPlatform({ ...before, ...record.columns });
          if (JSON.stringify(beforeAudit) === JSON.stringify(afterAudit)) continue;
          await repository.updatePlatform(trx, existing.id, {
            ...record.columns,
            updated_at: at,
            updated_by: user.id,
          });
          await writeAudit(trx, actor, now, {
            action: "platform.import.update",
            entity,
            entityId: existing.id,
            ...changedFields(beforeAudit, afterAudit),
          });
        }
      },
    },
    report,
  );
}
