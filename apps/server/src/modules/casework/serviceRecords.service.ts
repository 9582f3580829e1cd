import {
  type CreateServiceRecordInput,
  type ErrorField,
  isActiveCaseStage,
  type Page,
  type ServiceRecord,
  type ServiceRecordDetail,
  type ServiceRecordListQuery,
  type ServiceRecordWorkerOption,
  serviceMinutesOf,
  type UpdateServiceRecordBody,
  type VoidServiceRecordBody,
} from "@xinqiao/shared";
import { type Actor, changedFields, recordHistory, writeAudit } from "../../platform/audit.ts";
import { actorOf, can, type RequestUser } from "../../platform/auth/requestUser.ts";
import { todayInChina } from "../../platform/clock.ts";
import type { AppContext } from "../../platform/context.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { conflict, forbidden, invalid, notFound } from "../../platform/errors.ts";
import { pageWindow, sortOrder, toPage } from "../../platform/pagination.ts";
import { regionNamesOf, regionWithinScope } from "../../platform/regionLookup.ts";
import { isInScope } from "../../platform/scope.ts";
import { postEarnedHours, reverseSourceEntries } from "../volunteers/volunteerLedger.ts";
import { mayViewCase } from "./caseVisibility.ts";
import * as repository from "./serviceRecords.repository.ts";

/**
 * Use cases of service records (服务记录): record (against a case or standalone), list, detail,
 * correct, void. A record, its links, its volunteers' ledger entries with their cumulative hours,
 * the case's count and the audit entry are written in ONE transaction. Hours are never edited:
 * voiding reverses the record's ledger entries.
 */
type Context = Pick<AppContext, "db" | "clock" | "cipher">;

export const ledgerSourceKind = "caseServiceRecord";

/** Roles who work cases; a record's workers are accounts of these roles. */
const workerRoles = new Set(["social_worker", "station_staff", "supervisor"]);

/**
 * Who may record a service on (or correct a record of) a visible case: its assigned worker, or a
 * station head or supervisor — who see it only within their reach (caseVisibility.ts).
 */
export function mayActOnCase(user: RequestUser, row: repository.CaseRow): boolean {
  if (!can(user, "cases.manage") || !mayViewCase(user, row)) return false;
  return (
    row.assigned_worker_id === user.id || user.roleId === "station_staff" || user.roleId === "supervisor"
  );
}

/** What a record refers to, checked: ready to be written. */
export interface CheckedRecord {
  body: CreateServiceRecordInput;
  caseRow: repository.CaseRow | null;
  regionCode: string;
  minutes: number;
  volunteerNames: Map<number, string>;
}

/**
 * The case (visible and in an active stage), the region, clients (visible, active), workers
 * (active caseworkers in scope) and volunteers (in scope, active) of a new record. Problems of
 * the references are the fields' (400); a case the user may not see is 404, one they may see but
 * not act on 403.
 */
export async function checkReferences(
  db: Queryable,
  user: RequestUser,
  body: CreateServiceRecordInput,
): Promise<CheckedRecord> {
  const problems: ErrorField[] = [];
  let caseRow: repository.CaseRow | null = null;
  if (body.caseId) {
    caseRow = (await repository.findCase(db, body.caseId)) ?? null;
    if (!caseRow || !mayViewCase(user, caseRow)) throw notFound("个案不存在");
    if (!mayActOnCase(user, caseRow)) {
      throw forbidden("只有个案的负责社工、社工站负责人或督导可以登记服务记录");
    }
    if (!isActiveCaseStage(caseRow.stage)) {
      problems.push({
        path: "caseId",
        message: "个案：已结束（结案、不予接案、中止或转介），不能再登记服务",
      });
    }
  }
  let regionCode = caseRow?.region_code ?? "";
  if (!caseRow) {
    const region = body.regionCode ? await regionWithinScope(db, user, body.regionCode) : null;
    if (!region) problems.push({ path: "regionCode", message: "服务区划：不存在或不在您的管辖范围内" });
    else regionCode = region.code;
  }
  problems.push(...(await referenceProblems(db, user, caseRow, body)));
  const minutes = serviceMinutesOf(body);
  if (minutes === null)
    problems.push({ path: "minutes", message: "服务时长（分钟）：未填开始、结束时间时必填" });
  if (problems.length > 0) throw invalid(problems);
  const volunteers = await repository.findVolunteers(
    db,
    body.volunteers.map((v) => v.volunteerId),
  );
  return {
    body,
    caseRow,
    regionCode,
    minutes: minutes ?? 0,
    volunteerNames: new Map(volunteers.map((v) => [v.id, v.name])),
  };
}

