import type {
  Activity,
  ActivityDetail,
  ActivityListQuery,
  ActivityStatus,
  CreateActivityInput,
  ErrorField,
  Page,
  UpdateActivityBody,
} from "@xinqiao/shared";
import { changedFields, writeAudit } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { parseJsonList } from "../../platform/db/jsonColumns.ts";
import { conflict, invalid } from "../../platform/errors.ts";
import { pageWindow, sortOrder, toPage } from "../../platform/pagination.ts";
import { referenceTo } from "../../platform/references.ts";
import { findRegions, regionPathNamesOf } from "../../platform/regionLookup.ts";
import { isInScope, listRegionOf, scopedLoader } from "../../platform/scope.ts";
import { abilitiesOf, maySeeParticipants } from "./activities.policy.ts";
import { presentActivity, presentSignup } from "./activities.presenter.ts";
import * as repository from "./activities.repository.ts";

/**
 * Use cases of activities: list, detail, create, edit, publish, cancel. Sign-ups, attendance and
 * the hours' confirmation are in activitySignups.service.ts. Every change runs in one transaction
 * with its audit entry.
 */
export type Context = Pick<AppContext, "db" | "clock">;

const sortable = { date: "a.date", name: "a.name", id: "a.id", updatedAt: "a.updated_at" };

export function activityFilters(
  user: RequestUser,
  query: Omit<ActivityListQuery, "page" | "pageSize" | "sort">,
): repository.ActivityFilters | null {
  const regionCode = listRegionOf(user.regionCode, query.regionCode);
  if (!regionCode) return null;
  return {
    regionCode,
    q: query.q?.trim() || undefined,
    status: query.status,
    method: query.method,
    domain: query.domain,
    dateFrom: query.dateFrom,
    dateTo: query.dateTo,
    recruiting: query.recruiting === undefined ? undefined : query.recruiting === "true",
  };
}

export async function listActivities(
  ctx: Context,
  user: RequestUser,
  query: ActivityListQuery,
): Promise<Page<Activity>> {
  const filters = activityFilters(user, query);
  if (!filters) return toPage([], 0, query);
  const order = sortOrder(query.sort, sortable, { column: "a.date", direction: "desc" });
  const window = pageWindow(query);
  const rows = await repository.listActivities(ctx.db, filters, order, window);
  const isLastPage = rows.length < window.limit && (rows.length > 0 || window.offset === 0);
  const total = isLastPage ? window.offset + rows.length : await repository.countActivities(ctx.db, filters);
  const names = await regionPathNamesOf(
    ctx.db,
    rows.map((row) => row.region_code),
  );
  return toPage(
    rows.map((row) => presentActivity(user, row, names)),
    total,
    query,
  );
}

/** The activity if it exists inside the user's scope; 404 otherwise. */
export const activityInScope = scopedLoader(repository.findActivity, "活动");

export async function getActivity(ctx: Context, user: RequestUser, id: number): Promise<ActivityDetail> {
  return presentDetail(ctx.db, user, await activityInScope(ctx.db, user, id));
}

async function presentDetail(
  db: Queryable,
  user: RequestUser,
  row: repository.ActivityRow,
): Promise<ActivityDetail> {
  const teamIds = parseIdList(row.recruit_team_ids_json);
  const [participants, signups, teams, recruitRegion] = await Promise.all([
    maySeeParticipants(user) ? repository.participantsOf(db, row.id) : Promise.resolve([]),
    repository.signupsOf(db, row.id),
    repository.teamsByIds(db, teamIds),
    row.recruit_region_code ? findRegions(db, [row.recruit_region_code]) : Promise.resolve([]),
  ]);
  const names = await regionPathNamesOf(db, [row.region_code]);
  return {
    ...presentActivity(user, row, names),
    volunteerSkills: parseJsonList(row.volunteer_skills_json),
    recruitTarget: row.recruit_target,
    recruitTeams: teams.map((team) =>
      referenceTo(user, { id: team.id, name: team.name, regionCode: team.region_code }),
    ),
    recruitRegion: recruitRegion[0] ? { code: recruitRegion[0].code, name: recruitRegion[0].name } : null,
    participants: participants.map((client) =>
      referenceTo(user, { id: client.id, name: client.name, regionCode: client.region_code }),
    ),
    report: row.report,
    satisfactionMean: row.satisfaction_mean === null ? null : Number(row.satisfaction_mean),
    satisfactionCount: row.satisfaction_count,
    cancelReason: row.cancel_reason,
    hoursConfirmedAt: row.hours_confirmed_at,
    signups: signups.map((signup) => presentSignup(user, signup)),
    abilities: abilitiesOf(user, {
      regionCode: row.region_code,
      status: row.status,
      hoursConfirmed: row.hours_confirmed_at !== null,
    }),
  };
}

/** Team ids stored as JSON; a damaged cell reads as none. */
export function parseIdList(text: string): number[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((item): item is number => Number.isInteger(item)) : [];
  } catch {
    return [];
  }
}

