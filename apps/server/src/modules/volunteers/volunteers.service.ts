import {
  ageOn,
  type CreateVolunteerInput,
  type ErrorField,
  idNumberInSearch,
  type Page,
  parseIdNumber,
  parseMobile,
  type RecordReference,
  type UpdateVolunteerBody,
  type Volunteer,
  type VolunteerDetail,
  type VolunteerListQuery,
  type VolunteerRevealResult,
  volunteerAdultAge,
  volunteerNeedsGuardianConsent,
  volunteerStarLevelFilterValues,
} from "@xinqiao/shared";
import { changeActiveState } from "../../platform/activation.ts";
import { changedFields, recordHistory, writeAudit } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import { activationTarget } from "../../platform/bulkActivation.ts";
import { todayInChina } from "../../platform/clock.ts";
import type { AppContext } from "../../platform/context.ts";
import { isUniqueViolation, violatedColumn } from "../../platform/db/constraintErrors.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { type AppError, conflict, invalid, notFound } from "../../platform/errors.ts";
import { pageWindow, type SortOrder, sortOrder, toPage } from "../../platform/pagination.ts";
import { revealPersonalField, sealIdNumber, sealPhone } from "../../platform/personalData.ts";
import { pinyinOf } from "../../platform/pinyin.ts";
import { referenceTo } from "../../platform/references.ts";
import { regionPathNamesOf, regionWithinScope } from "../../platform/regionLookup.ts";
import { isInScope, listRegionOf, scopedLoader } from "../../platform/scope.ts";
import * as hoursRepository from "./volunteerHours.repository.ts";
import { VolunteerNumberSequence } from "./volunteers.numbering.ts";
import { abilitiesOf } from "./volunteers.policy.ts";
import {
  auditedVolunteer,
  guardianConsentOf,
  parseStarThresholds,
  presentVolunteer,
  roundHours,
} from "./volunteers.presenter.ts";
import * as repository from "./volunteers.repository.ts";
import * as teamRepository from "./volunteerTeams.repository.ts";

/**
 * Use cases of the volunteers registry: list, detail, create, edit, (de)activate, reveal,
 * history. Every change runs in one transaction with its audit entry; ID numbers and phones are
 * sealed on the way in (ciphertext, keyed hash, masked form) and leave masked.
 */
type Context = Pick<AppContext, "db" | "clock" | "cipher">;

export const starThresholdsSettingKey = "volunteer.starThresholds";

export async function starThresholds(db: Queryable): Promise<number[]> {
  return parseStarThresholds(await repository.findSetting(db, starThresholdsSettingKey));
}

/** Hours range of a star level under the thresholds in force. */
export function hoursOfStarLevel(
  level: number,
  thresholds: readonly number[],
): { min: number | null; max: number | null } {
  return { min: level === 0 ? null : (thresholds[level - 1] ?? null), max: thresholds[level] ?? null };
}

export async function volunteerFilters(
  ctx: Pick<Context, "db" | "cipher">,
  user: RequestUser,
  query: Omit<VolunteerListQuery, "page" | "pageSize" | "sort">,
): Promise<repository.VolunteerFilters | null> {
  const regionCode = listRegionOf(user.regionCode, query.regionCode);
  if (!regionCode) return null;
  const filters: repository.VolunteerFilters = {
    regionCode,
    teamId: query.teamId,
    skill: query.skill,
    availability: query.availability,
    isActive: query.isActive === undefined ? undefined : query.isActive === "true",
  };
  const text = query.q?.trim();
  if (text) {
    const asIdNumber = idNumberInSearch(text);
    if (asIdNumber) filters.idNumberIndex = ctx.cipher.blindIndex(asIdNumber);
    else if (/^NB\d+$/i.test(text)) filters.volunteerNumberPrefix = text.toUpperCase();
    else filters.q = text;
  }
  if (query.starLevel !== undefined) {
    const level = volunteerStarLevelFilterValues.indexOf(query.starLevel);
    filters.hours = hoursOfStarLevel(level, await starThresholds(ctx.db));
  }
  return filters;
}

