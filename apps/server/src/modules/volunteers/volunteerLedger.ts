import { type Actor, writeAudit } from "../../platform/audit.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { invalid } from "../../platform/errors.ts";
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

/**
 * Reverses, in the CALLER's transaction, the entries a source posted that still stand (voiding a
 * casework service record, an activity's hours withdrawn): each a new entry with the opposite
 * hours pointing at the one it reverses, with the reason — never an edit — and the cumulative
 * hours moved back, audited as a correction from the volunteer's page is. As there, the time-bank
 * balance may not go negative. Answers the reversing entries' ids by the reversed ones'.
 */
export async function reverseSourceEntries(
  trx: Queryable,
  actor: Actor & { id: number },
  now: Date,
  source: LedgerSource,
  correction: { reason: string; confirmedBy: string; correctedOn: string },
): Promise<Map<number, number>> {
  const at = now.toISOString();
  const entries = await entriesOfSource(trx, source);
  const reversed = new Set(entries.map((entry) => entry.reverses_id).filter((id) => id !== null));
  const standing = entries
    .filter((entry) => entry.reverses_id === null && !reversed.has(entry.id))
    .sort((a, b) => a.volunteer_id - b.volunteer_id || a.id - b.id);
  const reversals = new Map<number, number>();
  for (const original of standing) {
    await repository.lockVolunteerLedger(trx, original.volunteer_id, at, actor.id);
    const isEarned = original.entry_kind === "earned";
    if (isEarned) {
      const totals = await repository.ledgerTotals(trx, original.volunteer_id);
      if (roundHours(totals.earned - totals.redeemed - original.hours) < 0) {
        throw invalid(
          [],
          `不能作废：撤销 ${roundHours(original.hours)} 小时后志愿者的时间银行余额将为负，请先更正相关兑换记录`,
        );
      }
    }
    const { id } = await repository.insertServiceRecord(trx, {
      volunteer_id: original.volunteer_id,
      entry_kind: original.entry_kind,
      content: original.content,
      service_date: correction.correctedOn,
      place: original.place,
      hours: -original.hours,
      recording_organization: original.recording_organization,
      confirmed_by: correction.confirmedBy,
      team_id: original.team_id,
      region_code: original.region_code,
      created_at: at,
      created_by: actor.id,
      reverses_id: original.id,
      reversal_reason: correction.reason,
      source_kind: source.kind,
      source_id: source.id,
    });
    if (isEarned) await repository.addToTotalHours(trx, original.volunteer_id, -original.hours);
    await writeAudit(trx, actor, now, {
      action: "volunteer.hours.reverse",
      entity: "volunteer",
      entityId: original.volunteer_id,
      before: {
        recordId: original.id,
        serviceDate: original.service_date,
        hours: roundHours(original.hours),
      },
      after: {
        recordId: id,
        reversesId: original.id,
        source: `${source.kind}:${source.id}`,
        reason: correction.reason,
        serviceDate: correction.correctedOn,
        hours: -roundHours(original.hours),
      },
    });
    reversals.set(original.id, id);
  }
  return reversals;
}