/** Problems of the people a record names (only those it adds, for a correction). */
export async function referenceProblems(
  db: Queryable,
  user: RequestUser,
  caseRow: Pick<repository.CaseRow, "client_id" | "assigned_worker_id"> | null,
  body: {
    clientIds?: readonly number[];
    workerIds?: readonly number[];
    volunteers?: readonly { volunteerId: number }[];
  },
): Promise<ErrorField[]> {
  const problems: ErrorField[] = [];
  const unknownOf = <T extends { id: number }>(
    ids: readonly number[],
    rows: T[],
    ok: (row: T) => boolean,
  ) => {
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.filter((id) => {
      const row = byId.get(id);
      return !row || !ok(row);
    });
  };
  if (body.clientIds) {
    const clients = await repository.findClients(db, body.clientIds);
    const bad = unknownOf(
      body.clientIds,
      clients,
      (c) => c.is_active === 1 && (isInScope(user, c.region_code) || c.id === caseRow?.client_id),
    );
    if (bad.length > 0)
      problems.push({
        path: "clientIds",
        message: `服务对象：${bad.length} 位不存在、已停用或不在您的管辖范围内`,
      });
  }
  if (body.workerIds) {
    const users = await repository.findUsers(db, body.workerIds);
    const bad = unknownOf(
      body.workerIds,
      users,
      (u) =>
        u.is_active === 1 &&
        workerRoles.has(u.role_id) &&
        (isInScope(user, u.region_code) || u.id === caseRow?.assigned_worker_id),
    );
    if (bad.length > 0)
      problems.push({
        path: "workerIds",
        message: `服务社工：${bad.length} 位不存在、已停用或不在您的管辖范围内`,
      });
  }
  if (body.volunteers && body.volunteers.length > 0) {
    const ids = body.volunteers.map((v) => v.volunteerId);
    const volunteers = await repository.findVolunteers(db, ids);
    const bad = unknownOf(ids, volunteers, (v) => v.is_active === 1 && isInScope(user, v.region_code));
    if (bad.length > 0)
      problems.push({
        path: "volunteers",
        message: `志愿者：${bad.length} 位不存在、已停用或不在您的管辖范围内`,
      });
  }
  return problems;
}

/** The fields of a record as its audit entries show them (the notes never: only whether there are any). */
function audited(fields: {
  caseId: number | null;
  regionCode: string;
  serviceDate: string;
  startTime: string | null;
  endTime: string | null;
  minutes: number;
  method: string;
  type: string;
  domain: string;
  place: string;
  hasNotes: boolean;
  clientIds: number[];
  workerIds: number[];
}) {
  return fields;
}

/**
 * Writes a checked record in the caller's transaction: the record, the volunteers' ledger entries
 * (source caseServiceRecord:<id>) with their cumulative hours, the links, the case's count and the
 * audit entry — last, so a failure anywhere leaves nothing. Used by the form and the import.
 */
