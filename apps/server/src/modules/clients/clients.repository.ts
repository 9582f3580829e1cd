import { sql } from "kysely";
import type { Queryable } from "../../platform/db/database.ts";
import {
  piecesOfFixedSizes,
  reusableInsert,
  reusableInsertRows,
  reusableQuery,
} from "../../platform/db/reusableQuery.ts";
import { like, likeContains, type SortOrder } from "../../platform/pagination.ts";
import { matchesNameOrPinyin } from "../../platform/pinyin.ts";
import { inRegionScope, inRegionScopeAfter, type RegionKeyset } from "../../platform/scope.ts";
import type { ClientConsentTable, ClientTable } from "./clients.tables.ts";
import { handledBy } from "./clientVisibility.ts";

/** Kysely queries of the clients registry (服务对象) and their consents, nothing else. */
export type NewClient = Omit<ClientTable, "id" | "merged_into_id">;
export type NewClientConsent = Omit<ClientConsentTable, "id">;

/** Filters after the service has resolved the scope and the kind of search. */
export interface ClientFilters {
  /** The one region range to apply (already intersected with the user's scope). */
  regionCode: string;
  q?: string;
  idNumberIndex?: string;
  category?: string;
  riskLevel?: string;
  isEmergency?: boolean;
  isActive?: boolean;
  /** Only these records (an export of the rows chosen in the list). */
  ids?: number[];
  /** A social worker's own clients only (clientVisibility.ts). */
  workerId?: number | null;
}

const listColumns = [
  "c.id",
  "c.name",
  "c.id_number_masked",
  "c.sex",
  "c.birth_date",
  "c.phone_masked",
  "c.address_masked",
  "c.region_code",
  "c.categories_json",
  "c.risk_level",
  "c.is_emergency",
  "c.is_active",
  "c.is_demo",
  "c.created_at",
  "c.updated_at",
] as const;

export type ClientListRow = Awaited<ReturnType<typeof listClients>>[number];
export type ClientRow = NonNullable<Awaited<ReturnType<typeof findClient>>>;

/** `exportAfter` (null for the first page) makes the region range an export's keyset bound. */
function filtered(db: Queryable, filters: ClientFilters, exportAfter?: RegionKeyset | null) {
  const inRegion =
    exportAfter === undefined
      ? inRegionScope("c.region_code", filters.regionCode)
      : inRegionScopeAfter("c.region_code", "c.id", filters.regionCode, exportAfter);
  let q = db.selectFrom("clients as c").where(inRegion);
  if (filters.workerId != null) q = q.where(handledBy(filters.workerId, "c"));
  if (filters.idNumberIndex) q = q.where("c.id_number_index", "=", filters.idNumberIndex);
  else if (filters.q) {
    q = q.where(
      matchesNameOrPinyin(filters.q, { name: "c.name", pinyin: "c.pinyin", initials: "c.pinyin_initials" }),
    );
  }
  if (filters.category)
    q = q.where(like("c.categories_json", likeContains(JSON.stringify(filters.category))));
  if (filters.riskLevel) q = q.where("c.risk_level", "=", filters.riskLevel as ClientTable["risk_level"]);
  if (filters.isEmergency !== undefined) q = q.where("c.is_emergency", "=", filters.isEmergency ? 1 : 0);
  if (filters.isActive !== undefined) q = q.where("c.is_active", "=", filters.isActive ? 1 : 0);
  if (filters.ids) q = q.where("c.id", "in", filters.ids);
  return q;
}

export function listClients(
  db: Queryable,
  filters: ClientFilters,
  order: SortOrder,
  window: { limit: number; offset: number },
) {
  let q = filtered(db, filters).select(listColumns);
  q = q.orderBy(sql.ref(order.column), order.direction);
  if (order.column !== "c.id") q = q.orderBy("c.id", order.direction);
  return q.limit(window.limit).offset(window.offset).execute();
}

