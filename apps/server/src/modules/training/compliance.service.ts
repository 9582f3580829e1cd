import {
  type ComplianceQuery,
  type ComplianceReport,
  type ComplianceUnit,
  type ComplianceWorker,
  type EducationHourKind,
  educationCycleOf,
  educationHoursStatusOf,
} from "@xinqiao/shared";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import { todayInChina } from "../../platform/clock.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { regionNamesOf } from "../../platform/regionLookup.ts";
import { listRegionOf } from "../../platform/scope.ts";
import { educationHoursSince } from "../socialWorkers/socialWorkers.repository.ts";
import type { Context } from "./courses.service.ts";
import * as repository from "./training.repository.ts";

/**
 * The continuing-education cycle compliance report: for the workers of a region (inside the
 * user's scope) whom a requirement applies to — certified, registered, active, not left — whether
 * the hours of their current 3-year cycle meet it (72 h 助理, 90 h 社会工作师 and above), counted
 * by district and by station (the platform that employs them; the worker's street for a worker
 * employed elsewhere), with who is short and by how much. The hours are the ledger's own: the
 * same reads and rules as a worker's page (a correction and the entry it reverses count in no
 * cycle), so the two never disagree.
 */
export interface ComplianceRow extends ComplianceWorker {
  districtCode: string;
  stationKey: string;
  stationName: string;
  isMet: boolean;
}

const idChunk = 500;

function districtOf(regionCode: string): string {
  return `${regionCode.slice(0, 6)}000000`;
}

function streetOf(regionCode: string): string {
  return `${regionCode.slice(0, 9)}000`;
}

/** Every worker a requirement applies to, with the current cycle's status, in (district, station) order. */
export async function complianceRows(
  db: Queryable,
  regionCode: string,
  today: string,
): Promise<ComplianceRow[]> {
  const workers = await repository.workersForCompliance(db, regionCode);
  const cycles = new Map(workers.map((w) => [w.id, educationCycleOf(w.registration_date, today)]));
  const hours = new Map<number, { kind: EducationHourKind; completedOn: string; hours: number }[]>();
  for (let start = 0; start < workers.length; start += idChunk) {
    const chunk = workers.slice(start, start + idChunk);
    const since = chunk
      .map((w) => cycles.get(w.id)?.start)
      .filter((s): s is string => s !== undefined)
      .sort()[0];
    if (!since) continue;
    const entries = await educationHoursSince(
      db,
      chunk.map((w) => w.id),
      since,
    );
    for (const entry of entries) {
      const list = hours.get(entry.social_worker_id) ?? [];
      list.push({ kind: entry.kind, completedOn: entry.completed_on, hours: Number(entry.hours) });
      hours.set(entry.social_worker_id, list);
    }
  }
  const names = await regionNamesOf(
    db,
    workers.flatMap((w) => [districtOf(w.region_code), streetOf(w.region_code)]),
  );
  const rows: ComplianceRow[] = [];
  for (const worker of workers) {
    const status = educationHoursStatusOf(
      worker.qualification_level,
      worker.registration_date,
      hours.get(worker.id) ?? [],
      today,
    );
    if (!status) continue;
    const street = streetOf(worker.region_code);
    rows.push({
      id: worker.id,
      name: worker.name,
      qualificationLevel: worker.qualification_level,
      cycleStart: status.cycleStart,
      cycleEnd: status.cycleEnd,
      requiredHours: status.requiredHours,
      completedHours: status.completedHours,
      shortBy: status.isMet ? 0 : Math.round((status.requiredHours - status.completedHours) * 10) / 10,
      isMet: status.isMet,
      districtCode: districtOf(worker.region_code),
      stationKey: worker.platform_id === null ? `street:${street}` : `platform:${worker.platform_id}`,
      stationName: worker.platform_name ?? names.get(street) ?? street,
    });
  }
  return rows.sort(
    (a, b) =>
      a.districtCode.localeCompare(b.districtCode) ||
      a.stationName.localeCompare(b.stationName, "zh-CN") ||
      a.id - b.id,
  );
}

function tally(
  units: Map<string, ComplianceUnit>,
  key: string,
  init: Omit<ComplianceUnit, "required" | "met" | "short" | "shortHours">,
  row: ComplianceRow,
) {
  const unit = units.get(key) ?? { ...init, required: 0, met: 0, short: 0, shortHours: 0 };
  unit.required += 1;
  if (row.isMet) unit.met += 1;
  else {
    unit.short += 1;
    unit.shortHours = Math.round((unit.shortHours + row.shortBy) * 10) / 10;
  }
  units.set(key, unit);
}

export async function complianceReport(
  ctx: Context,
  user: RequestUser,
  query: ComplianceQuery,
): Promise<ComplianceReport> {
  const asOf = todayInChina(ctx.clock.now());
  const regionCode = listRegionOf(user.regionCode, query.regionCode);
  if (!regionCode)
    return { asOf, regionCode: query.regionCode ?? user.regionCode, units: [], shortWorkers: [] };
  const rows = await complianceRows(ctx.db, regionCode, asOf);
  const names = await regionNamesOf(
    ctx.db,
    rows.map((row) => row.districtCode),
  );
  const units = new Map<string, ComplianceUnit>();
  for (const row of rows) {
    const district = row.districtCode;
    tally(
      units,
      `d:${district}`,
      { level: "district", code: district, name: names.get(district) ?? district, districtCode: district },
      row,
    );
    tally(
      units,
      `s:${district}:${row.stationKey}`,
      { level: "station", code: row.stationKey, name: row.stationName, districtCode: district },
      row,
    );
  }
  return {
    asOf,
    regionCode,
    units: [...units.values()],
    shortWorkers: rows
      .filter((row) => !row.isMet)
      .map(({ isMet: _isMet, stationKey: _stationKey, ...worker }) => worker),
  };
}