export async function writeRecord(
  ctx: Pick<Context, "cipher">,
  trx: Queryable,
  user: RequestUser,
  actor: Actor & { id: number },
  now: Date,
  checked: CheckedRecord,
  options: { auditAction?: "caseServiceRecord.create" | "caseServiceRecord.import.create" } = {},
): Promise<number> {
  const { body, caseRow, regionCode, minutes } = checked;
  const at = now.toISOString();
  const notes = body.notes?.trim() || null;
  const id = await repository.insertRecord(trx, {
    case_id: caseRow?.id ?? null,
    need_id: caseRow?.need_id ?? null,
    region_code: regionCode,
    service_date: body.serviceDate,
    start_time: body.startTime ?? null,
    end_time: body.endTime ?? null,
    minutes,
    method: body.method,
    type: body.type,
    domain: body.domain,
    place: body.place,
    notes_cipher: notes ? ctx.cipher.encrypt(notes) : null,
    voided_at: null,
    voided_by: null,
    void_reason: null,
    is_demo: 0,
    created_at: at,
    created_by: user.id,
    updated_at: at,
    updated_by: user.id,
  });
  const volunteers = [...body.volunteers].sort((a, b) => a.volunteerId - b.volunteerId);
  const entryIds = await postEarnedHours(
    trx,
    actor,
    now,
    { kind: ledgerSourceKind, id },
    volunteers.map((v) => ({
      volunteerId: v.volunteerId,
      content: `${body.type}（${body.place}）`,
      serviceDate: body.serviceDate,
      place: body.place,
      hours: v.hours,
      recordingOrganization: user.organizationName ?? user.regionName,
      confirmedBy: user.displayName,
      teamId: null,
      regionCode,
    })),
  );
  await repository.insertLinks(trx, id, {
    workerIds: body.workerIds,
    clientIds: body.clientIds,
    volunteers: volunteers.map((v, i) => ({ ...v, ledgerEntryId: entryIds[i] ?? null })),
  });
  if (caseRow) await repository.addToCaseCount(trx, caseRow.id, 1);
  await writeAudit(trx, actor, now, {
    action: options.auditAction ?? "caseServiceRecord.create",
    entity: "caseServiceRecord",
    entityId: id,
    after: {
      ...audited({
        caseId: caseRow?.id ?? null,
        regionCode,
        serviceDate: body.serviceDate,
        startTime: body.startTime ?? null,
        endTime: body.endTime ?? null,
        minutes,
        method: body.method,
        type: body.type,
        domain: body.domain,
        place: body.place,
        hasNotes: notes !== null,
        clientIds: body.clientIds,
        workerIds: body.workerIds,
      }),
      volunteers: volunteers.map((v, i) => ({ ...v, ledgerEntryId: entryIds[i] ?? null })),
    },
  });
  return id;
}

export async function createServiceRecord(
  ctx: Context,
  user: RequestUser,
  body: CreateServiceRecordInput,
  ip: string | null,
): Promise<ServiceRecordDetail> {
  const checked = await checkReferences(ctx.db, user, body);
  const now = ctx.clock.now();
  const id = await ctx.db
    .transaction()
    .execute((trx) => writeRecord(ctx, trx, user, { ...actorOf(user, ip), id: user.id }, now, checked));
  return detailOf(ctx, user, id, { auditNotes: false });
}

/* ——— Reading ——— */

const sortable = {
  serviceDate: "r.service_date",
  id: "r.id",
  minutes: "r.minutes",
  createdAt: "r.created_at",
};

export function filtersOf(query: Omit<ServiceRecordListQuery, "page" | "pageSize" | "sort">) {
  return {
    regionCode: query.regionCode,
    dateFrom: query.dateFrom,
    dateTo: query.dateTo,
    method: query.method,
    type: query.type,
    domain: query.domain,
    caseId: query.caseId,
    clientId: query.clientId,
    workerId: query.workerId,
    includeVoided: query.includeVoided === "true",
    q: query.q?.trim() || undefined,
  } satisfies repository.ServiceRecordFilters;
}

