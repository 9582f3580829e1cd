import {
  ageOn,
  type Client,
  type ClientDetail,
  type ClientListQuery,
  type ClientRevealResult,
  type CreateClientInput,
  clientNeedsGuardianConsent,
  type ErrorField,
  idNumberInSearch,
  type Page,
  type PossibleDuplicate,
  parseIdNumber,
  parseMobile,
  type UpdateClientBody,
} from "@xinqiao/shared";
import { changeActiveState } from "../../platform/activation.ts";
import { changedFields, recordHistory, writeAudit } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import { activationTarget } from "../../platform/bulkActivation.ts";
import { todayInChina } from "../../platform/clock.ts";
import type { AppContext } from "../../platform/context.ts";
import { isUniqueViolation } from "../../platform/db/constraintErrors.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { type AppError, conflict, invalid, notFound } from "../../platform/errors.ts";
import { pageWindow, sortOrder, toPage } from "../../platform/pagination.ts";
import {
  type RevealableField,
  revealPersonalField,
  sealAddress,
  sealIdNumber,
  sealPhone,
} from "../../platform/personalData.ts";
import { pinyinOf } from "../../platform/pinyin.ts";
import { regionPathNamesOf, regionWithinScope } from "../../platform/regionLookup.ts";
import { listRegionOf } from "../../platform/scope.ts";
import { listConsents } from "./clientConsents.service.ts";
import { dismissedWith } from "./clientDuplicates.repository.ts";
import { flagPossibleDuplicates } from "./clientDuplicates.service.ts";
import { clientInScope } from "./clientInScope.ts";
import { abilitiesOf } from "./clients.policy.ts";
import { auditedClient, parseHousehold, presentClient } from "./clients.presenter.ts";
import * as repository from "./clients.repository.ts";
import { mayViewClient, visibleClientIds, workerOf } from "./clientVisibility.ts";

/**
 * Use cases of the clients registry (服务对象): list, detail, create, edit, (de)activate, reveal,
 * history. Every change runs in one transaction with its audit entry; personal data is sealed on
 * the way in and leaves masked. A suspected duplicate is flagged with the record, never merged.
 */
type Context = Pick<AppContext, "db" | "clock" | "cipher">;

const sortable = { id: "c.id", name: "c.pinyin", riskLevel: "c.risk_level", updatedAt: "c.updated_at" };

/** The list's filters in the user's scope; null when the region asked for lies outside it. */
export function clientFilters(
  ctx: Pick<Context, "cipher">,
  user: RequestUser,
  query: Omit<ClientListQuery, "page" | "pageSize" | "sort">,
): repository.ClientFilters | null {
  const regionCode = listRegionOf(user.regionCode, query.regionCode);
  if (!regionCode) return null;
  const filters: repository.ClientFilters = {
    regionCode,
    workerId: workerOf(user),
    category: query.category,
    riskLevel: query.riskLevel,
    isEmergency: query.isEmergency === undefined ? undefined : query.isEmergency === "true",
    isActive: query.isActive === undefined ? undefined : query.isActive === "true",
  };
  const text = query.q?.trim();
  if (text) {
    const asIdNumber = idNumberInSearch(text);
    if (asIdNumber) filters.idNumberIndex = ctx.cipher.blindIndex(asIdNumber);
    else filters.q = text;
  }
  return filters;
}

export async function listClients(
  ctx: Context,
  user: RequestUser,
  query: ClientListQuery,
): Promise<Page<Client>> {
  const filters = clientFilters(ctx, user, query);
  if (!filters) return toPage([], 0, query);
  const order = sortOrder(query.sort, sortable, { column: "c.id", direction: "desc" });
  const window = pageWindow(query);
  const rows = await repository.listClients(ctx.db, filters, order, window);
  const isLastPage = rows.length < window.limit && (rows.length > 0 || window.offset === 0);
  const total = isLastPage ? window.offset + rows.length : await repository.countClients(ctx.db, filters);
  const names = await regionPathNamesOf(
    ctx.db,
    rows.map((row) => row.region_code),
  );
  return toPage(
    rows.map((row) => presentClient(row, names)),
    total,
    query,
  );
}

