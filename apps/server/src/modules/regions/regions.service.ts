import {
  type ImportMode,
  type ImportResult,
  type Page,
  type Region,
  type RegionListQuery,
  regionLevelOf,
  residentsMaximum,
} from "@xinqiao/shared";
import { writeAudit } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import type { RegionRow } from "../../platform/db/tables.ts";
import { forbidden, invalid, notFound } from "../../platform/errors.ts";
import {
  buildErrorReport,
  buildTemplate,
  parseInteger,
  readImportSheet,
} from "../../platform/excel/index.ts";
import { pageWindow, toPage } from "../../platform/pagination.ts";
import { assertInScope, isInScope } from "../../platform/scope.ts";
import { residentsColumns } from "./regions.excel.ts";
import { canEditResidents } from "./regions.policy.ts";
import { pathCodes, presentRegion } from "./regions.presenter.ts";
import * as repository from "./regions.repository.ts";

type Context = Pick<AppContext, "db" | "clock" | "importReports">;

async function present(ctx: Context, user: RequestUser, rows: RegionRow[]): Promise<Region[]> {
  const codes = new Set(rows.flatMap((row) => pathCodes(user, row.code)));
  const names = new Map(
    (await repository.findRegionsByCodes(ctx.db, [...codes])).map((r) => [r.code, r.name]),
  );
  return rows.map((row) => presentRegion(user, row, names));
}

async function regionInScope(ctx: Context, user: RequestUser, code: string): Promise<RegionRow> {
  assertInScope(user, code);
  const row = await repository.findRegion(ctx.db, code);
  if (!row) throw notFound("区划不存在");
  return row;
}

export async function listRegions(
  ctx: Context,
  user: RequestUser,
  query: RegionListQuery,
): Promise<Page<Region>> {
  const parent = query.parent ?? user.regionCode;
  await regionInScope(ctx, user, parent);
  const { limit, offset } = pageWindow(query);
  if (query.q) {
    const [rows, total] = await Promise.all([
      repository.searchRegions(ctx.db, query.q, parent, limit, offset),
      repository.countSearchRegions(ctx.db, query.q, parent),
    ]);
    return toPage(await present(ctx, user, rows), total, query);
  }
  const [rows, total] = await Promise.all([
    repository.listChildRegions(ctx.db, parent, limit, offset),
    repository.countChildRegions(ctx.db, parent),
  ]);
  return toPage(await present(ctx, user, rows), total, query);
}

export async function getRegion(ctx: Context, user: RequestUser, code: string): Promise<Region> {
  const row = await regionInScope(ctx, user, code);
  const [region] = await present(ctx, user, [row]);
  if (!region) throw notFound();
  return region;
}

export async function updateResidents(
  ctx: Context,
  user: RequestUser,
  code: string,
  residents: number,
  ip: string | null,
): Promise<Region> {
  const before = await regionInScope(ctx, user, code);
  if (regionLevelOf(code) !== "community") {
    throw invalid([{ path: "residents", message: "常住人口：只能按社区（村）填报，街道及以上为汇总值" }]);
  }
  if (!canEditResidents(user, code)) throw forbidden();
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await repository.setCommunityResidents(trx, code, residents, {
      userId: user.id,
      at: now.toISOString(),
      isDemo: false,
    });
    await repository.refreshRollups(trx, repository.ancestorsOf([code]));
    await writeAudit(trx, actorOf(user, ip), now, {
      action: "region.residents.update",
      entity: "region",
      entityId: code,
      before: { residents: before.residents, isResidentsDemo: before.is_residents_demo === 1 },
      after: { residents, isResidentsDemo: false },
    });
  });
  return getRegion(ctx, user, code);
}