/** The records of a page as answers show them, their people and hours read in three queries. */
export async function presentRecords(
  db: Queryable,
  rows: repository.ServiceRecordListRow[],
): Promise<(ServiceRecord & { volunteerRows: Awaited<ReturnType<typeof repository.volunteersOf>> })[]> {
  const ids = rows.map((row) => row.id);
  const [workers, clients, volunteers, names] = await Promise.all([
    repository.workersOf(db, ids),
    repository.clientsOf(db, ids),
    repository.volunteersOf(db, ids),
    regionNamesOf(
      db,
      rows.map((row) => row.region_code),
    ),
  ]);
  const of = <T extends { record_id: number }>(list: T[], id: number) =>
    list.filter((l) => l.record_id === id);
  return rows.map((row) => {
    const volunteerRows = of(volunteers, row.id);
    return {
      id: row.id,
      case: row.case_id !== null ? { id: row.case_id, caseNumber: row.case_number ?? "" } : null,
      region: { code: row.region_code, name: names.get(row.region_code) ?? row.region_code },
      serviceDate: row.service_date,
      startTime: row.start_time,
      endTime: row.end_time,
      minutes: row.minutes,
      method: row.method as ServiceRecord["method"],
      type: row.type,
      domain: row.domain,
      place: row.place,
      clients: of(clients, row.id).map((c) => ({ id: c.id, name: c.name })),
      workers: of(workers, row.id).map((w) => ({ id: w.id, name: w.name })),
      volunteerHours: Math.round(volunteerRows.reduce((sum, v) => sum + v.hours, 0) * 100) / 100,
      isVoided: row.voided_at !== null,
      isDemo: row.is_demo === 1,
      createdAt: row.created_at,
      volunteerRows,
    };
  });
}

export async function listServiceRecords(
  ctx: Context,
  user: RequestUser,
  query: ServiceRecordListQuery,
): Promise<Page<ServiceRecord>> {
  const filters = filtersOf(query);
  const order = sortOrder(query.sort, sortable, { column: "r.service_date", direction: "desc" });
  const window = pageWindow(query);
  const rows = await repository.listServiceRecords(ctx.db, user, filters, order, window);
  const isLastPage = rows.length < window.limit && (rows.length > 0 || window.offset === 0);
  const total = isLastPage
    ? window.offset + rows.length
    : await repository.countServiceRecords(ctx.db, user, filters);
  const items = (await presentRecords(ctx.db, rows)).map(({ volunteerRows: _, ...record }) => record);
  return toPage(items, total, query);
}

/** The record if the user may see it; the same 404 as for one that does not exist otherwise. */
export async function visibleRecord(db: Queryable, user: RequestUser, id: number) {
  const row = await repository.findVisibleRecord(db, user, id);
  if (!row) throw notFound("服务记录不存在");
  return row;
}

/** Whether the user may correct or void a record they see. */
async function mayCorrect(db: Queryable, user: RequestUser, row: repository.ServiceRecordRow) {
  if (!can(user, "cases.manage") || row.voided_at !== null) return false;
  if (row.case_id === null) return true;
  const caseRow = await repository.findCase(db, row.case_id);
  return caseRow !== undefined && mayActOnCase(user, caseRow);
}

async function detailOf(
  ctx: Context,
  user: RequestUser,
  id: number,
  options: { auditNotes: boolean; ip?: string | null },
): Promise<ServiceRecordDetail> {
  const row = await visibleRecord(ctx.db, user, id);
  const [record] = await presentRecords(ctx.db, [row]);
  if (!record) throw notFound("服务记录不存在");
  const { volunteerRows, ...listed } = record;
  const notes = row.notes_cipher ? ctx.cipher.decrypt(row.notes_cipher) : null;
  if (notes !== null && options.auditNotes) {
    // Case notes are sensitive: who read them, and when, is on record.
    await writeAudit(ctx.db, actorOf(user, options.ip ?? null), ctx.clock.now(), {
      action: "caseServiceRecord.notes.view",
      entity: "caseServiceRecord",
      entityId: id,
    });
  }
  const correct = await mayCorrect(ctx.db, user, row);
  return {
    ...listed,
    notes,
    volunteers: volunteerRows.map((v) => ({
      id: v.id,
      name: v.name,
      volunteerNumber: v.volunteer_number,
      hours: v.hours,
      ledgerEntryId: v.ledger_entry_id,
      reversedByEntryId: v.reversed_by_entry_id,
    })),
    voidReason: row.void_reason,
    voidedAt: row.voided_at,
    createdBy: row.created_by !== null ? { id: row.created_by, name: row.created_by_name ?? "" } : null,
    updatedAt: row.updated_at,
    abilities: { correct, void: correct },
    history: await recordHistory(ctx.db, "caseServiceRecord", id),
  };
}

