import type {
  CreateVolunteerServiceRecordInput,
  IssueVolunteerCertificateBody,
  Page,
  ReverseLedgerEntryBody,
  VolunteerCertificate,
  VolunteerCertificateSummary,
  VolunteerServiceRecord,
  VolunteerServiceRecordListQuery,
} from "@xinqiao/shared";
import { writeAudit } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import { todayInChina } from "../../platform/clock.ts";
import type { AppContext } from "../../platform/context.ts";
import { isUniqueViolation } from "../../platform/db/constraintErrors.ts";
import { AppError, conflict, invalid, notFound } from "../../platform/errors.ts";
import { pageWindow, toPage } from "../../platform/pagination.ts";
import { isInScope } from "../../platform/scope.ts";
import { ledgerEntryAbilitiesOf } from "./volunteerHours.policy.ts";
import * as repository from "./volunteerHours.repository.ts";
import { nextCertificateNumber } from "./volunteers.numbering.ts";
import { presentCertificateSummary, presentServiceRecord, roundHours } from "./volunteers.presenter.ts";
import { volunteerInScope } from "./volunteers.service.ts";
import * as teamRepository from "./volunteerTeams.repository.ts";

/**
 * The hours ledger (民政部令第67号) and certificates. A service record holds the content, date,
 * place, hours, recording organization and confirmer; the volunteer's cumulative hours move in
 * the same transaction. A time-bank redemption is a ledger entry with negative hours that may
 * not exceed the balance (earned − redeemed). "Whoever records, certifies": a certificate is
 * issued by one recording organization for the hours it recorded.
 */
type Context = Pick<AppContext, "db" | "clock" | "cipher">;

const certificateRecordLimit = 300;

function today(ctx: Pick<Context, "clock">): string {
  return todayInChina(ctx.clock.now());
}

export async function recordServiceHours(
  ctx: Context,
  user: RequestUser,
  volunteerId: number,
  body: CreateVolunteerServiceRecordInput,
  ip: string | null,
): Promise<VolunteerServiceRecord> {
  const volunteer = await volunteerInScope(ctx.db, user, volunteerId);
  if (volunteer.is_active !== 1) {
    throw invalid([], "该志愿者已停用，不能记录服务时长；请先启用");
  }
  if (body.serviceDate > today(ctx)) {
    throw invalid([{ path: "serviceDate", message: "服务日期：不能晚于今天" }]);
  }
  // A certificate would otherwise attest service from before the volunteer was born.
  if (body.serviceDate < volunteer.birth_date) {
    throw invalid([{ path: "serviceDate", message: "服务日期：不能早于志愿者的出生日期" }]);
  }
  let teamRegion: string | null = null;
  if (body.teamId) {
    const team = await teamRepository.findTeam(ctx.db, body.teamId);
    if (!team || !isInScope(user, team.region_code)) {
      throw invalid([{ path: "teamId", message: "服务队：不存在或不在您的管辖范围内" }]);
    }
    teamRegion = team.region_code;
  }
  const isRedemption = body.entryKind === "redeemed";
  const now = ctx.clock.now();
  const at = now.toISOString();

  const recordId = await ctx.db.transaction().execute(async (trx) => {
    // Touching the row first serialises concurrent entries for this volunteer (a row lock on
    // PostgreSQL, the write lock on SQLite), so two redemptions cannot both spend one balance.
    await repository.lockVolunteerLedger(trx, volunteerId, at, user.id);
    const before = await repository.ledgerTotals(trx, volunteerId);
    const balance = roundHours(before.earned - before.redeemed);
    if (isRedemption && body.hours > balance + 1e-9) {
      throw invalid([{ path: "hours", message: `时长：兑换时长不能超过可用余额 ${balance} 小时` }]);
    }
    const { id } = await repository.insertServiceRecord(trx, {
      volunteer_id: volunteerId,
      entry_kind: body.entryKind,
      content: body.content,
      service_date: body.serviceDate,
      place: body.place,
      hours: isRedemption ? -body.hours : body.hours,
      recording_organization: body.recordingOrganization,
      confirmed_by: body.confirmedBy,
      team_id: body.teamId ?? null,
      region_code: teamRegion ?? volunteer.region_code,
      created_at: at,
      created_by: user.id,
    });
    if (!isRedemption) await repository.addToTotalHours(trx, volunteerId, body.hours);
    await writeAudit(trx, actorOf(user, ip), now, {
      action: isRedemption ? "volunteer.hours.redeem" : "volunteer.hours.record",
      entity: "volunteer",
      entityId: volunteerId,
      before: isRedemption ? { balanceHours: balance } : { totalHours: roundHours(volunteer.total_hours) },
      after: {
        recordId: id,
        content: body.content,
        serviceDate: body.serviceDate,
        place: body.place,
        hours: isRedemption ? -body.hours : body.hours,
        recordingOrganization: body.recordingOrganization,
        confirmedBy: body.confirmedBy,
        teamId: body.teamId ?? null,
        ...(isRedemption
          ? { balanceHours: roundHours(balance - body.hours) }
          : { totalHours: roundHours(volunteer.total_hours + body.hours) }),
      },
    });
    return id;
  });
  return presentEntry(ctx, user, volunteer, recordId);
}

