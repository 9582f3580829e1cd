import {
  type AuditEntry,
  type CreatePlatformBody,
  type ErrorField,
  type Page,
  type Platform,
  type PlatformDetail,
  type PlatformListQuery,
  platformFieldLabels,
  platformKinds,
  platformRegionProblem,
  type UpdatePlatformBody,
} from "@xinqiao/shared";
import type { Insertable } from "kysely";
import { changeActiveState } from "../../platform/activation.ts";
import { changedFields, recordHistory, writeAudit } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import { activationTarget } from "../../platform/bulkActivation.ts";
import { todayInChina } from "../../platform/clock.ts";
import type { AppContext } from "../../platform/context.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { conflict, invalid, notFound } from "../../platform/errors.ts";
import { pageWindow, sortOrder, toPage } from "../../platform/pagination.ts";
import { pinyinOf } from "../../platform/pinyin.ts";
import { regionPathNamesOf, regionWithinScope } from "../../platform/regionLookup.ts";
import { isInScope, scopedLoader } from "../../platform/scope.ts";
import { auditedPlatform, presentPlatform } from "./platforms.presenter.ts";
import * as repository from "./platforms.repository.ts";
import type { PlatformTable } from "./platforms.tables.ts";

/**
 * Use-cases of the platforms registry: each write checks scope, that the region's level fits
 * the kind (center → district, station → street, room → community), the operating organization
 * and uniqueness of (kind, region, name), then writes and audits in one transaction.
 */
type Context = Pick<AppContext, "db" | "clock">;

export const entity = "platform";

const sortable = {
  id: "p.id",
  name: "p.pinyin",
  kind: "p.kind",
  regionCode: "p.region_code",
  floorArea: "p.floor_area",
  openedOn: "p.opened_on",
  status: "p.status",
  staffCount: "staff_count",
  updatedAt: "p.updated_at",
  createdAt: "p.created_at",
};

const label = (field: string) => platformFieldLabels[field] ?? field;

export async function presentAll(db: Queryable, user: RequestUser, rows: repository.PlatformRecord[]) {
  const names = await regionPathNamesOf(
    db,
    rows.map((row) => row.region_code),
  );
  return rows.map((row) => presentPlatform(user, row, names));
}

export async function listPlatforms(
  ctx: Context,
  user: RequestUser,
  query: PlatformListQuery,
): Promise<Page<Platform>> {
  const order = sortOrder(query.sort, sortable, { column: "p.region_code", direction: "asc" });
  const [rows, total] = await Promise.all([
    repository.listPlatforms(ctx.db, user.regionCode, query, order, pageWindow(query)),
    repository.countPlatforms(ctx.db, user.regionCode, query),
  ]);
  return toPage(await presentAll(ctx.db, user, rows), total, query);
}

const recordInScope = scopedLoader(repository.findPlatform, "服务平台");

export async function getPlatform(ctx: Context, user: RequestUser, id: number): Promise<PlatformDetail> {
  const row = await recordInScope(ctx.db, user, id);
  const [[platform], staff] = await Promise.all([
    presentAll(ctx.db, user, [row]),
    repository.listStaffOf(ctx.db, id, user.regionCode),
  ]);
  if (!platform) throw notFound("服务平台不存在");
  return {
    ...platform,
    staff: staff.map((w) => ({
      id: w.id,
      name: w.name,
      qualificationLevel: w.qualification_level,
      position: w.position,
      employmentStatus: w.employment_status,
    })),
  };
}

export async function platformHistory(ctx: Context, user: RequestUser, id: number): Promise<AuditEntry[]> {
  await recordInScope(ctx.db, user, id);
  return recordHistory(ctx.db, entity, id);
}

type PlatformFields = CreatePlatformBody;

/** The business columns of a record (the import writes them too). */
export function columnsOf(body: PlatformFields) {
  const { full, initials } = pinyinOf(body.name);
  return {
    kind: body.kind,
    name: body.name,
    pinyin: full,
    pinyin_initials: initials,
    region_code: body.regionCode,
    address: body.address || null,
    floor_area: body.floorArea ?? null,
    facilities_json: JSON.stringify(body.facilities),
    operator_organization_id: body.operatorOrganizationId ?? null,
    opened_on: body.openedOn ?? null,
    status: body.status,
  } satisfies Partial<Insertable<PlatformTable>>;
}

/** Region (exists, in scope, level fits the kind), operator (in scope, active) and dates. */
async function fieldProblems(
  db: Queryable,
  user: RequestUser,
  now: Date,
  body: PlatformFields,
  changed: { region: boolean; operator: boolean },
): Promise<ErrorField[]> {
  const problems: ErrorField[] = [];
  if (changed.region) {
    if (!(await regionWithinScope(db, user, body.regionCode))) {
      problems.push({ path: "regionCode", message: `${label("regionCode")}：不存在或不在您的管辖范围内` });
    }
  }
  const levelProblem = platformRegionProblem(body.kind, body.regionCode);
  if (levelProblem) problems.push({ path: "regionCode", message: `${label("regionCode")}：${levelProblem}` });
  if (changed.operator && body.operatorOrganizationId) {
    const operator = await repository.findOperator(db, body.operatorOrganizationId);
    if (!operator || !isInScope(user, operator.region_code)) {
      problems.push({
        path: "operatorOrganizationId",
        message: `${label("operatorOrganizationId")}：不存在或不在您的管辖范围内`,
      });
    } else if (operator.is_active !== 1) {
      problems.push({
        path: "operatorOrganizationId",
        message: `${label("operatorOrganizationId")}：该社会组织已停用`,
      });
    }
  }
  if (body.status === "operating" && body.openedOn && body.openedOn > todayInChina(now)) {
    problems.push({ path: "openedOn", message: `${label("openedOn")}：运营中的平台启用日期不能晚于今天` });
  }
  return problems;
}

