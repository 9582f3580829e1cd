import type {
  CreateNeedBody,
  Need,
  NeedDetail,
  NeedListQuery,
  NeedSource,
  NeedStatus,
  NeedUrgency,
  Page,
  ServiceDomain,
  TriageNeedBody,
} from "@xinqiao/shared";
import { type RawBuilder, type SqlBool, sql } from "kysely";
import { writeAudit } from "../../platform/audit.ts";
import { actorOf, can, type RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { conflict, invalid, notFound } from "../../platform/errors.ts";
import { pageWindow, sortOrder, toPage } from "../../platform/pagination.ts";
import { matchesNameOrPinyin } from "../../platform/pinyin.ts";
import { regionNamesOf } from "../../platform/regionLookup.ts";
import { inRegionScope, listRegionOf } from "../../platform/scope.ts";
import { clientInScope } from "../clients/clients.service.ts";
import { openCaseIn } from "./cases.service.ts";

/**
 * 需求 (needs): intake for a client in scope, the list and detail in scope, and the one triage
 * — open a case from it, record a one-off service, or close it with a reason. The description
 * and the triage's note are encrypted; the detail shows them to those who see the region.
 */
type Context = Pick<AppContext, "db" | "clock" | "cipher">;

const sortable = { id: "n.id", receivedOn: "n.received_on", urgency: "n.urgency" };

function baseQuery(db: Queryable) {
  return db
    .selectFrom("needs as n")
    .innerJoin("clients as cl", "cl.id", "n.client_id")
    .leftJoin("users as u", "u.id", "n.triaged_by");
}

const columns = [
  "n.id",
  "n.client_id",
  "cl.name as client_name",
  "n.region_code",
  "n.source",
  "n.domain",
  "n.urgency",
  "n.status",
  "n.received_on",
  "n.case_id",
  "n.created_at",
] as const;

interface NeedListRow {
  id: number;
  client_id: number;
  client_name: string;
  region_code: string;
  source: string;
  domain: string;
  urgency: string;
  status: string;
  received_on: string;
  case_id: number | null;
  created_at: string;
}

function findNeed(db: Queryable, id: number, user: RequestUser) {
  return baseQuery(db)
    .select([
      ...columns,
      "n.description_cipher",
      "n.triage_note_cipher",
      "n.triaged_at",
      "n.triaged_by",
      "u.display_name as triaged_by_name",
      "n.updated_at",
    ])
    .where("n.id", "=", id)
    .where(visibleNeeds(user))
    .executeTakeFirst();
}

/**
 * Who sees a need: everyone with cases.read inside their region; a social worker, inside it,
 * only the needs they took in and those of the clients whose cases they handle (as for clients
 * and cases: a worker sees their own people, not the street's).
 */
export function visibleNeeds(user: RequestUser, alias = "n"): RawBuilder<SqlBool> {
  const column = (name: string) => sql.ref(`${alias}.${name}`);
  const inRegion = inRegionScope(`${alias}.region_code`, user.regionCode);
  if (user.roleId !== "social_worker") return inRegion;
  return sql<SqlBool>`(${inRegion} and (${column("created_by")} = ${user.id} or exists (
    select 1 from cases as handled
    where handled.client_id = ${column("client_id")}
      and (handled.assigned_worker_id = ${user.id} or handled.pending_transfer_to = ${user.id}))))`;
}

/** The need if the user sees it; the same 404 as for no such need otherwise. */
async function needInScope(db: Queryable, user: RequestUser, id: number) {
  const row = await findNeed(db, id, user);
  if (!row) throw notFound("需求不存在");
  return row;
}

function present(row: NeedListRow, names: ReadonlyMap<string, string>): Need {
  return {
    id: row.id,
    client: { id: row.client_id, name: row.client_name },
    region: { code: row.region_code, name: names.get(row.region_code) ?? row.region_code },
    source: row.source as NeedSource,
    domain: row.domain as ServiceDomain,
    urgency: row.urgency as NeedUrgency,
    status: row.status as NeedStatus,
    receivedOn: row.received_on,
    caseId: row.case_id,
    createdAt: row.created_at,
  };
}

export async function listNeeds(ctx: Context, user: RequestUser, query: NeedListQuery): Promise<Page<Need>> {
  const regionCode = listRegionOf(user.regionCode, query.regionCode);
  if (!regionCode) return toPage([], 0, query);
  let q = baseQuery(ctx.db).where(visibleNeeds(user)).where(inRegionScope("n.region_code", regionCode));
  if (query.status) q = q.where("n.status", "=", query.status);
  if (query.urgency) q = q.where("n.urgency", "=", query.urgency);
  if (query.domain) q = q.where("n.domain", "=", query.domain);
  const text = query.q?.trim();
  if (text) {
    q = q.where(
      matchesNameOrPinyin(text, { name: "cl.name", pinyin: "cl.pinyin", initials: "cl.pinyin_initials" }),
    );
  }
  const order = sortOrder(query.sort, sortable, { column: "n.id", direction: "desc" });
  const window = pageWindow(query);
  const [rows, counted] = await Promise.all([
    q
      .select(columns)
      .orderBy(order.column as "n.id", order.direction)
      .orderBy("n.id", order.direction)
      .limit(window.limit)
      .offset(window.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow(),
  ]);
  const names = await regionNamesOf(
    ctx.db,
    rows.map((row) => row.region_code),
  );
  return toPage(
    rows.map((row) => present(row, names)),
    Number(counted.total),
    query,
  );
}

export async function getNeed(ctx: Context, user: RequestUser, id: number): Promise<NeedDetail> {
  const row = await needInScope(ctx.db, user, id);
  const names = await regionNamesOf(ctx.db, [row.region_code]);
  return {
    ...present(row, names),
    description: ctx.cipher.decrypt(row.description_cipher),
    triageNote: row.triage_note_cipher ? ctx.cipher.decrypt(row.triage_note_cipher) : null,
    triagedAt: row.triaged_at,
    triagedBy: row.triaged_by === null ? null : { id: row.triaged_by, name: row.triaged_by_name ?? "" },
    abilities: { triage: row.status === "open" && can(user, "cases.manage") },
  };
}

export async function createNeed(
  ctx: Context,
  user: RequestUser,
  body: CreateNeedBody,
  ip: string | null,
): Promise<NeedDetail> {
  const client = await clientInScope(ctx.db, user, body.clientId).catch(() => {
    throw invalid([{ path: "clientId", message: "服务对象：不存在或不在您的管辖范围内" }]);
  });
  const now = ctx.clock.now();
  const at = now.toISOString();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto("needs")
      .values({
        client_id: client.id,
        region_code: client.region_code,
        source: body.source,
        domain: body.domain,
        urgency: body.urgency,
        description_cipher: ctx.cipher.encrypt(body.description),
        received_on: body.receivedOn,
        status: "open",
        case_id: null,
        triage_note_cipher: null,
        triaged_at: null,
        triaged_by: null,
        is_demo: 0,
        created_at: at,
        created_by: user.id,
        updated_at: at,
        updated_by: user.id,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actorOf(user, ip), now, {
      action: "need.create",
      entity: "need",
      entityId: inserted.id,
      // The description may tell of the client: the entry keeps what kind of need it was.
      after: { clientId: client.id, source: body.source, domain: body.domain, urgency: body.urgency },
    });
    return inserted.id;
  });
  return getNeed(ctx, user, id);
}

/** The one triage of an open need; a second answers 409 (the need was triaged meanwhile). */
export async function triageNeed(
  ctx: Context,
  user: RequestUser,
  id: number,
  body: TriageNeedBody,
  ip: string | null,
): Promise<NeedDetail> {
  const row = await needInScope(ctx.db, user, id);
  if (row.status !== "open") throw conflict("该需求已分流");
  const now = ctx.clock.now();
  const at = now.toISOString();
  const note =
    body.outcome === "closed" ? body.reason : body.outcome === "oneOff" ? (body.note ?? null) : null;
  await ctx.db.transaction().execute(async (trx) => {
    const caseId =
      body.outcome === "case"
        ? await openCaseIn(
            trx,
            ctx,
            user,
            {
              clientId: row.client_id,
              summary: body.summary,
              assignedWorkerId: body.assignedWorkerId,
              needId: id,
            },
            ip,
          )
        : null;
    const result = await trx
      .updateTable("needs")
      .set({
        status: body.outcome,
        case_id: caseId,
        triage_note_cipher: note ? ctx.cipher.encrypt(note) : null,
        triaged_at: at,
        triaged_by: user.id,
        updated_at: at,
        updated_by: user.id,
      })
      .where("id", "=", id)
      .where("status", "=", "open")
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw conflict("该需求已分流");
    await writeAudit(trx, actorOf(user, ip), now, {
      action: "need.triage",
      entity: "need",
      entityId: id,
      before: { status: "open" },
      after: { status: body.outcome, caseId },
    });
  });
  return getNeed(ctx, user, id);
}