/** The client if the user sees it (clientVisibility.ts); 404 otherwise (existence not revealed). */
export { clientInScope };

async function presentOne(db: Queryable, row: repository.ClientRow): Promise<Client> {
  return presentClient(row, await regionPathNamesOf(db, [row.region_code]));
}

/**
 * Same name, birth date and community: another record of the same person, perhaps — named only
 * when the user sees it, and not once the pair has been dismissed or the other record merged.
 */
async function possibleDuplicatesOf(
  db: Queryable,
  user: RequestUser,
  row: repository.ClientRow,
): Promise<PossibleDuplicate[]> {
  const others = await repository.findClientsByNameBirthRegion(
    db,
    { name: row.name, birthDate: row.birth_date, regionCode: row.region_code },
    row.id,
  );
  const visible = await visibleClientIds(db, user, others);
  const dismissed = await dismissedWith(
    db,
    row.id,
    others.map((other) => other.id),
  );
  return others
    .filter((other) => visible.has(other.id) && !dismissed.has(other.id))
    .map((other) => ({ id: other.id, name: other.name, reason: "nameBirthDateCommunity" }));
}

function auditExtra(row: repository.ClientRow) {
  return {
    householdMembers: parseHousehold(row.household_json),
    guardianName: row.guardian_name,
    guardianRelation: row.guardian_relation,
  };
}

export async function getClient(ctx: Context, user: RequestUser, id: number): Promise<ClientDetail> {
  const row = await clientInScope(ctx.db, user, id);
  const [client, consents, possibleDuplicates] = await Promise.all([
    presentOne(ctx.db, row),
    listConsents(ctx.db, id),
    possibleDuplicatesOf(ctx.db, user, row),
  ]);
  const today = todayInChina(ctx.clock.now());
  return {
    ...client,
    age: ageOn(row.birth_date, ctx.clock.now()),
    needsGuardianConsent: clientNeedsGuardianConsent(row.birth_date, today),
    ...auditExtra(row),
    consents,
    possibleDuplicates,
    mergedIntoId: row.merged_into_id,
    abilities: abilitiesOf(user, { regionCode: row.region_code, isActive: row.is_active === 1 }),
  };
}

/* ——— Checks shared by create and edit ——— */

async function regionProblem(
  db: Queryable,
  user: RequestUser,
  regionCode: string,
): Promise<ErrorField | null> {
  const region = await regionWithinScope(db, user, regionCode);
  if (!region) return { path: "regionCode", message: "所属区划：不存在或不在您的管辖范围内" };
  return null;
}

/** The refusal for an ID number already registered: named when the user sees it, neutral otherwise. */
async function duplicateIdNumberError(
  db: Queryable,
  user: RequestUser,
  existing: { id: number; name: string; region_code: string; created_by: number | null },
): Promise<AppError> {
  const message = (await mayViewClient(db, user, existing))
    ? `该身份证号已登记为服务对象：${existing.name}`
    : "该身份证号已登记为服务对象（不在您的管辖范围内），请联系上级部门";
  return conflict(message, [{ path: "idNumber", message: `身份证号：${message}` }]);
}

function mapUniqueViolation(error: unknown): never {
  if (isUniqueViolation(error)) {
    throw conflict("该身份证号已登记为服务对象", [
      { path: "idNumber", message: "身份证号：该身份证号已登记为服务对象" },
    ]);
  }
  throw error;
}

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

/** Name and its pinyin, written together so the search always finds the current name. */
function nameColumns(name: string) {
  const { full, initials } = pinyinOf(name);
  return { name, pinyin: full, pinyin_initials: initials };
}

