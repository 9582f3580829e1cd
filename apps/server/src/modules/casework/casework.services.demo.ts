import { fakerZH_CN as faker } from "@faker-js/faker";
import { addIsoDays, serviceDomains, serviceRecordTypes } from "@xinqiao/shared";
import type { Insertable } from "kysely";
import { todayInChina } from "../../platform/clock.ts";
import type { AppContext } from "../../platform/context.ts";
import type { VolunteerServiceRecordTable } from "../volunteers/volunteers.tables.ts";
import type { GeneratedCase } from "./casework.demo.ts";
import type { ServiceRecordTable } from "./serviceRecords.tables.ts";

/**
 * Demo service records: most given in cases (between the intervention's start and its end, by
 * the case's worker, to the case's client), the rest standalone visits and group or community
 * services in the clients' streets. Some had volunteers, whose hours go into the volunteers'
 * ledger as the service module posts them (source caseServiceRecord, 67号令 fields) and into
 * their cumulative hours, so ledger and totals stay consistent. Notes for some records only: a
 * demo does not need 300,000 encryptions to look real.
 */
type GenerationContext = Pick<AppContext, "db" | "cipher" | "clock">;

export interface GenerateServicesOptions {
  records: number;
  /** Share of records given outside any case. */
  standaloneShare?: number;
  isDemo?: boolean;
}

const places = ["服务对象家中", "社工站个案室", "社区活动室", "社区服务中心", "电话"];
const notes = [
  "上门探访，了解近期生活与健康状况，服务对象情绪稳定。",
  "协助联系社区卫生服务中心，预约下周复诊。",
  "与家属沟通照料安排，家属表示将增加探望频次。",
  "开展情绪疏导，服务对象表示压力有所缓解。",
];
const chunk = 300;