const sortable = {
  id: "v.id",
  name: "v.pinyin",
  volunteerNumber: "v.volunteer_number",
  registeredOn: "v.registered_on",
  totalHours: "v.total_hours",
};

/**
 * Teams and region names of a page of rows: at most two queries whatever the page size. A team
 * outside the user's scope is named with isVisible false (its own page answers 404 to them).
 */
export async function presentRows(
  db: Queryable,
  user: RequestUser,
  rows: repository.VolunteerListRow[],
  thresholds: readonly number[],
): Promise<Volunteer[]> {
  const [teams, names] = await Promise.all([
    repository.teamsOfVolunteers(
      db,
      rows.map((row) => row.id),
    ),
    regionPathNamesOf(
      db,
      rows.map((row) => row.region_code),
    ),
  ]);
  const teamsByVolunteer = new Map<number, RecordReference[]>();
  for (const team of teams) {
    const list = teamsByVolunteer.get(team.volunteer_id) ?? [];
    list.push(referenceTo(user, { id: team.id, name: team.name, regionCode: team.region_code }));
    teamsByVolunteer.set(team.volunteer_id, list);
  }
  return rows.map((row) => presentVolunteer(row, teamsByVolunteer.get(row.id) ?? [], names, thresholds));
}

export async function listVolunteers(
  ctx: Context,
  user: RequestUser,
  query: VolunteerListQuery,
): Promise<Page<Volunteer>> {
  const order = sortOrder(query.sort, sortable, { column: "v.id", direction: "desc" });
  const filters = await volunteerFilters(ctx, user, query);
  if (!filters) return toPage([], 0, query);
  const window = pageWindow(query);
  const { rows, total } = repository.isSelectiveSearch(filters)
    ? await searchPage(ctx.db, filters, order, window)
    : await filteredPage(ctx.db, filters, order, window);
  return toPage(await presentRows(ctx.db, user, rows, await starThresholds(ctx.db)), total, query);
}

type PageWindow = { limit: number; offset: number };

async function filteredPage(
  db: Queryable,
  filters: repository.VolunteerFilters,
  order: SortOrder,
  window: PageWindow,
) {
  const rows = await repository.listVolunteers(db, filters, order, window);
  // A short page that is not past the end already tells the total: no count query.
  const isLastPage = rows.length < window.limit && (rows.length > 0 || window.offset === 0);
  const total = isLastPage ? window.offset + rows.length : await repository.countVolunteers(db, filters);
  return { rows, total };
}

/** A selective search reads its few matching ids once; the page's rows come by primary key. */
async function searchPage(
  db: Queryable,
  filters: repository.VolunteerFilters,
  order: SortOrder,
  window: PageWindow,
) {
  const ids = await repository.matchingVolunteerIds(db, filters, order);
  const pageIds = ids.slice(window.offset, window.offset + window.limit);
  const byId = new Map((await repository.findVolunteersByIds(db, pageIds)).map((row) => [row.id, row]));
  const rows = pageIds.flatMap((id) => byId.get(id) ?? []);
  return { rows, total: ids.length };
}

/** The volunteer if it exists inside the user's scope; 404 otherwise (existence not revealed). */
export const volunteerInScope = scopedLoader(repository.findVolunteer, "志愿者");

async function presentOne(
  db: Queryable,
  user: RequestUser,
  row: repository.VolunteerListRow,
): Promise<Volunteer> {
  const [volunteer] = await presentRows(db, user, [row], await starThresholds(db));
  if (!volunteer) throw notFound("志愿者不存在");
  return volunteer;
}