export async function countClients(db: Queryable, filters: ClientFilters): Promise<number> {
  const row = await filtered(db, filters)
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

/** Keyset pages for the export, by region then id, with ciphertexts for an unmasked export. */
export function exportPage(db: Queryable, filters: ClientFilters, after: RegionKeyset | null, limit: number) {
  return filtered(db, filters, after)
    .select([...listColumns, "c.id_number_cipher", "c.phone_cipher", "c.address_cipher"])
    .orderBy("c.region_code")
    .orderBy("c.id")
    .limit(limit)
    .execute();
}

/** Clients by id as the list shows them (the duplicates queue's pairs). */
export function clientsByIds(db: Queryable, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("clients as c")
    .select(listColumns)
    .where("c.id", "in", [...ids])
    .execute();
}

const clientById = reusableQuery((db: Queryable, id: number) =>
  db
    .selectFrom("clients as c")
    .select([
      ...listColumns,
      "c.id_number_cipher",
      "c.id_number_index",
      "c.phone_cipher",
      "c.address_cipher",
      "c.household_json",
      "c.guardian_name",
      "c.guardian_relation",
      "c.created_by",
      "c.merged_into_id",
    ])
    .where("c.id", "=", id),
);

export async function findClient(db: Queryable, id: number) {
  return (await clientById(db, id))[0];
}

export function findClientByIdIndex(db: Queryable, idNumberIndex: string) {
  return db
    .selectFrom("clients")
    .select(["id", "name", "region_code", "created_by"])
    .where("id_number_index", "=", idNumberIndex)
    .executeTakeFirst();
}

/** At most this many suspects are named for one client: a common name must not flood the queue. */
export const duplicateSuspectLimit = 20;

export type DuplicateCandidate = Awaited<ReturnType<typeof findClientsByNameBirthRegion>>[number];

/** Clients by the keyed hash of their ID number (an import's rows against the registry). */
export function findClientsByIdIndexes(db: Queryable, indexes: readonly string[]) {
  if (indexes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("clients")
    .select(["id", "name", "region_code", "created_by", "id_number_index", "id_number_masked"])
    .where("id_number_index", "in", [...indexes])
    .execute();
}

/** Other clients of the same name, birth date and community: the second duplicate rule. */
export async function findClientsByNameBirthRegion(
  db: Queryable,
  key: { name: string; birthDate: string; regionCode: string },
  exceptId: number | null,
) {
  // Ids start at 1: 0 excepts none.
  return suspectsOf(db, key.name, key.birthDate, key.regionCode, exceptId ?? 0);
}

/**
 * The clients sharing a name, birth date and community with any of `keys` (an import's batch,
 * looked up at once): narrowed by name and birth date in SQL, matched exactly by the caller.
 */
export function findClientsByNameBirthRegions(
  db: Queryable,
  keys: readonly { name: string; birthDate: string; regionCode: string }[],
) {
  if (keys.length === 0) return Promise.resolve([]);
  const pairs = [...new Map(keys.map((key) => [`${key.name}|${key.birthDate}`, key])).values()];
  return (
    db
      .selectFrom("clients")
      .select(["id", "name", "region_code", "created_by", "birth_date"])
      .where("merged_into_id", "is", null)
      // One seek of (name, birth date) per pair. The community is no index term: SQLite would
      // otherwise seek its range (region_code IN one value) and read every client of it — tens
      // of thousands after a large import into one community.
      .where((eb) =>
        eb(
          eb.refTuple("name", "birth_date"),
          "in",
          pairs.map((key) => eb.tuple(key.name, key.birthDate)),
        ),
      )
      .where(sql<string>`${sql.ref("region_code")} || ''`, "in", [
        ...new Set(keys.map((key) => key.regionCode)),
      ])
      .orderBy("id")
      .execute()
  );
}

// Compiled once: a form's save looks up the client it writes.
const suspectsOf = reusableQuery(
  (db: Queryable, name: string, birthDate: string, regionCode: string, exceptId: number) =>
    db
      .selectFrom("clients")
      .select(["id", "name", "region_code", "created_by"])
      .where("merged_into_id", "is", null)
      .where("name", "=", name)
      .where("birth_date", "=", birthDate)
      .where("region_code", "=", regionCode)
      .where("id", "<>", exceptId)
      .orderBy("id")
      .limit(duplicateSuspectLimit),
);

export const insertClient = reusableInsert((db: Queryable, row: NewClient) =>
  db.insertInto("clients").values(row),
);

export async function updateClient(
  db: Queryable,
  id: number,
  changes: Partial<NewClient> & { merged_into_id?: number | null },
): Promise<void> {
  await db.updateTable("clients").set(changes).where("id", "=", id).execute();
}

/* ——— Consents ——— */

export function consentsOfClient(db: Queryable, clientId: number) {
  return db
    .selectFrom("client_consents as k")
    .leftJoin("users as u", "u.id", "k.recorded_by")
    .select([
      "k.id",
      "k.client_id",
      "k.kind",
      "k.guardian_name",
      "k.given_on",
      "k.recorded_at",
      "k.recorded_by",
      "u.display_name as recorded_by_name",
      "k.withdrawn_on",
    ])
    .where("k.client_id", "=", clientId)
    .orderBy("k.given_on", "desc")
    .orderBy("k.id", "desc")
    .execute();
}
export type ClientConsentRow = Awaited<ReturnType<typeof consentsOfClient>>[number];

export function findConsent(db: Queryable, clientId: number, consentId: number) {
  return db
    .selectFrom("client_consents")
    .selectAll()
    .where("client_id", "=", clientId)
    .where("id", "=", consentId)
    .executeTakeFirst();
}

/** Many clients, 500 to a statement (demo data, imports), their ids in the rows' order. */
export async function insertClients(db: Queryable, rows: readonly NewClient[]): Promise<number[]> {
  const ids: number[] = [];
  for (const piece of piecesOfFixedSizes(rows, clientPieceSizes))
    ids.push(...(await insertClientRows(db, piece)));
  return ids;
}

// 28 columns: 500 rows stay under both databases' limits on a statement's parameters; an
// import's batches are 50.
const clientPieceSizes = [500, 50, 10, 1];
const insertClientRows = reusableInsertRows((db: Queryable, rows: NewClient[]) =>
  db.insertInto("clients").values(rows),
);

export async function insertConsents(db: Queryable, rows: readonly NewClientConsent[]): Promise<void> {
  if (rows.length > 0)
    await db
      .insertInto("client_consents")
      .values([...rows])
      .execute();
}

export async function insertConsent(db: Queryable, row: NewClientConsent): Promise<number> {
  const inserted = await db
    .insertInto("client_consents")
    .values(row)
    .returning("id")
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function withdrawConsent(
  db: Queryable,
  consentId: number,
  changes: Pick<NewClientConsent, "withdrawn_on" | "withdrawn_at" | "withdrawn_by">,
): Promise<void> {
  await db.updateTable("client_consents").set(changes).where("id", "=", consentId).execute();
}