export async function generateServiceRecords(
  ctx: GenerationContext,
  cases: readonly GeneratedCase[],
  options: GenerateServicesOptions,
): Promise<{ records: number; ledgerEntries: number }> {
  const { db, cipher } = ctx;
  const now = ctx.clock.now();
  const today = todayInChina(now);
  const serving = cases.filter((item) => item.serviceFrom && item.serviceTo && item.workerId !== null);
  const standaloneShare = serving.length === 0 ? 1 : (options.standaloneShare ?? 0.3);
  const clients = await db
    .selectFrom("clients")
    .select(["id", "region_code"])
    .where("is_active", "=", 1)
    .execute();
  const workers = await db
    .selectFrom("users")
    .select(["id", "region_code", "display_name"])
    .where("role_id", "=", "social_worker")
    .where("is_active", "=", 1)
    .execute();
  const volunteers = await db
    .selectFrom("volunteers")
    .select(["id", "region_code"])
    .where("is_active", "=", 1)
    .execute();
  const streets = await db
    .selectFrom("regions")
    .select(["code", "name"])
    .where("level", "=", "street")
    .execute();
  const streetName = new Map(streets.map((street) => [street.code.slice(0, 9), street.name]));
  const byStreet = <T extends { region_code: string }>(rows: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const street = row.region_code.slice(0, 9);
      const list = map.get(street);
      if (list) list.push(row);
      else map.set(street, [row]);
    }
    return map;
  };
  const workersOf = byStreet(workers);
  const volunteersOf = byStreet(volunteers);
  const clientsOf = byStreet(clients);
  const workerName = new Map(workers.map((worker) => [worker.id, worker.display_name]));
  const servingStreets = [...clientsOf.keys()].filter((street) => workersOf.has(street));
  if (servingStreets.length === 0) return { records: 0, ledgerEntries: 0 };

  interface Planned {
    record: Insertable<ServiceRecordTable>;
    workerId: number;
    clientIds: number[];
    volunteers: { id: number; hours: number }[];
  }
  const plan = (): Planned => {
    const standalone = faker.number.float() < standaloneShare;
    const method = standalone
      ? faker.helpers.weightedArrayElement([
          { value: "casework", weight: 5 },
          { value: "group", weight: 2 },
          { value: "community", weight: 2 },
        ])
      : "casework";
    let caseItem: GeneratedCase | null = null;
    let regionCode: string;
    let workerId: number;
    let clientIds: number[];
    let serviceDate: string;
    if (!standalone) {
      caseItem = faker.helpers.arrayElement(serving);
      regionCode = caseItem.regionCode;
      workerId = caseItem.workerId ?? 0;
      clientIds = [caseItem.clientId];
      const span = Math.max(0, daysBetween(caseItem.serviceFrom ?? today, caseItem.serviceTo ?? today));
      serviceDate = addIsoDays(caseItem.serviceFrom ?? today, faker.number.int({ max: span }));
    } else {
      const street = faker.helpers.arrayElement(servingStreets);
      const local = clientsOf.get(street) ?? [];
      const first = faker.helpers.arrayElement(local);
      regionCode = first.region_code;
      workerId = faker.helpers.arrayElement(workersOf.get(street) ?? []).id;
      const size = method === "casework" ? 1 : faker.number.int({ min: 2, max: 8 });
      clientIds = [...new Set(someOf(local, size).map((c) => c.id))];
      if (!clientIds.includes(first.id)) clientIds[0] = first.id;
      serviceDate = addIsoDays(today, -faker.number.int({ max: 729 }));
    }
    const type = faker.helpers.arrayElement(serviceRecordTypes);
    const place = type === "电话回访" ? "电话" : faker.helpers.arrayElement(places.slice(0, 4));
    const helpers = volunteersOf.get(regionCode.slice(0, 9)) ?? [];
    const withVolunteers = helpers.length > 0 && type !== "电话回访" && faker.number.int({ max: 99 }) < 12;
    return {
      record: {
        case_id: null,
        need_id: null,
        region_code: regionCode,
        service_date: serviceDate,
        start_time: null,
        end_time: null,
        minutes:
          type === "电话回访"
            ? faker.number.int({ min: 10, max: 30 })
            : faker.helpers.arrayElement([30, 45, 60, 90, 120]),
        method,
        type,
        domain: faker.helpers.arrayElement(serviceDomains),
        place,
        notes_cipher:
          faker.number.int({ max: 9 }) === 0 ? cipher.encrypt(faker.helpers.arrayElement(notes)) : null,
        voided_at: null,
        voided_by: null,
        void_reason: null,
        is_demo: options.isDemo ? 1 : 0,
        created_at: `${serviceDate}T09:00:00.000Z`,
        created_by: workerId,
        updated_at: `${serviceDate}T09:00:00.000Z`,
        updated_by: workerId,
        ...(caseItem ? { case_id: caseItem.id } : {}),
      },
      workerId,
      clientIds,
      volunteers: withVolunteers
        ? [...new Set(someOf(helpers, faker.number.int({ min: 1, max: 3 })))].map((volunteer) => ({
            id: volunteer.id,
            hours: faker.helpers.arrayElement([1, 1.5, 2, 2.5, 3]),
          }))
        : [],
    };
  };

  const hoursOf = new Map<number, number>();
  let ledgerEntries = 0;
  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < options.records; start += chunk) {
      const batch = Array.from({ length: Math.min(chunk, options.records - start) }, plan);
      const ids = await trx
        .insertInto("service_records")
        .values(batch.map((item) => item.record))
        .returning("id")
        .execute();
      const workerLinks: { record_id: number; user_id: number }[] = [];
      const clientLinks: { record_id: number; client_id: number }[] = [];
      const ledger: Insertable<VolunteerServiceRecordTable>[] = [];
      const helped: { record_id: number; volunteer_id: number; hours: number }[] = [];
      batch.forEach((item, index) => {
        const recordId = ids[index]?.id;
        if (recordId === undefined) return;
        workerLinks.push({ record_id: recordId, user_id: item.workerId });
        for (const clientId of item.clientIds) clientLinks.push({ record_id: recordId, client_id: clientId });
        for (const volunteer of [...item.volunteers].sort((a, b) => a.id - b.id)) {
          const { record } = item;
          ledger.push({
            volunteer_id: volunteer.id,
            entry_kind: "earned",
            content: `${record.type}（${record.place}）`,
            service_date: record.service_date,
            place: record.place,
            hours: volunteer.hours,
            recording_organization: `${streetName.get(record.region_code.slice(0, 9)) ?? ""}社会工作服务站`,
            confirmed_by: workerName.get(item.workerId) ?? "",
            team_id: null,
            region_code: record.region_code,
            created_at: record.created_at,
            created_by: item.workerId,
            source_kind: "caseServiceRecord",
            source_id: recordId,
          });
          helped.push({ record_id: recordId, volunteer_id: volunteer.id, hours: volunteer.hours });
          hoursOf.set(volunteer.id, (hoursOf.get(volunteer.id) ?? 0) + volunteer.hours);
        }
      });
      await trx.insertInto("service_record_workers").values(workerLinks).execute();
      for (let i = 0; i < clientLinks.length; i += 1000) {
        await trx
          .insertInto("service_record_clients")
          .values(clientLinks.slice(i, i + 1000))
          .execute();
      }
      if (ledger.length > 0) {
        const entries = await trx
          .insertInto("volunteer_service_records")
          .values(ledger)
          .returning("id")
          .execute();
        ledgerEntries += entries.length;
        await trx
          .insertInto("service_record_volunteers")
          .values(helped.map((row, i) => ({ ...row, ledger_entry_id: entries[i]?.id ?? null })))
          .execute();
      }
    }
    // The volunteers' cumulative hours take what the ledger received, as postEarnedHours does.
    for (const [volunteerId, hours] of hoursOf) {
      await trx
        .updateTable("volunteers")
        .set((eb) => ({ total_hours: eb("total_hours", "+", hours) }))
        .where("id", "=", volunteerId)
        .execute();
    }
    await trx
      .updateTable("cases")
      .set((eb) => ({
        service_record_count: eb
          .selectFrom("service_records")
          .select((inner) => inner.fn.countAll<number>().as("count"))
          .whereRef("service_records.case_id", "=", "cases.id")
          .where("service_records.voided_at", "is", null),
      }))
      .where((eb) =>
        eb.exists(
          eb.selectFrom("service_records").select("id").whereRef("service_records.case_id", "=", "cases.id"),
        ),
      )
      .execute();
  });
  return { records: options.records, ledgerEntries };
}

/**
 * Up to `count` elements drawn at random (a repeat drawn is kept; callers drop duplicates):
 * faker's arrayElements shuffles the whole array each time, which over a street's thousands of
 * clients and millions of records made the generation quadratic.
 */
function someOf<T>(list: readonly T[], count: number): T[] {
  if (list.length === 0) return [];
  return Array.from({ length: count }, () => list[faker.number.int({ max: list.length - 1 })] as T);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