export async function getVolunteer(ctx: Context, user: RequestUser, id: number): Promise<VolunteerDetail> {
  const row = await volunteerInScope(ctx.db, user, id);
  const [thresholds, totals, organizations] = await Promise.all([
    starThresholds(ctx.db),
    hoursRepository.ledgerTotals(ctx.db, id),
    hoursRepository.hoursByRecordingOrganization(ctx.db, id),
  ]);
  const [volunteer] = await presentRows(ctx.db, user, [row], thresholds);
  if (!volunteer) throw notFound("志愿者不存在");
  return {
    ...volunteer,
    age: ageOn(row.birth_date, ctx.clock.now()),
    isMinorAtRegistration: volunteerNeedsGuardianConsent(row.birth_date, row.registered_on),
    ...guardianConsentOf(row),
    redeemedHours: roundHours(totals.redeemed),
    balanceHours: roundHours(totals.earned - totals.redeemed),
    recordCount: totals.count,
    nextStarAt: thresholds.find((threshold) => threshold > volunteer.totalHours) ?? null,
    starThresholds: thresholds,
    recordingOrganizations: organizations.map((organization) => ({
      name: organization.recording_organization,
      hours: roundHours(Number(organization.hours ?? 0)),
    })),
    abilities: abilitiesOf(user, { regionCode: row.region_code, isActive: row.is_active === 1 }),
  };
}

/* ——— Checks shared by create, edit and import ——— */

function today(ctx: Pick<Context, "clock">): string {
  return todayInChina(ctx.clock.now());
}

async function regionProblem(
  db: Queryable,
  user: RequestUser,
  regionCode: string,
): Promise<ErrorField | null> {
  const region = await regionWithinScope(db, user, regionCode);
  if (!region) return { path: "regionCode", message: "所属区划：不存在或不在您的管辖范围内" };
  if (region.level !== "street" && region.level !== "community") {
    return { path: "regionCode", message: "所属区划：须为街道（乡镇）或社区（村）" };
  }
  return null;
}

async function teamProblems(db: Queryable, user: RequestUser, teamIds: number[]): Promise<ErrorField[]> {
  if (teamIds.length === 0) return [];
  const teams = new Map((await teamRepository.findTeamsByIds(db, teamIds)).map((team) => [team.id, team]));
  return teamIds.flatMap((id, index) => {
    const team = teams.get(id);
    if (!team || !isInScope(user, team.region_code)) {
      return [{ path: `teamIds.${index}`, message: `所属队伍：编号 ${id} 的队伍不存在或不在您的管辖范围内` }];
    }
    if (team.is_active !== 1)
      return [{ path: `teamIds.${index}`, message: `所属队伍：“${team.name}”已停用` }];
    return [];
  });
}

/** The refusal for an ID number already registered: named in scope, neutral outside it. */
export function duplicateIdNumberError(
  user: RequestUser,
  existing: { name: string; region_code: string; volunteer_number: string },
): AppError {
  const message = isInScope(user, existing.region_code)
    ? `该身份证号已登记为志愿者：${existing.name}（${existing.volunteer_number}）`
    : "该身份证号已登记为志愿者（不在您的管辖范围内），请联系上级部门";
  return conflict(message, [{ path: "idNumber", message: `身份证号：${message}` }]);
}

function duplicateNumberError(volunteerNumber: string): AppError {
  const message = `志愿者编号 ${volunteerNumber} 已被使用`;
  return conflict(message, [{ path: "volunteerNumber", message: `志愿者编号：已被使用` }]);
}

/** Parsed personal identifiers; the zod schema has already checked them, this normalises. */
function parsedIdNumber(ctx: Pick<Context, "clock">, value: string) {
  const parsed = parseIdNumber(value, ctx.clock.now());
  if (!parsed.ok) throw invalid([{ path: "idNumber", message: `身份证号：${parsed.message}` }]);
  return parsed;
}

function parsedPhone(value: string | null | undefined): string | null {
  if (!value) return null;
  const parsed = parseMobile(value);
  if (!parsed.ok) throw invalid([{ path: "phone", message: `手机号：${parsed.message}` }]);
  return parsed.value;
}

