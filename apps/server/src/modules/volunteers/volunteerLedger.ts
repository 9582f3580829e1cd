import { type Actor, writeAudit } from "../../platform/audit.ts";
import type { Queryable } from "../../platform/db/database.ts";
import * as repository from "./volunteerHours.repository.ts";
import { roundHours } from "./volunteers.presenter.ts";

/**
 * How other modules put hours into the volunteers' ledger (民政部令第67号) from a record of their
 * own — a casework service record, an activity's confirmed hours — inside THEIR transaction, so
 * the record, the ledger entries and the cumulative hours stand or fall together. The caller
 * has already checked the volunteers (in scope, active) and the hours; this writes, locks and
 * audits, nothing else.
 */
export interface LedgerPosting {
  volunteerId: number;
  content: string;
  serviceDate: string;
  place: string;
  hours: number;
  /** 记录单位: who recorded the service (the station, organization), printed on certificates. */
  recordingOrganization: string;
  /** 确认人 */
  confirmedBy: string;
  teamId: number | null;
  regionCode: string;
}

export interface LedgerSource {
  /** e.g. "caseServiceRecord", "activity" */
  kind: string;
  id: number;
}

export async function postEarnedHours(
  trx: Queryable,
  actor: Actor & { id: number },
  now: Date,
  source: LedgerSource,
  postings: readonly LedgerPosting[],
): Promise<number[]> {
  const at = now.toISOString();
  const ids: number[] = [];
  // Always in volunteer order: two postings touching the same volunteers lock them alike.
  const ordered = [...postings].sort((a, b) => a.volunteerId - b.volunteerId);
  for (const posting of ordered) {
    await repository.lockVolunteerLedger(trx, posting.volunteerId, at, actor.id);
    const { id } = await repository.insertServiceRecord(trx, {
      volunteer_id: posting.volunteerId,
      entry_kind: "earned",
      content: posting.content,
      service_date: posting.serviceDate,
      place: posting.place,
      hours: posting.hours,
      recording_organization: posting.recordingOrganization,
      confirmed_by: posting.confirmedBy,
      team_id: posting.teamId,
      region_code: posting.regionCode,
      created_at: at,
      created_by: actor.id,
      source_kind: source.kind,
      source_id: source.id,
    });
    await repository.addToTotalHours(trx, posting.volunteerId, posting.hours);
    await writeAudit(trx, actor, now, {
      action: "volunteer.hours.record",
      entity: "volunteer",
      entityId: posting.volunteerId,
      before: null,
      after: {
        recordId: id,
        source: `${source.kind}:${source.id}`,
        content: posting.content,
        serviceDate: posting.serviceDate,
        place: posting.place,
        hours: roundHours(posting.hours),
        recordingOrganization: posting.recordingOrganization,
        confirmedBy: posting.confirmedBy,
      },
    });
    ids.push(id);
  }
  return ids;
}

/** The entries a source posted (reversals included), for its page and its corrections. */
export function entriesOfSource(db: Queryable, source: LedgerSource) {
  return db
    .selectFrom("volunteer_service_records")
    .selectAll()
    .where("source_kind", "=", source.kind)
    .where("source_id", "=", source.id)
    .orderBy("id")
    .execute();
}