export function getServiceRecord(
  ctx: Context,
  user: RequestUser,
  id: number,
  ip: string | null,
): Promise<ServiceRecordDetail> {
  return detailOf(ctx, user, id, { auditNotes: true, ip });
}

/* ——— Corrections ——— */

async function correctable(db: Queryable, user: RequestUser, id: number) {
  const row = await visibleRecord(db, user, id);
  if (row.voided_at !== null) throw conflict("服务记录已作废，不能再更正");
  if (!(await mayCorrect(db, user, row)))
    throw forbidden("只有个案的负责社工、社工站负责人或督导可以更正服务记录");
  return row;
}

/**
 * A correction of what was recorded (date, times, method, type, domain, place, notes, clients,
 * workers): an audited update with before and after. Volunteers' hours are not among them — the
 * ledger is corrected by voiding the record and recording it again.
 */
export async function updateServiceRecord(
  ctx: Context,
  user: RequestUser,
  id: number,
  body: UpdateServiceRecordBody,
  ip: string | null,
): Promise<ServiceRecordDetail> {
  const row = await correctable(ctx.db, user, id);
  const [current] = await presentRecords(ctx.db, [row]);
  if (!current) throw notFound("服务记录不存在");
  const beforeClients = current.clients.map((c) => c.id);
  const beforeWorkers = current.workers.map((w) => w.id);
  const caseRow = row.case_id !== null ? ((await repository.findCase(ctx.db, row.case_id)) ?? null) : null;
  const problems = await referenceProblems(ctx.db, user, caseRow, {
    clientIds: body.clientIds?.filter((c) => !beforeClients.includes(c)),
    workerIds: body.workerIds?.filter((w) => !beforeWorkers.includes(w)),
  });
  const times = {
    startTime: body.startTime !== undefined ? body.startTime : row.start_time,
    endTime: body.endTime !== undefined ? body.endTime : row.end_time,
  };
  const timesChanged = body.startTime !== undefined || body.endTime !== undefined;
  const minutes =
    times.startTime && times.endTime
      ? serviceMinutesOf(times)
      : (body.minutes ?? (timesChanged ? null : row.minutes));
  if (minutes === null || minutes <= 0)
    problems.push({ path: "minutes", message: "服务时长（分钟）：未填开始、结束时间时必填" });
  if (problems.length > 0) throw invalid(problems);
  const oldNotes = row.notes_cipher ? ctx.cipher.decrypt(row.notes_cipher) : null;
  const newNotes = body.notes !== undefined ? body.notes?.trim() || null : oldNotes;
  const fields = (r: {
    serviceDate: string;
    startTime: string | null;
    endTime: string | null;
    minutes: number;
    method: string;
    type: string;
    domain: string;
    place: string;
    clientIds: number[];
    workerIds: number[];
  }) => r;
  const before = fields({
    serviceDate: row.service_date,
    startTime: row.start_time,
    endTime: row.end_time,
    minutes: row.minutes,
    method: row.method,
    type: row.type,
    domain: row.domain,
    place: row.place,
    clientIds: beforeClients,
    workerIds: beforeWorkers,
  });
  const after = fields({
    serviceDate: body.serviceDate ?? row.service_date,
    startTime: times.startTime ?? null,
    endTime: times.endTime ?? null,
    minutes: minutes ?? row.minutes,
    method: body.method ?? row.method,
    type: body.type ?? row.type,
    domain: body.domain ?? row.domain,
    place: body.place ?? row.place,
    clientIds: body.clientIds ? [...body.clientIds].sort((a, b) => a - b) : beforeClients,
    workerIds: body.workerIds ? [...body.workerIds].sort((a, b) => a - b) : beforeWorkers,
  });
  const diff = changedFields(before, after);
  const notesChanged = newNotes !== oldNotes;
  if (Object.keys(diff.after).length === 0 && !notesChanged)
    return detailOf(ctx, user, id, { auditNotes: false });
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await repository.updateRecord(trx, id, {
      service_date: after.serviceDate,
      start_time: after.startTime,
      end_time: after.endTime,
      minutes: after.minutes,
      method: after.method,
      type: after.type,
      domain: after.domain,
      place: after.place,
      notes_cipher: newNotes ? ctx.cipher.encrypt(newNotes) : null,
      updated_at: now.toISOString(),
      updated_by: user.id,
    });
    if (diff.after.clientIds) await repository.replaceClients(trx, id, after.clientIds);
    if (diff.after.workerIds) await repository.replaceWorkers(trx, id, after.workerIds);
    await writeAudit(trx, actorOf(user, ip), now, {
      action: "caseServiceRecord.update",
      entity: "caseServiceRecord",
      entityId: id,
      // The notes' words stay out of the log: it says only that they changed.
      before: notesChanged ? { ...diff.before, notes: "（原内容）" } : diff.before,
      after: notesChanged ? { ...diff.after, notes: "（已修改）" } : diff.after,
    });
  });
  return detailOf(ctx, user, id, { auditNotes: false });
}

