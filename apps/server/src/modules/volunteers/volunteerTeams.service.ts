import type {
  CreateVolunteerTeamBody,
  ErrorField,
  Page,
  UpdateVolunteerTeamBody,
  VolunteerTeam,
  VolunteerTeamDetail,
  VolunteerTeamListQuery,
  VolunteerTeamMemberResult,
} from "@xinqiao/shared";
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
import { isInScope, listRegionOf, scopedLoader } from "../../platform/scope.ts";
import { teamAbilitiesOf } from "./volunteers.policy.ts";
import { auditedTeam, presentTeam, roundHours } from "./volunteers.presenter.ts";
import * as volunteerRepository from "./volunteers.repository.ts";
import * as repository from "./volunteerTeams.repository.ts";

/**
 * Use cases of volunteer teams (志愿服务队): list, detail, create, edit, (de)activate and
 * membership. Each change is one transaction with its audit entry. Members are listed through
 * the volunteers list (`teamId` filter), so a team's page reuses the registry's hot path.
 */
type Context = Pick<AppContext, "db" | "clock">;

const sortable = {
  id: "t.id",
  name: "t.pinyin",
  foundedOn: "t.founded_on",
  regionCode: "t.region_code",
};

export function teamFilters(
  user: RequestUser,
  query: Omit<VolunteerTeamListQuery, "page" | "pageSize" | "sort">,
): repository.TeamFilters | null {
  const regionCode = listRegionOf(user.regionCode, query.regionCode);
  if (!regionCode) return null;
  return {
    regionCode,
    q: query.q?.trim() || undefined,
    socialOrganizationId: query.socialOrganizationId,
    isActive: query.isActive === undefined ? undefined : query.isActive === "true",
  };
}

/** Teams as the user sees them: member counts and hours over the members the user may see. */
export async function presentTeams(
  db: Queryable,
  user: RequestUser,
  rows: repository.TeamRow[],
): Promise<VolunteerTeam[]> {
  const [totals, names] = await Promise.all([
    repository.memberTotalsOfTeams(
      db,
      rows.map((row) => row.id),
      user.regionCode,
    ),
    regionPathNamesOf(
      db,
      rows.map((row) => row.region_code),
    ),
  ]);
  const totalsByTeam = new Map(
    totals.map((total) => [
      total.team_id,
      { members: Number(total.members), hours: Number(total.hours ?? 0) },
    ]),
  );
  return rows.map((row) => presentTeam(user, row, totalsByTeam.get(row.id), names));
}

export async function listTeams(
  ctx: Context,
  user: RequestUser,
  query: VolunteerTeamListQuery,
): Promise<Page<VolunteerTeam>> {
  const order = sortOrder(query.sort, sortable, { column: "t.id", direction: "desc" });
  const filters = teamFilters(user, query);
  if (!filters) return toPage([], 0, query);
  const [rows, total] = await Promise.all([
    repository.listTeams(ctx.db, filters, order, pageWindow(query)),
    repository.countTeams(ctx.db, filters),
  ]);
  return toPage(await presentTeams(ctx.db, user, rows), total, query);
}

const teamInScope = scopedLoader(repository.findTeam, "志愿服务队");

async function presentOne(db: Queryable, user: RequestUser, row: repository.TeamRow): Promise<VolunteerTeam> {
  const [team] = await presentTeams(db, user, [row]);
  if (!team) throw notFound("志愿服务队不存在");
  return team;
}

export async function getTeam(ctx: Context, user: RequestUser, id: number): Promise<VolunteerTeamDetail> {
  const row = await teamInScope(ctx.db, user, id);
  const [team, hours] = await Promise.all([
    presentOne(ctx.db, user, row),
    repository.hoursWithTeam(ctx.db, id, user.regionCode),
  ]);
  return {
    ...team,
    hoursWithTeam: roundHours(hours),
    abilities: teamAbilitiesOf(user, { regionCode: row.region_code, isActive: row.is_active === 1 }),
  };
}