/** The references of a body checked against the scope; every problem by field. */
async function checkReferences(
  db: Queryable,
  user: RequestUser,
  body: UpdateActivityBody,
  current: { signedUpCount: number } | null,
): Promise<void> {
  const problems: ErrorField[] = [];
  if (body.regionCode !== undefined && !isInScope(user, body.regionCode)) {
    problems.push({ path: "regionCode", message: "活动区划：不在本人辖区内" });
  }
  if (body.organizerKind !== undefined && body.organizerId !== undefined) {
    const organizer = await repository.findOrganizer(db, body.organizerKind, body.organizerId);
    if (!organizer || !isInScope(user, organizer.region_code)) {
      problems.push({ path: "organizerId", message: "主办方：不存在或不在本人辖区内" });
    }
  }
  if (body.participantIds && body.participantIds.length > 0) {
    const visible = maySeeParticipants(user)
      ? await repository.clientsInRegion(db, body.participantIds, user.regionCode)
      : [];
    if (visible.length !== body.participantIds.length) {
      problems.push({ path: "participantIds", message: "参与的服务对象：有服务对象不存在或不在本人辖区内" });
    }
  }
  if (body.recruitTeamIds && body.recruitTeamIds.length > 0) {
    const teams = await repository.teamsByIds(db, body.recruitTeamIds);
    if (
      teams.length !== body.recruitTeamIds.length ||
      teams.some((team) => !isInScope(user, team.region_code))
    ) {
      problems.push({ path: "recruitTeamIds", message: "招募的志愿服务队：不存在或不在本人辖区内" });
    }
  }
  if (body.recruitRegionCode && !isInScope(user, body.recruitRegionCode)) {
    problems.push({ path: "recruitRegionCode", message: "招募区域：不在本人辖区内" });
  }
  if (current && body.volunteerPlaces !== undefined && body.volunteerPlaces < current.signedUpCount) {
    problems.push({
      path: "volunteerPlaces",
      message: `志愿者名额：已有 ${current.signedUpCount} 人报名，不能少于已报名人数`,
    });
  }
  if (problems.length > 0) throw invalid(problems);
}

function columnsOf(body: UpdateActivityBody): Partial<repository.NewActivity> {
  const columns: Partial<repository.NewActivity> = {};
  if (body.name !== undefined) columns.name = body.name;
  if (body.method !== undefined) columns.method = body.method;
  if (body.domain !== undefined) columns.domain = body.domain;
  if (body.date !== undefined) columns.date = body.date;
  if (body.startTime !== undefined) columns.start_time = body.startTime;
  if (body.endTime !== undefined) columns.end_time = body.endTime;
  if (body.place !== undefined) columns.place = body.place;
  if (body.regionCode !== undefined) columns.region_code = body.regionCode;
  if (body.organizerKind !== undefined) columns.organizer_kind = body.organizerKind;
  if (body.organizerId !== undefined) columns.organizer_id = body.organizerId;
  if (body.unregisteredCount !== undefined) columns.unregistered_count = body.unregisteredCount;
  if (body.volunteerPlaces !== undefined) columns.volunteer_places = body.volunteerPlaces;
  if (body.volunteerSkills !== undefined)
    columns.volunteer_skills_json = JSON.stringify(body.volunteerSkills);
  if (body.recruitTarget !== undefined) columns.recruit_target = body.recruitTarget;
  if (body.recruitTeamIds !== undefined) columns.recruit_team_ids_json = JSON.stringify(body.recruitTeamIds);
  if (body.recruitRegionCode !== undefined) columns.recruit_region_code = body.recruitRegionCode;
  if (body.report !== undefined) columns.report = body.report || null;
  if (body.satisfactionMean !== undefined) columns.satisfaction_mean = body.satisfactionMean;
  if (body.satisfactionCount !== undefined) columns.satisfaction_count = body.satisfactionCount;
  return columns;
}

/** What the audit log keeps of an activity (no participant names: ids only). */
function audited(row: repository.ActivityRow, participantIds: number[]) {
  return {
    name: row.name,
    method: row.method,
    domain: row.domain,
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    place: row.place,
    regionCode: row.region_code,
    organizerKind: row.organizer_kind,
    organizerId: row.organizer_id,
    status: row.status,
    unregisteredCount: row.unregistered_count,
    volunteerPlaces: row.volunteer_places,
    volunteerSkills: parseJsonList(row.volunteer_skills_json),
    recruitTarget: row.recruit_target,
    report: row.report,
    satisfactionMean: row.satisfaction_mean,
    satisfactionCount: row.satisfaction_count,
    participantIds,
  };
}

async function participantIdsOf(db: Queryable, id: number): Promise<number[]> {
  return (await repository.participantsOf(db, id)).map((client) => client.id);
}