/**
 * Voids a record: it stays, marked with the reason; its volunteers' ledger entries are reversed
 * (cumulative hours back), the case's count goes down, audited — one transaction.
 */
export async function voidServiceRecord(
  ctx: Context,
  user: RequestUser,
  id: number,
  body: VoidServiceRecordBody,
  ip: string | null,
): Promise<ServiceRecordDetail> {
  const row = await correctable(ctx.db, user, id);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const actor = { ...actorOf(user, ip), id: user.id };
    // Marked first, under the row's lock: a second void of the same record waits, then finds it voided.
    const marked = await trx
      .updateTable("service_records")
      .set({
        voided_at: now.toISOString(),
        voided_by: user.id,
        void_reason: body.reason,
        updated_at: now.toISOString(),
        updated_by: user.id,
      })
      .where("id", "=", id)
      .where("voided_at", "is", null)
      .executeTakeFirst();
    if (Number(marked.numUpdatedRows) !== 1) throw conflict("服务记录已作废，不能再更正");
    const reversals = await reverseSourceEntries(
      trx,
      actor,
      now,
      { kind: ledgerSourceKind, id },
      {
        reason: `服务记录作废：${body.reason}`,
        confirmedBy: user.displayName,
        correctedOn: todayInChina(now),
      },
    );
    if (row.case_id !== null) await repository.addToCaseCount(trx, row.case_id, -1);
    await writeAudit(trx, actor, now, {
      action: "caseServiceRecord.void",
      entity: "caseServiceRecord",
      entityId: id,
      before: { voided: false },
      after: { voided: true, reason: body.reason, reversedLedgerEntries: [...reversals.keys()] },
    });
  });
  return detailOf(ctx, user, id, { auditNotes: false });
}

/** The workers a record may name (the form's picker): active caseworkers in the user's scope. */
export async function workerOptions(
  ctx: Pick<Context, "db">,
  user: RequestUser,
  q: string | undefined,
): Promise<ServiceRecordWorkerOption[]> {
  const rows = await repository.workersInScope(ctx.db, user.regionCode, [...workerRoles], q);
  const names = await regionNamesOf(
    ctx.db,
    rows.map((row) => row.region_code),
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.display_name,
    username: row.username,
    region: { code: row.region_code, name: names.get(row.region_code) ?? row.region_code },
  }));
}
