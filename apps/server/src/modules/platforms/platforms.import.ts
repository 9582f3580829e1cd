import {
  createPlatformBodySchema,
  type ImportMode,
  type ImportResult,
  normalizeIdentifier,
  type PlatformKind,
  platformFacilities,
  platformKinds,
  platformStatuses,
  toHalfWidthText,
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
import { dictionaryOf, ImportColumns } from "../../platform/importColumns.ts";
import { type ExistingRecord, runRegistryImport } from "../../platform/importFlow.ts";
import { loadRegionResolver } from "../../platform/importRegions.ts";
import type { JobProgress } from "../../platform/jobs.ts";
import { type PlatformColumnKey, platformImportColumns, reimportNote } from "./platforms.excel.ts";
import { auditedPlatform } from "./platforms.presenter.ts";
import * as repository from "./platforms.repository.ts";
import { columnsOf, entity } from "./platforms.service.ts";

/**
 * Platforms from Excel through the registries' one import flow. Each row is checked with the
 * same zod schema as the form (kind ↔ region level included), plus the region (its code or its
 * names, in scope, at a district, street or community) and the operating organization (a name or
 * credit code in scope). The key is (kind, region, name): re-importing updates the platform it
 * names. Who may import is the route's to say (registerImportRoute).
 */
type Context = Pick<AppContext, "db" | "clock" | "importReports">;

const columns = new ImportColumns(platformImportColumns, {
  regionCode: "region",
  operatorOrganizationId: "operator",
});
const headerOf = (key: PlatformColumnKey) => columns.header(key);

const kinds = dictionaryOf<PlatformKind>(platformKinds, {
  社会工作服务中心: "center",
  服务中心: "center",
  中心: "center",
  社会工作服务站: "station",
  街道社会工作服务站: "station",
  乡镇社会工作服务站: "station",
  服务站: "station",
  站: "station",
  社会工作服务室: "room",
  服务室: "room",
  室: "room",
});
const statuses = dictionaryOf(platformStatuses);
const facilities = dictionaryOf(platformFacilities);

export function platformTemplate(regions: readonly TemplateRegion[]): Promise<Buffer> {
  return buildTemplate({
    regions,
    sheetName: "服务平台",
    title: `服务平台导入模板（${reimportNote}）`,
    columns: platformImportColumns,
  });
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

export async function importPlatforms(
  ctx: Context,
  user: RequestUser,
  file: Buffer,
  mode: ImportMode,
  ip: string | null,
  report?: (progress: JobProgress) => void,
): Promise<ImportResult> {
  const [regions, operators] = await Promise.all([
    loadRegionResolver(ctx.db, user),
    repository.listOperatorsWithin(ctx.db, user.regionCode),
  ]);
  const operatorByCode = new Map(operators.map((o) => [o.credit_code, o.id]));
  const operatorsByName = new Map<string, number[]>();
  for (const o of operators) operatorsByName.set(o.name, [...(operatorsByName.get(o.name) ?? []), o.id]);
  const today = todayInChina(ctx.clock.now());
  const actor = actorOf(user, ip);

  function checkRow(row: ImportRow<PlatformColumnKey>) {
    const check = columns.check(row);
    const kind = check.dictionary("kind", kinds);
    const regionCode = check.region("region", regions, ["district", "street", "community"]);
    const areaText = check.text("floorArea");
    const floorArea = areaText === null ? null : parseArea(areaText);
    if (areaText !== null && floorArea === null) check.refuse("floorArea", `“${areaText}”不是数字`);
    const openedOn = check.date("openedOn");
    const status = check.dictionary("status", statuses);
    if (status === "operating" && openedOn && openedOn > today) {
      check.refuse("openedOn", "运营中的平台启用日期不能晚于今天");
    }
    let operatorOrganizationId: number | null = null;
    const operator = check.text("operator");
    if (operator) {
      const byCode = operatorByCode.get(normalizeIdentifier(operator));
      const byName = operatorsByName.get(operator) ?? [];
      if (byCode) operatorOrganizationId = byCode;
      else if (byName.length === 1 && byName[0]) operatorOrganizationId = byName[0];
      else if (byName.length > 1) check.refuse("operator", "有多个同名社会组织，请填写统一社会信用代码");
      else check.refuse("operator", `“${operator}”不是您管辖范围内已登记的社会组织`);
    }
    const body = check.validate(createPlatformBodySchema, {
      kind,
      name: check.text("name") ?? "",
      regionCode,
      address: check.text("address"),
      floorArea,
      facilities: check.dictionaryList("facilities", facilities) ?? [],
      operatorOrganizationId,
      openedOn,
      status,
    });
    if (!body) return { problems: check.problems };
    return { record: { columns: columnsOf(body), key: keyOf(body.kind, body.regionCode, body.name) } };
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