export async function createClient(
  ctx: Context,
  user: RequestUser,
  body: CreateClientInput,
  ip: string | null,
): Promise<ClientDetail> {
  const problem = await regionProblem(ctx.db, user, body.regionCode);
  if (problem) throw invalid([problem]);
  const idNumber = body.idNumber ? parsedIdNumber(ctx, body.idNumber) : null;
  const phone = parsedPhone(body.phone);
  const sealed = idNumber
    ? sealIdNumber(ctx.cipher, idNumber.value)
    : { id_number_cipher: null, id_number_index: null, id_number_masked: null };
  if (sealed.id_number_index) {
    const existing = await repository.findClientByIdIndex(ctx.db, sealed.id_number_index);
    if (existing) throw await duplicateIdNumberError(ctx.db, user, existing);
  }

  const now = ctx.clock.now();
  const at = now.toISOString();
  try {
    const id = await ctx.db.transaction().execute(async (trx) => {
      const newId = await repository.insertClient(trx, {
        ...nameColumns(body.name),
        region_code: body.regionCode,
        is_active: 1,
        is_demo: 0,
        created_at: at,
        created_by: user.id,
        updated_at: at,
        updated_by: user.id,
        ...sealed,
        // The schema requires both when there is no ID number.
        sex: idNumber?.sex ?? body.sex ?? "male",
        birth_date: idNumber?.birthDate ?? body.birthDate ?? "",
        ...sealPhone(ctx.cipher, phone),
        ...sealAddress(ctx.cipher, body.address),
        categories_json: JSON.stringify(body.categories),
        household_json: JSON.stringify(body.householdMembers),
        guardian_name: body.guardianName || null,
        guardian_relation: body.guardianRelation || null,
        risk_level: body.riskLevel,
        is_emergency: body.isEmergency ? 1 : 0,
      });
      const created = await repository.findClient(trx, newId);
      if (!created) throw notFound();
      await flagPossibleDuplicates(trx, created, { source: "entry", at, by: user.id });
      await writeAudit(trx, actorOf(user, ip), now, {
        action: "client.create",
        entity: "client",
        entityId: newId,
        after: auditedClient(await presentOne(trx, created), auditExtra(created)),
      });
      return newId;
    });
    return getClient(ctx, user, id);
  } catch (error) {
    return mapUniqueViolation(error);
  }
}

/** The columns a PATCH changes (personal data sealed); the ID number's duplicate checked. */
async function changesOf(
  ctx: Context,
  user: RequestUser,
  row: repository.ClientRow,
  body: UpdateClientBody,
): Promise<Partial<repository.NewClient>> {
  const changes: Partial<repository.NewClient> = {};
  if (body.name !== undefined && body.name !== row.name) Object.assign(changes, nameColumns(body.name));
  if (body.idNumber) {
    const idNumber = parsedIdNumber(ctx, body.idNumber);
    const sealed = sealIdNumber(ctx.cipher, idNumber.value);
    if (sealed.id_number_index !== row.id_number_index) {
      const existing = await repository.findClientByIdIndex(ctx.db, sealed.id_number_index);
      if (existing && existing.id !== row.id) throw await duplicateIdNumberError(ctx.db, user, existing);
      Object.assign(changes, sealed, { sex: idNumber.sex, birth_date: idNumber.birthDate });
    }
  } else if (body.idNumber === undefined && row.id_number_index !== null) {
    // The ID number on record decides the birth date and sex; a different one entered is an error.
    const problems: ErrorField[] = [];
    if (body.birthDate && body.birthDate !== row.birth_date) {
      problems.push({ path: "birthDate", message: "出生日期：与身份证号不一致" });
    }
    if (body.sex && body.sex !== row.sex) problems.push({ path: "sex", message: "性别：与身份证号不一致" });
    if (problems.length > 0) throw invalid(problems);
  } else {
    // Without an ID number (none on record, or cleared now) the entered birth date and sex stand.
    if (body.idNumber === null) {
      Object.assign(changes, { id_number_cipher: null, id_number_index: null, id_number_masked: null });
    }
    if (body.birthDate) changes.birth_date = body.birthDate;
    if (body.sex) changes.sex = body.sex;
  }
  if (body.phone !== undefined) Object.assign(changes, sealPhone(ctx.cipher, parsedPhone(body.phone)));
  if (body.address !== undefined) Object.assign(changes, sealAddress(ctx.cipher, body.address));
  if (body.regionCode !== undefined) changes.region_code = body.regionCode;
  if (body.categories !== undefined) changes.categories_json = JSON.stringify(body.categories);
  if (body.householdMembers !== undefined) changes.household_json = JSON.stringify(body.householdMembers);
  if (body.guardianName !== undefined) changes.guardian_name = body.guardianName || null;
  if (body.guardianRelation !== undefined) changes.guardian_relation = body.guardianRelation || null;
  if (body.riskLevel !== undefined) changes.risk_level = body.riskLevel;
  if (body.isEmergency !== undefined) changes.is_emergency = body.isEmergency ? 1 : 0;
  return changes;
}