export async function residentsTemplate(
  ctx: Context,
  user: RequestUser,
  parent: string | undefined,
): Promise<Buffer> {
  const within = parent ?? user.regionCode;
  await regionInScope(ctx, user, within);
  const communities = await repository.listCommunitiesWithin(ctx.db, within);
  const streetNames = new Map(
    (
      await repository.findRegionsByCodes(ctx.db, [...new Set(communities.map((c) => c.parent_code ?? ""))])
    ).map((r) => [r.code, r.name]),
  );
  return buildTemplate({
    sheetName: "常住人口",
    columns: residentsColumns,
    rows: communities.map((c) => ({
      code: c.code,
      street: streetNames.get(c.parent_code ?? "") ?? "",
      name: c.name,
      residents: c.residents,
    })),
  });
}

interface ValidRow {
  rowNumber: number;
  code: string;
  residents: number;
}

export async function importResidents(
  ctx: Context,
  user: RequestUser,
  file: Buffer,
  mode: ImportMode,
  ip: string | null,
): Promise<ImportResult> {
  if (!user.permissions.has("regions.residents.edit")) throw forbidden();
  const sheet = await readImportSheet(file, residentsColumns);
  const communities = new Map(
    (await repository.listCommunitiesWithin(ctx.db, user.regionCode)).map((c) => [c.code, c.residents]),
  );
  const errors: ImportResult["errors"] = [];
  const valid: ValidRow[] = [];
  const seen = new Map<string, number>();
  for (const row of sheet.rows) {
    const rowErrors: { column: string; message: string }[] = [];
    const code = (row.values.code ?? "").replace(/\s+/g, "");
    const residents = parseInteger(row.values.residents ?? "");
    if (!/^\d{12}$/.test(code)) {
      rowErrors.push({ column: "区划代码", message: "区划代码应为 12 位数字" });
    } else if (!communities.has(code) || !isInScope(user, code)) {
      rowErrors.push({ column: "区划代码", message: "区划代码不存在、不是社区（村）或不在您的管辖范围内" });
    } else if (seen.has(code)) {
      rowErrors.push({ column: "区划代码", message: `与第 ${seen.get(code)} 行重复` });
    }
    if (residents === null) {
      rowErrors.push({ column: "常住人口", message: "常住人口应为整数" });
    } else if (residents < 0 || residents > residentsMaximum) {
      rowErrors.push({ column: "常住人口", message: `常住人口应在 0 到 ${residentsMaximum} 之间` });
    }
    if (rowErrors.length > 0) {
      errors.push(...rowErrors.map((e) => ({ row: row.rowNumber, ...e })));
    } else if (residents !== null) {
      seen.set(code, row.rowNumber);
      valid.push({ rowNumber: row.rowNumber, code, residents });
    }
  }

  let errorReportId: string | null = null;
  if (errors.length > 0) {
    const messagesByRow = new Map<number, string[]>();
    for (const e of errors) messagesByRow.set(e.row, [...(messagesByRow.get(e.row) ?? []), e.message]);
    const report = await buildErrorReport({
      sheetName: "错误报告",
      headerRow: sheet.headerRow,
      rows: sheet.rows
        .filter((r) => messagesByRow.has(r.rowNumber))
        .map((r) => ({
          rowNumber: r.rowNumber,
          original: r.original,
          messages: messagesByRow.get(r.rowNumber) ?? [],
        })),
    });
    errorReportId = ctx.importReports.save(user.id, "常住人口导入错误报告.xlsx", report);
  }

  const shouldImport = errors.length === 0 || mode === "valid-only";
  let importedRows = 0;
  if (shouldImport && valid.length > 0) {
    const now = ctx.clock.now();
    const actor = actorOf(user, ip);
    await ctx.db.transaction().execute(async (trx) => {
      for (const row of valid) {
        const before = communities.get(row.code) ?? null;
        await repository.setCommunityResidents(trx, row.code, row.residents, {
          userId: user.id,
          at: now.toISOString(),
          isDemo: false,
        });
        await writeAudit(trx, actor, now, {
          action: "region.residents.import",
          entity: "region",
          entityId: row.code,
          before: { residents: before },
          after: { residents: row.residents },
        });
      }
      await repository.refreshRollups(trx, repository.ancestorsOf(valid.map((r) => r.code)));
    });
    importedRows = valid.length;
  }
  return { totalRows: sheet.rows.length, validRows: valid.length, importedRows, errors, errorReportId };
}