async function teamProblems(
  ctx: Context,
  user: RequestUser,
  body: UpdateVolunteerTeamBody,
  currentId: number | null,
  regionCode: string,
  name: string,
): Promise<ErrorField[]> {
  const problems: ErrorField[] = [];
  if (body.regionCode !== undefined) {
    if (!(await regionWithinScope(ctx.db, user, body.regionCode)))
      problems.push({ path: "regionCode", message: "所属区划：不存在或不在您的管辖范围内" });
  }
  if (body.socialOrganizationId) {
    const organization = await repository.findSocialOrganization(ctx.db, body.socialOrganizationId);
    if (!organization || !isInScope(user, organization.region_code)) {
      problems.push({ path: "socialOrganizationId", message: "组织单位：不存在或不在您的管辖范围内" });
    }
  }
  if (body.foundedOn && body.foundedOn > todayInChina(ctx.clock.now())) {
    problems.push({ path: "foundedOn", message: "成立日期：不能晚于今天" });
  }
  if (problems.length === 0 && (body.name !== undefined || body.regionCode !== undefined)) {
    const namesake = await repository.findTeamByNameInRegion(ctx.db, name, regionCode);
    if (namesake && namesake.id !== currentId) {
      throw conflict(`同一区划内已有名为“${name}”的志愿服务队`, [
        { path: "name", message: "队伍名称：同一区划内已有同名队伍" },
      ]);
    }
  }
  return problems;
}

export async function createTeam(
  ctx: Context,
  user: RequestUser,
  body: CreateVolunteerTeamBody,
  ip: string | null,
): Promise<VolunteerTeamDetail> {
  const problems = await teamProblems(ctx, user, body, null, body.regionCode, body.name);
  if (problems.length > 0) throw invalid(problems);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const { full, initials } = pinyinOf(body.name);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const newId = await repository.insertTeam(trx, {
      name: body.name,
      pinyin: full,
      pinyin_initials: initials,
      region_code: body.regionCode,
      is_active: 1,
      is_demo: 0,
      created_at: at,
      created_by: user.id,
      updated_at: at,
      updated_by: user.id,
      social_organization_id: body.socialOrganizationId ?? null,
      leader_name: body.leaderName || null,
      founded_on: body.foundedOn ?? null,
      description: body.description || null,
    });
    const created = await repository.findTeam(trx, newId);
    if (!created) throw notFound();
    await writeAudit(trx, actorOf(user, ip), now, {
      action: "volunteerTeam.create",
      entity: "volunteerTeam",
      entityId: newId,
      after: auditedTeam(await presentOne(trx, user, created)),
    });
    return newId;
  });
  return getTeam(ctx, user, id);
}

export async function updateTeam(
  ctx: Context,
  user: RequestUser,
  id: number,
  body: UpdateVolunteerTeamBody,
  ip: string | null,
): Promise<VolunteerTeamDetail> {
  const row = await teamInScope(ctx.db, user, id);
  const problems = await teamProblems(
    ctx,
    user,
    body,
    id,
    body.regionCode ?? row.region_code,
    body.name ?? row.name,
  );
  if (problems.length > 0) throw invalid(problems);
  const before = await presentOne(ctx.db, user, row);
  const changes: Partial<repository.NewVolunteerTeam> = {};
  if (body.name !== undefined && body.name !== row.name) {
    const { full, initials } = pinyinOf(body.name);
    Object.assign(changes, { name: body.name, pinyin: full, pinyin_initials: initials });
  }
  if (body.regionCode !== undefined) changes.region_code = body.regionCode;
  if (body.socialOrganizationId !== undefined) changes.social_organization_id = body.socialOrganizationId;
  if (body.leaderName !== undefined) changes.leader_name = body.leaderName || null;
  if (body.foundedOn !== undefined) changes.founded_on = body.foundedOn;
  if (body.description !== undefined) changes.description = body.description || null;
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await repository.updateTeam(trx, id, { ...changes, updated_at: now.toISOString(), updated_by: user.id });
    const updated = await repository.findTeam(trx, id);
    if (!updated) throw notFound();
    const diff = changedFields(auditedTeam(before), auditedTeam(await presentOne(trx, user, updated)));
    if (Object.keys(diff.after).length > 0) {
      await writeAudit(trx, actorOf(user, ip), now, {
        action: "volunteerTeam.update",
        entity: "volunteerTeam",
        entityId: id,
        before: diff.before,
        after: diff.after,
      });
    }
  });
  return getTeam(ctx, user, id);
}

