import type { ClientTimelineEntry } from "@xinqiao/shared";
import { can } from "../../platform/auth/requestUser.ts";
import type { ClientTimelineSource } from "../../platform/clientTimeline.ts";
import { visibleCases } from "./caseVisibility.ts";
import { visibleNeeds } from "./needs.service.ts";
import { visibleRecords } from "./serviceRecords.repository.ts";

/**
 * Casework's part of a client's timeline: the needs taken in, every event of the client's cases
 * (opening, each transition, each hand-over) and the services given — each only as the user
 * may see it (needs, cases and service records by their own rules).
 */
export const caseworkClientTimeline: ClientTimelineSource = async (db, user, clientId, limit) => {
  if (!can(user, "cases.read")) return { total: 0, entries: [] };
  const needs = db.selectFrom("needs as n").where("n.client_id", "=", clientId).where(visibleNeeds(user));
  const events = db
    .selectFrom("case_events as e")
    .innerJoin("cases as c", "c.id", "e.case_id")
    .where("c.client_id", "=", clientId)
    .where(visibleCases(user, "c"));
  const services = db
    .selectFrom("service_record_clients as src")
    .innerJoin("service_records as r", "r.id", "src.record_id")
    .leftJoin("cases as c", "c.id", "r.case_id")
    .where("src.client_id", "=", clientId)
    .where("r.voided_at", "is", null)
    .where(visibleRecords(user));
  const [needRows, eventRows, serviceRows, totals] = await Promise.all([
    needs
      .select(["n.id", "n.received_on as at", "n.status"])
      .orderBy("n.received_on", "desc")
      .orderBy("n.id", "desc")
      .limit(limit)
      .execute(),
    events
      .select(["e.id", "e.case_id", "e.created_at as at", "e.action", "c.case_number"])
      .orderBy("e.created_at", "desc")
      .orderBy("e.id", "desc")
      .limit(limit)
      .execute(),
    services
      .select(["r.id", "r.service_date as at", "r.type"])
      .orderBy("r.service_date", "desc")
      .orderBy("r.id", "desc")
      .limit(limit)
      .execute(),
    Promise.all([
      needs.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
      events.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
      services.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
    ]),
  ]);
  const entries: ClientTimelineEntry[] = [
    ...needRows.map((row) => ({
      at: row.at,
      kind: "need" as const,
      what: row.status,
      label: null,
      link: { kind: "need" as const, id: row.id },
    })),
    ...eventRows.map((row) => ({
      at: row.at,
      kind: "caseEvent" as const,
      what: row.action,
      label: row.case_number,
      link: { kind: "case" as const, id: row.case_id },
    })),
    ...serviceRows.map((row) => ({
      at: row.at,
      kind: "serviceRecord" as const,
      what: row.type,
      label: null,
      link: { kind: "serviceRecord" as const, id: row.id },
    })),
  ];
  return { total: totals.reduce((sum, row) => sum + Number(row.n), 0), entries };
};