export async function updateClient(
  ctx: Context,
  user: RequestUser,
  id: number,
  body: UpdateClientBody,
  ip: string | null,
): Promise<ClientDetail> {
  const row = await clientInScope(ctx.db, user, id);
  if (body.regionCode !== undefined && body.regionCode !== row.region_code) {
    const problem = await regionProblem(ctx.db, user, body.regionCode);
    if (problem) throw invalid([problem]);
  }
  const changes = await changesOf(ctx, user, row, body);
  const before = auditedClient(await presentOne(ctx.db, row), auditExtra(row));
  const now = ctx.clock.now();
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await repository.updateClient(trx, id, {
        ...changes,
        updated_at: now.toISOString(),
        updated_by: user.id,
      });
      const updated = await repository.findClient(trx, id);
      if (!updated) throw notFound();
      await flagPossibleDuplicates(trx, updated, { source: "entry", at: now.toISOString(), by: user.id });
      const diff = changedFields(before, auditedClient(await presentOne(trx, updated), auditExtra(updated)));
      // A re-entered identical identifier changes only the ciphertext: still worth recording.
      const resealed = changes.id_number_cipher || changes.phone_cipher || changes.address_cipher;
      if (Object.keys(diff.after).length > 0 || resealed) {
        await writeAudit(trx, actorOf(user, ip), now, {
          action: "client.update",
          entity: "client",
          entityId: id,
          before: diff.before,
          after: diff.after,
        });
      }
    });
  } catch (error) {
    mapUniqueViolation(error);
  }
  return getClient(ctx, user, id);
}

export async function setClientActive(
  ctx: Context,
  user: RequestUser,
  id: number,
  isActive: boolean,
  ip: string | null,
): Promise<ClientDetail> {
  const row = await clientInScope(ctx.db, user, id);
  await changeActiveState(ctx, user, ip, {
    entity: "client",
    id,
    wasActive: row.is_active === 1,
    isActive,
    update: (trx, changes) => repository.updateClient(trx, id, changes),
  });
  return getClient(ctx, user, id);
}

const cipherOf: Record<RevealableField, (row: repository.ClientRow) => string | null> = {
  idNumber: (row) => row.id_number_cipher,
  phone: (row) => row.phone_cipher,
  address: (row) => row.address_cipher,
};

export async function revealClientField(
  ctx: Context,
  user: RequestUser,
  id: number,
  field: RevealableField,
  ip: string | null,
): Promise<ClientRevealResult> {
  const row = await clientInScope(ctx.db, user, id);
  const value = await revealPersonalField(ctx, user, {
    entity: "client",
    entityId: id,
    field,
    ciphertext: cipherOf[field](row),
    ip,
  });
  return { field, value };
}

export async function clientHistory(ctx: Context, user: RequestUser, id: number) {
  await clientInScope(ctx.db, user, id);
  return recordHistory(ctx.db, "client", id);
}

/** Bulk 停用 / 启用 of 服务对象 (platform/bulkActivation.ts): the same loader and write as one record's. */
export const clientActivation = activationTarget({
  entity: "client",
  load: clientInScope,
  isActive: (row) => row.is_active === 1,
  update: (trx, id, changes) => repository.updateClient(trx, id, changes),
});