async function assertUnique(db: Queryable, body: PlatformFields, exceptId: number | null): Promise<void> {
  const same = (await repository.findByNaturalKeys(db, [body.name])).find(
    (p) => p.kind === body.kind && p.region_code === body.regionCode && p.id !== exceptId,
  );
  if (same) {
    throw conflict(`该区划已有同名的${platformKinds[body.kind]}“${same.name}”`, [
      {
        path: "name",
        message: `${label("name")}：该区划已有同名的${platformKinds[body.kind]}（编号 ${same.id}）`,
      },
    ]);
  }
}

export async function createPlatform(
  ctx: Context,
  user: RequestUser,
  body: CreatePlatformBody,
  ip: string | null,
): Promise<PlatformDetail> {
  const now = ctx.clock.now();
  const problems = await fieldProblems(ctx.db, user, now, body, { region: true, operator: true });
  if (problems.length > 0) throw invalid(problems);
  await assertUnique(ctx.db, body, null);
  const at = now.toISOString();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const newId = await repository.insertPlatform(trx, {
      ...columnsOf(body),
      is_active: 1,
      is_demo: 0,
      created_at: at,
      created_by: user.id,
      updated_at: at,
      updated_by: user.id,
    });
    await writeAudit(trx, actorOf(user, ip), now, {
      action: "platform.create",
      entity,
      entityId: newId,
      before: null,
      after: auditedPlatform(await recordInScope(trx, user, newId)),
    });
    return newId;
  });
  return getPlatform(ctx, user, id);
}

export async function updatePlatform(
  ctx: Context,
  user: RequestUser,
  id: number,
  body: UpdatePlatformBody,
  ip: string | null,
): Promise<PlatformDetail> {
  const before = await recordInScope(ctx.db, user, id);
  const merged: PlatformFields = {
    kind: body.kind ?? before.kind,
    name: body.name ?? before.name,
    regionCode: body.regionCode ?? before.region_code,
    address: body.address === undefined ? before.address : body.address,
    floorArea: body.floorArea === undefined ? before.floor_area : body.floorArea,
    facilities: body.facilities ?? (JSON.parse(before.facilities_json) as PlatformFields["facilities"]),
    operatorOrganizationId:
      body.operatorOrganizationId === undefined
        ? before.operator_organization_id
        : body.operatorOrganizationId,
    openedOn: body.openedOn === undefined ? before.opened_on : body.openedOn,
    status: body.status ?? before.status,
  };
  const now = ctx.clock.now();
  // What the form sends back unchanged is not judged again: a platform run by an organization
  // of another district (a reference the user may see but not open) stays editable.
  const problems = await fieldProblems(ctx.db, user, now, merged, {
    region: merged.regionCode !== before.region_code || merged.kind !== before.kind,
    operator: merged.operatorOrganizationId !== before.operator_organization_id,
  });
  if (problems.length > 0) throw invalid(problems);
  if (body.name !== undefined || body.kind !== undefined || body.regionCode !== undefined) {
    await assertUnique(ctx.db, merged, id);
  }
  await ctx.db.transaction().execute(async (trx) => {
    await repository.updatePlatform(trx, id, {
      ...columnsOf(merged),
      updated_at: now.toISOString(),
      updated_by: user.id,
    });
    const after = await recordInScope(trx, user, id);
    await writeAudit(trx, actorOf(user, ip), now, {
      action: "platform.update",
      entity,
      entityId: id,
      ...changedFields(auditedPlatform(before), auditedPlatform(after)),
    });
  });
  return getPlatform(ctx, user, id);
}

export async function setPlatformActive(
  ctx: Context,
  user: RequestUser,
  id: number,
  isActive: boolean,
  ip: string | null,
): Promise<PlatformDetail> {
  const before = await recordInScope(ctx.db, user, id);
  await changeActiveState(ctx, user, ip, {
    entity,
    id,
    wasActive: before.is_active === 1,
    isActive,
    update: (trx, changes) => repository.updatePlatform(trx, id, changes),
  });
  return getPlatform(ctx, user, id);
}

/** Bulk 停用 / 启用 of 服务平台 (platform/bulkActivation.ts): the same loader and write as one record's. */
export const platformActivation = activationTarget({
  entity: entity,
  load: recordInScope,
  isActive: (row) => row.is_active === 1,
  update: (trx, id, changes) => repository.updatePlatform(trx, id, changes),
});