export async function createActivity(
  ctx: Context,
  user: RequestUser,
  body: CreateActivityInput,
  ip: string | null,
): Promise<ActivityDetail> {
  await checkReferences(ctx.db, user, body, null);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await repository.insertActivity(trx, {
      name: body.name,
      method: body.method,
      domain: body.domain,
      date: body.date,
      start_time: body.startTime,
      end_time: body.endTime,
      place: body.place,
      region_code: body.regionCode,
      organizer_kind: body.organizerKind,
      organizer_id: body.organizerId,
      status: "draft",
      unregistered_count: body.unregisteredCount,
      volunteer_places: body.volunteerPlaces,
      signed_up_count: 0,
      volunteer_skills_json: JSON.stringify(body.volunteerSkills),
      recruit_target: body.recruitTarget ?? null,
      recruit_team_ids_json: JSON.stringify(body.recruitTeamIds),
      recruit_region_code: body.recruitRegionCode ?? null,
      report: body.report || null,
      satisfaction_mean: body.satisfactionMean ?? null,
      satisfaction_count: body.satisfactionCount ?? null,
      cancel_reason: null,
      hours_confirmed_at: null,
      hours_confirmed_by: null,
      is_demo: 0,
      created_at: at,
      created_by: user.id,
      updated_at: at,
      updated_by: user.id,
    });
    await repository.replaceParticipants(trx, id, body.participantIds);
    const row = await repository.findActivity(trx, id);
    if (!row) throw new Error("activity vanished in its own transaction");
    await writeAudit(trx, actorOf(user, ip), now, {
      action: "activity.create",
      entity: "activity",
      entityId: id,
      before: null,
      after: audited(row, body.participantIds),
    });
    return id;
  });
  return getActivity(ctx, user, id);
}

export async function updateActivity(
  ctx: Context,
  user: RequestUser,
  id: number,
  body: UpdateActivityBody,
  ip: string | null,
): Promise<ActivityDetail> {
  const current = await activityInScope(ctx.db, user, id);
  // A change of only one of kind and id is checked against the other as stored.
  const organizer = {
    organizerKind:
      body.organizerKind ?? (body.organizerId !== undefined ? current.organizer_kind : undefined),
    organizerId: body.organizerId ?? (body.organizerKind !== undefined ? current.organizer_id : undefined),
  };
  await checkReferences(ctx.db, user, { ...body, ...organizer }, { signedUpCount: current.signed_up_count });
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const beforeParticipants = await participantIdsOf(trx, id);
    await repository.updateActivity(trx, id, {
      ...columnsOf(body),
      updated_at: now.toISOString(),
      updated_by: user.id,
    });
    if (body.participantIds !== undefined) await repository.replaceParticipants(trx, id, body.participantIds);
    const after = await repository.findActivity(trx, id);
    if (!after) throw new Error("activity vanished in its own transaction");
    const diff = changedFields(
      audited(current, beforeParticipants),
      audited(after, body.participantIds ?? beforeParticipants),
    );
    if (Object.keys(diff.after).length > 0) {
      await writeAudit(trx, actorOf(user, ip), now, {
        action: "activity.update",
        entity: "activity",
        entityId: id,
        ...diff,
      });
    }
  });
  return getActivity(ctx, user, id);
}

function refuseUnless(status: ActivityStatus, allowed: readonly ActivityStatus[], message: string): void {
  if (!allowed.includes(status)) throw conflict(message);
}

export async function publishActivity(
  ctx: Context,
  user: RequestUser,
  id: number,
  ip: string | null,
): Promise<ActivityDetail> {
  const row = await activityInScope(ctx.db, user, id);
  refuseUnless(row.status, ["draft"], "只有草稿状态的活动可以发布");
  await changeStatus(ctx, user, row, { status: "published" }, "activity.publish", ip);
  return getActivity(ctx, user, id);
}

export async function cancelActivity(
  ctx: Context,
  user: RequestUser,
  id: number,
  reason: string,
  ip: string | null,
): Promise<ActivityDetail> {
  const row = await activityInScope(ctx.db, user, id);
  refuseUnless(row.status, ["draft", "published"], "活动已结束或已取消，不能再取消");
  await changeStatus(ctx, user, row, { status: "cancelled", cancel_reason: reason }, "activity.cancel", ip);
  return getActivity(ctx, user, id);
}

async function changeStatus(
  ctx: Context,
  user: RequestUser,
  row: repository.ActivityRow,
  changes: { status: ActivityStatus; cancel_reason?: string },
  action: "activity.publish" | "activity.cancel",
  ip: string | null,
): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await repository.updateActivity(trx, row.id, {
      ...changes,
      updated_at: now.toISOString(),
      updated_by: user.id,
    });
    await writeAudit(trx, actorOf(user, ip), now, {
      action,
      entity: "activity",
      entityId: row.id,
      before: { status: row.status },
      after: { status: changes.status, ...(changes.cancel_reason ? { reason: changes.cancel_reason } : {}) },
    });
  });
}