async function presentEntry(
  ctx: Context,
  user: RequestUser,
  volunteer: { region_code: string },
  recordId: number,
): Promise<VolunteerServiceRecord> {
  const row = await repository.findServiceRecord(ctx.db, recordId);
  if (!row) throw notFound();
  return presentServiceRecord(
    user,
    row,
    ledgerEntryAbilitiesOf(user, { regionCode: volunteer.region_code }, row),
  );
}

export async function listServiceRecords(
  ctx: Context,
  user: RequestUser,
  volunteerId: number,
  query: VolunteerServiceRecordListQuery,
): Promise<Page<VolunteerServiceRecord>> {
  const volunteer = await volunteerInScope(ctx.db, user, volunteerId);
  const [rows, total] = await Promise.all([
    repository.listServiceRecords(ctx.db, volunteerId, query.entryKind, pageWindow(query)),
    repository.countServiceRecords(ctx.db, volunteerId, query.entryKind),
  ]);
  return toPage(
    rows.map((row) =>
      presentServiceRecord(
        user,
        row,
        ledgerEntryAbilitiesOf(user, { regionCode: volunteer.region_code }, row),
      ),
    ),
    total,
    query,
  );
}

/**
 * Corrects a ledger entry: a new entry of the same kind with the opposite hours, dated today,
 * pointing at the one it reverses, with the reason — never an edit of the original. Cumulative
 * hours (and so the star level) and the balance move in the same transaction, audited; the
 * balance may not go negative, as with a redemption: hours already spent are corrected by
 * correcting the redemption first.
 */
export async function reverseServiceRecord(
  ctx: Context,
  user: RequestUser,
  volunteerId: number,
  recordId: number,
  body: ReverseLedgerEntryBody,
  ip: string | null,
): Promise<VolunteerServiceRecord> {
  const volunteer = await volunteerInScope(ctx.db, user, volunteerId);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const correctedOn = today(ctx);
  const reversalId = await ctx.db
    .transaction()
    .execute(async (trx) => {
      // The same lock as a new entry: a correction and a redemption cannot both spend one balance.
      await repository.lockVolunteerLedger(trx, volunteerId, at, user.id);
      const original = await repository.findLedgerEntry(trx, volunteerId, recordId);
      if (!original) throw notFound("服务记录不存在");
      if (original.reverses_id !== null) {
        throw invalid([], "更正记录不能再更正；如更正有误，请重新登记正确的记录");
      }
      if (original.reversed_by_id !== null) throw conflict("该记录已更正，不能重复更正");
      const totals = await repository.ledgerTotals(trx, volunteerId);
      const isEarned = original.entry_kind === "earned";
      const hours = roundHours(original.hours);
      const balance = roundHours(totals.earned - totals.redeemed);
      const balanceAfter = roundHours(balance - hours);
      if (balanceAfter < 0) {
        throw invalid(
          [],
          `不能更正：撤销 ${hours} 小时后时间银行余额将为负（可用余额 ${balance} 小时），请先更正相关兑换记录`,
        );
      }
      const { id } = await repository.insertServiceRecord(trx, {
        volunteer_id: volunteerId,
        // The original's kind, organization and team, so every sum by them nets the pair.
        entry_kind: original.entry_kind,
        content: original.content,
        service_date: correctedOn,
        place: original.place,
        hours: -original.hours,
        recording_organization: original.recording_organization,
        confirmed_by: user.displayName,
        team_id: original.team_id,
        region_code: original.region_code,
        created_at: at,
        created_by: user.id,
        reverses_id: original.id,
        reversal_reason: body.reason,
        // The reversal belongs to the same source, so a source's entries net to what stands.
        source_kind: original.source_kind,
        source_id: original.source_id,
      });
      if (isEarned) await repository.addToTotalHours(trx, volunteerId, -original.hours);
      const totalHours = roundHours(totals.earned);
      await writeAudit(trx, actorOf(user, ip), now, {
        action: "volunteer.hours.reverse",
        entity: "volunteer",
        entityId: volunteerId,
        before: {
          recordId: original.id,
          serviceDate: original.service_date,
          content: original.content,
          hours,
          totalHours,
          balanceHours: balance,
        },
        after: {
          recordId: id,
          reversesId: original.id,
          reason: body.reason,
          serviceDate: correctedOn,
          hours: -hours,
          totalHours: isEarned ? roundHours(totalHours - hours) : totalHours,
          balanceHours: balanceAfter,
        },
      });
      return id;
    })
    .catch((error: unknown) => {
      // Two corrections of one entry at the same moment: the unique index lets one through.
      if (isUniqueViolation(error)) throw conflict("该记录已更正，不能重复更正");
      throw error;
    });
  return presentEntry(ctx, user, volunteer, reversalId);
}