function mapUniqueViolation(error: unknown, volunteerNumber: string | null): never {
  if (isUniqueViolation(error)) {
    if (volunteerNumber && /volunteer_number/.test(violatedColumn(error))) {
      throw duplicateNumberError(volunteerNumber);
    }
    throw conflict("该身份证号已登记为志愿者", [
      { path: "idNumber", message: "身份证号：该身份证号已登记为志愿者" },
    ]);
  }
  throw error;
}

async function syncMemberships(
  db: Queryable,
  volunteerId: number,
  current: number[],
  wanted: number[],
  joinedOn: string,
): Promise<void> {
  const added = wanted.filter((id) => !current.includes(id));
  const removed = current.filter((id) => !wanted.includes(id));
  await repository.addMemberships(
    db,
    added.map((teamId) => ({ team_id: teamId, volunteer_id: volunteerId, joined_on: joinedOn })),
  );
  await repository.removeMemberships(db, volunteerId, removed);
}

/**
 * A minor registers only with a guardian's consent on record (PRODUCT.md, Minors); an adult
 * carries none, so a corrected ID number or registration date clears it.
 */
function guardianConsent(
  birthDate: string,
  registeredOn: string,
  given: { guardianName?: string | null; guardianConsentOn?: string | null },
  todayDate: string,
): {
  columns: Pick<repository.NewVolunteer, "guardian_name" | "guardian_consent_on">;
  problems: ErrorField[];
} {
  if (!volunteerNeedsGuardianConsent(birthDate, registeredOn)) {
    return { columns: { guardian_name: null, guardian_consent_on: null }, problems: [] };
  }
  const name = given.guardianName ?? null;
  const on = given.guardianConsentOn ?? null;
  const required = `未满 ${volunteerAdultAge} 周岁的志愿者须记录监护人同意`;
  const problems: ErrorField[] = [];
  if (!name) problems.push({ path: "guardianName", message: `监护人姓名：${required}` });
  if (!on) problems.push({ path: "guardianConsentOn", message: `监护人同意日期：${required}` });
  else if (on > todayDate) {
    problems.push({ path: "guardianConsentOn", message: "监护人同意日期：不能晚于今天" });
  } else if (on > registeredOn) {
    // Consent given after the registration would mean the minor was registered without it.
    problems.push({ path: "guardianConsentOn", message: "监护人同意日期：不能晚于注册日期" });
  } else if (on < birthDate) {
    problems.push({ path: "guardianConsentOn", message: "监护人同意日期：不能早于志愿者的出生日期" });
  }
  return { columns: { guardian_name: name, guardian_consent_on: on }, problems };
}

