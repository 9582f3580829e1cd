import {
  type ImportMode,
  type ImportResult,
  type Page,
  type Region,
  type RegionListQuery,
  regionLevelOf,
  regionLevelsOf,
  residentsMaximum,
} from "@xinqiao/shared";
import { writeAudit } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import { forbidden, invalid, notFound } from "../../platform/errors.ts";
import { buildTemplate, parseInteger } from "../../platform/excel/index.ts";
import { type RowProblem, runRegistryImport } from "../../platform/importFlow.ts";
import { loadRegionResolver } from "../../platform/importRegions.ts";
import type { JobProgress } from "../../platform/jobs.ts";
import { pageWindow, toPage } from "../../platform/pagination.ts";
import { findRegions, regionNamesOf } from "../../platform/regionLookup.ts";
import { assertInScope, isInScope, scopedLoader } from "../../platform/scope.ts";
import { residentsColumns } from "./regions.excel.ts";
import { canEditResidents } from "./regions.policy.ts";
import { pathCodes, presentRegion } from "./regions.presenter.ts";
import type { PresentedRegionRow } from "./regions.repository.ts";
import * as repository from "./regions.repository.ts";

type Context = Pick<AppContext, "db" | "clock" | "importReports">;

async function present(ctx: Context, user: RequestUser, rows: PresentedRegionRow[]): Promise<Region[]> {
  const names = await regionNamesOf(
    ctx.db,
    rows.flatMap((row) => pathCodes(user, row.code)),
  );
  return rows.map((row) => presentRegion(user, row, names));
}

const regionRecordInScope = scopedLoader(
  repository.findRegion,
  "区划",
  (row: PresentedRegionRow) => row.code,
);

function regionInScope(ctx: Context, user: RequestUser, code: string): Promise<PresentedRegionRow> {
  // Known without a query when outside the scope.
  if (!isInScope(user, code)) throw notFound("区划不存在");
  return regionRecordInScope(ctx.db, user, code);
}

export async function listRegions(
  ctx: Context,
  user: RequestUser,
  query: RegionListQuery,
): Promise<Page<Region>> {
  const parent = query.parent ?? user.regionCode;
  assertInScope(user, parent);
  // Every tree expansion lands here: the parent is known by its (cached) path names, not read.
  const parentPathNames = await regionNamesOf(ctx.db, pathCodes(user, parent));
  if (!parentPathNames.has(parent)) throw notFound("区划不存在");
  const { limit, offset } = pageWindow(query);
  if (query.q) {
    const levels = query.levels ? regionLevelsOf(query.levels) : null;
    const rows = await repository.searchRegions(ctx.db, query.q, parent, levels, limit, offset);
    // A picker asks for a first page it rarely fills: then the page is the count.
    const total =
      offset === 0 && rows.length < limit
        ? rows.length
        : await repository.countSearchRegions(ctx.db, query.q, parent, levels);
    return toPage(await present(ctx, user, rows), total, query);
  }
  const rows = await repository.listChildRegions(ctx.db, parent, limit, offset);
  // A first page that is not full holds every child: no need to count them.
  const total =
    offset === 0 && rows.length < limit ? rows.length : await repository.countChildRegions(ctx.db, parent);
  // A child's path is its parent's path and itself.
  return toPage(
    rows.map((row) => presentRegion(user, row, parentPathNames)),
    total,
    query,
  );
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
    (await findRegions(ctx.db, [...new Set(communities.map((c) => c.parent_code ?? ""))])).map((r) => [
      r.code,
      r.name,
    ]),
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

/**
 * Residents per community from Excel, through the registries' import flow: the key is the
 * community, named by its code or (code left blank) by its street and community names under the
 * region rule every import follows (platform/importRegions.ts); every row updates an existing community (none is created), and each change
 * is audited; the streets, districts and city above are rolled up per batch. Who may import is
 * the route's to say (registerImportRoute: regions.residents.edit).
 */
export async function importResidents(
  ctx: Context,
  user: RequestUser,
  file: Buffer,
  mode: ImportMode,
  ip: string | null,
  report?: (progress: JobProgress) => void,
): Promise<ImportResult> {
  const communities = new Map(
    (await repository.listCommunitiesWithin(ctx.db, user.regionCode)).map((c) => [c.code, c.residents]),
  );
  const regions = await loadRegionResolver(ctx.db, user);
  const actor = actorOf(user, ip);
  return runRegistryImport(
    ctx,
    user,
    file,
    mode,
    {
      entity: "region",
      reportFileName: "常住人口导入错误报告.xlsx",
      columns: residentsColumns,
      checkRow(row) {
        const problems: RowProblem[] = [];
        // The code when the row has one (the template's rows do); else the names beside it.
        const typedCode = (row.values.code ?? "").replace(/\s+/g, "");
        const cell = typedCode || [row.values.street, row.values.name].filter(Boolean).join("/");
        const region = regions.resolve(cell, ["community"]);
        const code = region.ok ? region.code : "";
        const residents = parseInteger(row.values.residents ?? "");
        if (!region.ok) {
          problems.push({ column: "区划代码", message: region.message });
        } else if (!communities.has(code)) {
          problems.push({ column: "区划代码", message: "区划不存在、不是社区（村）或不在您的管辖范围内" });
        }
        if (residents === null) {
          problems.push({ column: "常住人口", message: "常住人口应为整数" });
        } else if (residents < 0 || residents > residentsMaximum) {
          problems.push({ column: "常住人口", message: `常住人口应在 0 到 ${residentsMaximum} 之间` });
        }
        return problems.length > 0 || residents === null ? { problems } : { record: { code, residents } };
      },
      keyOf: (record) => ({ key: record.code, column: "区划代码" }),
      async findExisting(_db, keys) {
        return new Map(keys.map((code) => [code, { id: 0, regionCode: code, label: code }]));
      },
      onExisting: "update",
      async writeBatch(trx, rows) {
        const now = ctx.clock.now();
        for (const { record } of rows) {
          await repository.setCommunityResidents(trx, record.code, record.residents, {
            userId: user.id,
            at: now.toISOString(),
            isDemo: false,
          });
          await writeAudit(trx, actor, now, {
            action: "region.residents.import",
            entity: "region",
            entityId: record.code,
            before: { residents: communities.get(record.code) ?? null },
            after: { residents: record.residents },
          });
        }
        await repository.refreshRollups(trx, repository.ancestorsOf(rows.map((r) => r.record.code)));
      },
    },
    report,
  );
}