export async function issueCertificate(
  ctx: Context,
  user: RequestUser,
  volunteerId: number,
  body: IssueVolunteerCertificateBody,
  ip: string | null,
): Promise<VolunteerCertificate> {
  await volunteerInScope(ctx.db, user, volunteerId);
  const issuedOn = today(ctx);
  const periodFrom = body.periodFrom ?? null;
  const periodTo = body.periodTo ?? null;
  if (periodTo && periodTo > issuedOn) {
    throw invalid([{ path: "periodTo", message: "截止日期：不能晚于今天" }]);
  }
  const now = ctx.clock.now();
  const totals = await repository.certifiedTotals(ctx.db, {
    volunteerId,
    organization: body.issuingOrganization,
    periodFrom,
    periodTo,
    recordedBy: now.toISOString(),
  });
  if (totals.count === 0 || totals.hours <= 0) {
    throw invalid([
      {
        path: "issuingOrganization",
        message: "出具组织：该组织在所选期间没有记录该志愿者的服务时长（谁记录、谁证明）",
      },
    ]);
  }
  const year = issuedOn.slice(0, 4);
  let certificateId: number | null = null;
  // Two certificates issued at the same moment may compute the same number: retry on the unique index.
  for (let attempt = 0; certificateId === null; attempt++) {
    try {
      certificateId = await ctx.db.transaction().execute(async (trx) => {
        const certificateNumber = await nextCertificateNumber(trx, year);
        const { id } = await repository.insertCertificate(trx, {
          volunteer_id: volunteerId,
          certificate_number: certificateNumber,
          issued_on: issuedOn,
          issuing_organization: body.issuingOrganization,
          total_hours: roundHours(totals.hours),
          period_from: periodFrom,
          period_to: periodTo,
          created_at: now.toISOString(),
          created_by: user.id,
        });
        await writeAudit(trx, actorOf(user, ip), now, {
          action: "volunteer.certificate.issue",
          entity: "volunteer",
          entityId: volunteerId,
          after: {
            certificateId: id,
            certificateNumber,
            issuingOrganization: body.issuingOrganization,
            certifiedHours: roundHours(totals.hours),
            periodFrom,
            periodTo,
          },
        });
        return id;
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 4) throw error;
    }
  }
  return getCertificate(ctx, user, volunteerId, certificateId);
}

export async function listCertificates(
  ctx: Context,
  user: RequestUser,
  volunteerId: number,
): Promise<VolunteerCertificateSummary[]> {
  await volunteerInScope(ctx.db, user, volunteerId);
  return (await repository.listCertificates(ctx.db, volunteerId)).map(presentCertificateSummary);
}

export async function getCertificate(
  ctx: Context,
  user: RequestUser,
  volunteerId: number,
  certificateId: number,
): Promise<VolunteerCertificate> {
  const volunteer = await volunteerInScope(ctx.db, user, volunteerId);
  const certificate = await repository.findCertificate(ctx.db, volunteerId, certificateId);
  if (!certificate) throw new AppError("NOT_FOUND", "志愿服务证明不存在");
  const scope: repository.CertifiedScope = {
    volunteerId,
    organization: certificate.issuing_organization,
    periodFrom: certificate.period_from,
    periodTo: certificate.period_to,
    recordedBy: certificate.created_at,
  };
  const [records, totals, years, contents] = await Promise.all([
    repository.listCertifiedRecords(ctx.db, scope, certificateRecordLimit),
    repository.certifiedTotals(ctx.db, scope),
    repository.certifiedYears(ctx.db, scope),
    repository.certifiedContents(ctx.db, scope, 5),
  ]);
  return {
    ...presentCertificateSummary(certificate),
    volunteer: {
      name: volunteer.name,
      idNumber: volunteer.id_number_masked,
      idType: volunteer.id_type,
      volunteerNumber: volunteer.volunteer_number,
      sex: volunteer.sex === "female" ? "female" : "male",
    },
    records: records.map((record) => ({
      id: record.id,
      serviceDate: record.service_date,
      content: record.content,
      place: record.place,
      hours: roundHours(record.hours),
      confirmedBy: record.confirmed_by,
    })),
    recordCount: totals.count,
    isRecordListTruncated: totals.count > records.length,
    yearSummary: years.map((year) => ({
      year: year.year,
      count: Number(year.count),
      hours: roundHours(Number(year.hours ?? 0)),
    })),
    mainContents: contents.map((content) => content.content),
  };
}