export async function createVolunteer(
  ctx: Context,
  user: RequestUser,
  body: CreateVolunteerInput,
  ip: string | null,
): Promise<VolunteerDetail> {
  const idNumber = parsedIdNumber(ctx, body.idNumber);
  const phone = parsedPhone(body.phone);
  const registeredOn = body.registeredOn ?? today(ctx);
  const guardian = guardianConsent(idNumber.birthDate, registeredOn, body, today(ctx));
  const problems = [
    await regionProblem(ctx.db, user, body.regionCode),
    ...(await teamProblems(ctx.db, user, body.teamIds)),
    registeredOn > today(ctx) ? { path: "registeredOn", message: "注册日期：不能晚于今天" } : null,
    ...guardian.problems,
  ].filter((problem): problem is ErrorField => problem !== null);
  if (problems.length > 0) throw invalid(problems);

  const sealed = sealIdNumber(ctx.cipher, idNumber.value);
  const existing = await repository.findVolunteerByIdIndex(ctx.db, sealed.id_number_index);
  if (existing) throw duplicateIdNumberError(user, existing);
  const givenNumber = body.volunteerNumber?.toUpperCase() ?? null;
  if (givenNumber && (await repository.findVolunteerByNumber(ctx.db, givenNumber))) {
    throw duplicateNumberError(givenNumber);
  }

  const now = ctx.clock.now();
  const at = now.toISOString();
  const { full, initials } = pinyinOf(body.name);
  try {
    const id = await ctx.db.transaction().execute(async (trx) => {
      const volunteerNumber = givenNumber ?? (await new VolunteerNumberSequence(trx).take(body.regionCode));
      const newId = await repository.insertVolunteer(trx, {
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
        ...sealed,
        id_type: "resident_id",
        sex: idNumber.sex,
        birth_date: idNumber.birthDate,
        ...sealPhone(ctx.cipher, phone),
        volunteer_number: volunteerNumber,
        skills_json: JSON.stringify(body.skills),
        availability_json: JSON.stringify(body.availability),
        registered_on: registeredOn,
        total_hours: 0,
        ...guardian.columns,
      });
      await syncMemberships(trx, newId, [], body.teamIds, today(ctx));
      const created = await repository.findVolunteer(trx, newId);
      if (!created) throw notFound();
      await writeAudit(trx, actorOf(user, ip), now, {
        action: "volunteer.create",
        entity: "volunteer",
        entityId: newId,
        after: { ...auditedVolunteer(await presentOne(trx, user, created)), ...guardianConsentOf(created) },
      });
      return newId;
    });
    return getVolunteer(ctx, user, id);
  } catch (error) {
    return mapUniqueViolation(error, givenNumber);
  }
}

export async function updateVolunteer(
  ctx: Context,
  user: RequestUser,
  id: number,
  body: UpdateVolunteerBody,
  ip: string | null,
): Promise<VolunteerDetail> {
  const row = await volunteerInScope(ctx.db, user, id);
  const before = await presentOne(ctx.db, user, row);
  const problems: ErrorField[] = [];
  if (body.regionCode !== undefined && body.regionCode !== row.region_code) {
    const problem = await regionProblem(ctx.db, user, body.regionCode);
    if (problem) problems.push(problem);
  }
  if (body.teamIds !== undefined) {
    // Memberships kept as they are need no check; new ones must be active teams in scope.
    const currentIds = before.teams.map((team) => team.id);
    const newIds = body.teamIds.filter((teamId) => !currentIds.includes(teamId));
    problems.push(...(await teamProblems(ctx.db, user, newIds)));
  }
  if (body.registeredOn && body.registeredOn > today(ctx)) {
    problems.push({ path: "registeredOn", message: "注册日期：不能晚于今天" });
  }
  const newIdNumber = body.idNumber !== undefined ? parsedIdNumber(ctx, body.idNumber) : null;
  const guardian = guardianConsent(
    newIdNumber?.birthDate ?? row.birth_date,
    body.registeredOn ?? row.registered_on,
    {
      guardianName: body.guardianName !== undefined ? body.guardianName : row.guardian_name,
      guardianConsentOn:
        body.guardianConsentOn !== undefined ? body.guardianConsentOn : row.guardian_consent_on,
    },
    today(ctx),
  );
  problems.push(...guardian.problems);
  if (problems.length > 0) throw invalid(problems);

  const changes: Partial<repository.NewVolunteer> = {};
  if (
    guardian.columns.guardian_name !== row.guardian_name ||
    guardian.columns.guardian_consent_on !== row.guardian_consent_on
  ) {
    Object.assign(changes, guardian.columns);
  }
  if (body.name !== undefined && body.name !== row.name) {
    const { full, initials } = pinyinOf(body.name);
    Object.assign(changes, { name: body.name, pinyin: full, pinyin_initials: initials });
  }
  if (newIdNumber) {
    const idNumber = newIdNumber;
    const sealed = sealIdNumber(ctx.cipher, idNumber.value);
    if (sealed.id_number_index !== row.id_number_index) {
      const existing = await repository.findVolunteerByIdIndex(ctx.db, sealed.id_number_index);
      if (existing && existing.id !== id) throw duplicateIdNumberError(user, existing);
      Object.assign(changes, sealed, { sex: idNumber.sex, birth_date: idNumber.birthDate });
    }
  }
  if (body.phone !== undefined) Object.assign(changes, sealPhone(ctx.cipher, parsedPhone(body.phone)));
  const givenNumber = body.volunteerNumber?.toUpperCase();
  if (givenNumber && givenNumber !== row.volunteer_number) {
    const owner = await repository.findVolunteerByNumber(ctx.db, givenNumber);
    if (owner && owner.id !== id) throw duplicateNumberError(givenNumber);
    changes.volunteer_number = givenNumber;
  }
  if (body.skills !== undefined) changes.skills_json = JSON.stringify(body.skills);
  if (body.availability !== undefined) changes.availability_json = JSON.stringify(body.availability);
  if (body.regionCode !== undefined) changes.region_code = body.regionCode;
  if (body.registeredOn) changes.registered_on = body.registeredOn;

  const now = ctx.clock.now();
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await repository.updateVolunteer(trx, id, {
        ...changes,
        updated_at: now.toISOString(),
        updated_by: user.id,
      });
      if (body.teamIds !== undefined) {
        await syncMemberships(
          trx,
          id,
          before.teams.map((team) => team.id),
          body.teamIds,
          today(ctx),
        );
      }
      const updated = await repository.findVolunteer(trx, id);
      if (!updated) throw notFound();
      const after = await presentOne(trx, user, updated);
      const diff = changedFields(
        { ...auditedVolunteer(before), ...guardianConsentOf(row) },
        { ...auditedVolunteer(after), ...guardianConsentOf(updated) },
      );
      // A re-entered but identical ID number or phone changes the ciphertext only: still worth recording.
      if (Object.keys(diff.after).length > 0 || changes.id_number_cipher || changes.phone_cipher) {
        await writeAudit(trx, actorOf(user, ip), now, {
          action: "volunteer.update",
          entity: "volunteer",
          entityId: id,
          before: diff.before,
          after: diff.after,
        });
      }
    });
  } catch (error) {
    mapUniqueViolation(error, givenNumber ?? null);
  }
  return getVolunteer(ctx, user, id);
}