export async function setTeamActive(
  ctx: Context,
  user: RequestUser,
  id: number,
  isActive: boolean,
  ip: string | null,
): Promise<VolunteerTeamDetail> {
  const row = await teamInScope(ctx.db, user, id);
  await changeActiveState(ctx, user, ip, {
    entity: "volunteerTeam",
    id,
    wasActive: row.is_active === 1,
    isActive,
    update: (trx, changes) => repository.updateTeam(trx, id, changes),
  });
  return getTeam(ctx, user, id);
}

/** Adds volunteers to a team; one result per requested volunteer (bulk action). */
export async function addMembers(
  ctx: Context,
  user: RequestUser,
  teamId: number,
  volunteerIds: number[],
  ip: string | null,
): Promise<VolunteerTeamMemberResult> {
  const team = await teamInScope(ctx.db, user, teamId);
  if (team.is_active !== 1) throw invalid([], "该志愿服务队已停用，不能添加队员");
  const requested = [...new Set(volunteerIds)];
  const volunteers = new Map(
    (await volunteerRepository.findVolunteersByIds(ctx.db, requested)).map((row) => [row.id, row]),
  );
  const existing = new Set(
    (await repository.membershipsOfTeam(ctx.db, teamId, requested)).map((row) => row.volunteer_id),
  );
  const results: VolunteerTeamMemberResult["results"] = [];
  const added: number[] = [];
  for (const volunteerId of requested) {
    const volunteer = volunteers.get(volunteerId);
    if (!volunteer || !isInScope(user, volunteer.region_code)) {
      results.push({ volunteerId, ok: false, message: "志愿者不存在或不在您的管辖范围内" });
    } else if (volunteer.is_active !== 1) {
      results.push({ volunteerId, ok: false, message: `${volunteer.name} 已停用` });
    } else if (existing.has(volunteerId)) {
      results.push({ volunteerId, ok: true, message: "already_member" });
    } else {
      results.push({ volunteerId, ok: true, message: "added" });
      added.push(volunteerId);
    }
  }
  if (added.length > 0) {
    const now = ctx.clock.now();
    const joinedOn = todayInChina(now);
    await ctx.db.transaction().execute(async (trx) => {
      await volunteerRepository.addMemberships(
        trx,
        added.map((volunteerId) => ({ team_id: teamId, volunteer_id: volunteerId, joined_on: joinedOn })),
      );
      await writeAudit(trx, actorOf(user, ip), now, {
        action: "volunteerTeam.members.add",
        entity: "volunteerTeam",
        entityId: teamId,
        after: { volunteerIds: added },
      });
      for (const volunteerId of added) {
        await writeAudit(trx, actorOf(user, ip), now, {
          action: "volunteer.team.join",
          entity: "volunteer",
          entityId: volunteerId,
          after: { teamId, teamName: team.name },
        });
      }
    });
  }
  return { results };
}

export async function removeMember(
  ctx: Context,
  user: RequestUser,
  teamId: number,
  volunteerId: number,
  ip: string | null,
): Promise<void> {
  const team = await teamInScope(ctx.db, user, teamId);
  const [volunteer] = await volunteerRepository.findVolunteersByIds(ctx.db, [volunteerId]);
  if (!volunteer || !isInScope(user, volunteer.region_code)) throw notFound("志愿者不存在");
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const removed = await repository.removeMember(trx, teamId, volunteerId);
    if (removed === 0) throw notFound("该志愿者不是本队队员");
    await writeAudit(trx, actorOf(user, ip), now, {
      action: "volunteerTeam.members.remove",
      entity: "volunteerTeam",
      entityId: teamId,
      before: { volunteerIds: [volunteerId] },
    });
    await writeAudit(trx, actorOf(user, ip), now, {
      action: "volunteer.team.leave",
      entity: "volunteer",
      entityId: volunteerId,
      before: { teamId, teamName: team.name },
    });
  });
}

export async function teamHistory(ctx: Context, user: RequestUser, id: number) {
  await teamInScope(ctx.db, user, id);
  return recordHistory(ctx.db, "volunteerTeam", id);
}

/** Bulk 停用 / 启用 of 志愿服务队 (platform/bulkActivation.ts): the same loader and write as one record's. */
export const teamActivation = activationTarget({
  entity: "volunteerTeam",
  load: teamInScope,
  isActive: (row) => row.is_active === 1,
  update: (trx, id, changes) => repository.updateTeam(trx, id, changes),
});