export async function setVolunteerActive(
  ctx: Context,
  user: RequestUser,
  id: number,
  isActive: boolean,
  ip: string | null,
): Promise<VolunteerDetail> {
  const row = await volunteerInScope(ctx.db, user, id);
  await changeActiveState(ctx, user, ip, {
    entity: "volunteer",
    id,
    wasActive: row.is_active === 1,
    isActive,
    update: (trx, changes) => repository.updateVolunteer(trx, id, changes),
  });
  return getVolunteer(ctx, user, id);
}

export async function revealVolunteerField(
  ctx: Context,
  user: RequestUser,
  id: number,
  field: "idNumber" | "phone",
  ip: string | null,
): Promise<VolunteerRevealResult> {
  const row = await volunteerInScope(ctx.db, user, id);
  const value = await revealPersonalField(ctx, user, {
    entity: "volunteer",
    entityId: id,
    field,
    ciphertext: field === "idNumber" ? row.id_number_cipher : row.phone_cipher,
    ip,
  });
  return { field, value };
}

export async function volunteerHistory(ctx: Context, user: RequestUser, id: number) {
  await volunteerInScope(ctx.db, user, id);
  return recordHistory(ctx.db, "volunteer", id);
}

/** Bulk 停用 / 启用 of 志愿者 (platform/bulkActivation.ts): the same loader and write as one record's. */
export const volunteerActivation = activationTarget({
  entity: "volunteer",
  load: volunteerInScope,
  isActive: (row) => row.is_active === 1,
  update: (trx, id, changes) => repository.updateVolunteer(trx, id, changes),
});
