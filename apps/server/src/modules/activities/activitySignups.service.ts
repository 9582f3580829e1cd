import {
  type ActivityAttendanceBody,
  type ActivityDetail,
  type ActivitySignupBody,
  type ConfirmActivityHoursBody,
  isWithinRegion,
} from "@xinqiao/shared";
import { writeAudit } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import { isUniqueViolation } from "../../platform/db/constraintErrors.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { conflict, invalid, notFound } from "../../platform/errors.ts";
import { isInScope } from "../../platform/scope.ts";
import { type LedgerPosting, postEarnedHours } from "../volunteers/volunteerLedger.ts";
import { suggestedHoursOf } from "./activities.presenter.ts";
import * as repository from "./activities.repository.ts";
import { activityInScope, type Context, getActivity, parseIdList } from "./activities.service.ts";

/**
 * Volunteer recruitment of an activity: sign-ups (by the station, or a team leader for the
 * team's members) within the places, attendance (check-in and check-out times), and the hours'
 * confirmation into the volunteers' ledger — the confirmation, its ledger entries, the
 * volunteers' cumulative hours and the audit in one transaction.
 */

function refuseUnlessOpen(row: repository.ActivityRow): void {
  if (row.status !== "published") throw conflict("活动未发布或已结束，不能报名、签到或确认时长");
  if (row.hours_confirmed_at) throw conflict("活动时长已确认");
}

export async function signUp(
  ctx: Context,
  user: RequestUser,
  id: number,
  body: ActivitySignupBody,
  ip: string | null,
): Promise<ActivityDetail> {
  const row = await activityInScope(ctx.db, user, id);
  refuseUnlessOpen(row);
  const volunteer = await repository.findVolunteer(ctx.db, body.volunteerId);
  if (!volunteer || !isInScope(user, volunteer.region_code)) {
    throw invalid([{ path: "volunteerId", message: "志愿者：不存在或不在本人辖区内" }]);
  }
  if (volunteer.is_active !== 1) throw invalid([{ path: "volunteerId", message: "志愿者：已停用" }]);
  const teamId = body.teamId ?? null;
  if (teamId !== null && !(await repository.isTeamMember(ctx.db, teamId, volunteer.id))) {
    throw invalid([{ path: "teamId", message: "志愿服务队：该志愿者不是本队成员" }]);
  }
  // The places are offered to whom the activity was published for.
  if (
    row.recruit_target === "teams" &&
    (teamId === null || !parseIdList(row.recruit_team_ids_json).includes(teamId))
  ) {
    throw invalid([{ path: "teamId", message: "志愿服务队：本活动只向指定的志愿服务队招募" }]);
  }
  if (
    row.recruit_target === "area" &&
    row.recruit_region_code &&
    !isWithinRegion(volunteer.region_code, row.recruit_region_code)
  ) {
    throw invalid([{ path: "volunteerId", message: "志愿者：不在本活动的招募区域内" }]);
  }
  const now = ctx.clock.now();
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const existing = await repository.findSignupOfVolunteer(trx, id, volunteer.id);
      if (existing?.status === "signedUp") throw conflict("该志愿者已报名本活动");
      if (!(await repository.takePlace(trx, id))) throw conflict("志愿者名额已满");
      const signup = {
        team_id: teamId,
        status: "signedUp" as const,
        signed_up_at: now.toISOString(),
        signed_up_by: user.id,
        check_in_at: null,
        check_out_at: null,
        ledger_entry_id: null,
      };
      // A volunteer who withdrew comes back on the same row (one row per volunteer and activity).
      if (existing) await repository.updateSignup(trx, existing.id, signup);
      const signupId =
        existing?.id ??
        (await repository.insertSignup(trx, { activity_id: id, volunteer_id: volunteer.id, ...signup }));
      await writeAudit(trx, actorOf(user, ip), now, {
        action: "activity.volunteer.signup",
        entity: "activity",
        entityId: id,
        before: null,
        after: { signupId, volunteerId: volunteer.id, volunteerName: volunteer.name, teamId },
      });
    });
  } catch (error) {
    // The same volunteer signed up twice at the same moment: the second insert meets the first.
    if (isUniqueViolation(error)) throw conflict("该志愿者已报名本活动");
    throw error;
  }
  return getActivity(ctx, user, id);
}

async function signupOf(db: Queryable, activityId: number, signupId: number) {
  const signup = await repository.findSignup(db, activityId, signupId);
  if (!signup) throw notFound("报名记录不存在");
  return signup;
}

export async function withdrawSignup(
  ctx: Context,
  user: RequestUser,
  id: number,
  signupId: number,
  ip: string | null,
): Promise<ActivityDetail> {
  const row = await activityInScope(ctx.db, user, id);
  refuseUnlessOpen(row);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const signup = await signupOf(trx, id, signupId);
    if (signup.status !== "signedUp") throw conflict("该志愿者已取消报名");
    await repository.updateSignup(trx, signupId, {
      status: "withdrawn",
      check_in_at: null,
      check_out_at: null,
    });
    await repository.releasePlace(trx, id);
    await writeAudit(trx, actorOf(user, ip), now, {
      action: "activity.volunteer.withdraw",
      entity: "activity",
      entityId: id,
      before: { signupId, volunteerId: signup.volunteer_id },
      after: null,
    });
  });
  return getActivity(ctx, user, id);
}

/** Times as the station enters them; an absent field is left as it is, null clears it. */
export async function recordAttendance(
  ctx: Context,
  user: RequestUser,
  id: number,
  signupId: number,
  body: ActivityAttendanceBody,
  ip: string | null,
): Promise<ActivityDetail> {
  const row = await activityInScope(ctx.db, user, id);
  refuseUnlessOpen(row);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const signup = await signupOf(trx, id, signupId);
    if (signup.status !== "signedUp") throw conflict("该志愿者已取消报名");
    const checkIn = body.checkInAt === undefined ? signup.check_in_at : body.checkInAt;
    const checkOut = body.checkOutAt === undefined ? signup.check_out_at : body.checkOutAt;
    if (checkOut && !checkIn) throw invalid([{ path: "checkInAt", message: "签到时间：签退前须先签到" }]);
    if (checkIn && checkOut && checkOut <= checkIn) {
      throw invalid([{ path: "checkOutAt", message: "签退时间：应晚于签到时间" }]);
    }
    await repository.updateSignup(trx, signupId, { check_in_at: checkIn, check_out_at: checkOut });
    await auditAttendance(trx, user, ip, now, id, signup, checkIn, checkOut, "station");
  });
  return getActivity(ctx, user, id);
}

export async function auditAttendance(
  trx: Queryable,
  user: RequestUser | null,
  ip: string | null,
  now: Date,
  activityId: number,
  signup: { id: number; volunteer_id: number; check_in_at: string | null; check_out_at: string | null },
  checkIn: string | null,
  checkOut: string | null,
  by: "station" | "qrCode",
): Promise<void> {
  const actor = actorOf(user, ip);
  if (checkIn !== signup.check_in_at) {
    await writeAudit(trx, actor, now, {
      action: "activity.volunteer.checkin",
      entity: "activity",
      entityId: activityId,
      before: { signupId: signup.id, volunteerId: signup.volunteer_id, checkInAt: signup.check_in_at },
      after: { signupId: signup.id, volunteerId: signup.volunteer_id, checkInAt: checkIn, by },
    });
  }
  if (checkOut !== signup.check_out_at) {
    await writeAudit(trx, actor, now, {
      action: "activity.volunteer.checkout",
      entity: "activity",
      entityId: activityId,
      before: { signupId: signup.id, volunteerId: signup.volunteer_id, checkOutAt: signup.check_out_at },
      after: { signupId: signup.id, volunteerId: signup.volunteer_id, checkOutAt: checkOut, by },
    });
  }
}

/** Test seam: runs inside the confirmation's transaction after the ledger postings. */
export interface ConfirmHooks {
  afterPosting?: (trx: Queryable) => Promise<void>;
}

/**
 * Confirms the hours of every volunteer who checked in and out, into the ledger, and ends the
 * activity (done) — in one transaction with the cumulative hours and the audit. Hours default to
 * check-out − check-in rounded to 0.5 h; `entries` overrides them per sign-up. Once only.
 */
export async function confirmHours(
  ctx: Context,
  user: RequestUser,
  id: number,
  body: ConfirmActivityHoursBody,
  ip: string | null,
  hooks: ConfirmHooks = {},
): Promise<ActivityDetail> {
  await activityInScope(ctx.db, user, id);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const overrides = new Map(body.entries.map((entry) => [entry.signupId, entry.hours]));
  await ctx.db.transaction().execute(async (trx) => {
    // Under the row's lock: a second confirmation waits, then finds the hours confirmed.
    await repository.lockActivity(trx, id, at);
    const row = await repository.findActivity(trx, id);
    if (!row) throw notFound("活动不存在");
    refuseUnlessOpen(row);
    const signups = (await repository.signupsOf(trx, id)).filter((signup) => signup.status === "signedUp");
    const known = new Set(signups.map((signup) => signup.id));
    const unknown = body.entries.filter((entry) => !known.has(entry.signupId));
    if (unknown.length > 0) throw invalid([{ path: "entries", message: "时长：有报名记录不属于本活动" }]);
    const attended = signups.flatMap((signup) => {
      const hours = overrides.get(signup.id) ?? suggestedHoursOf(signup.check_in_at, signup.check_out_at);
      return hours === null || hours === undefined || hours <= 0 ? [] : [{ signup, hours }];
    });
    const postings: LedgerPosting[] = attended.map(({ signup, hours }) => ({
      volunteerId: signup.volunteer_id,
      content: row.name,
      serviceDate: row.date,
      place: row.place,
      hours,
      recordingOrganization: row.organizer_name ?? "",
      confirmedBy: user.displayName,
      teamId: signup.team_id,
      regionCode: row.region_code,
    }));
    const entryIds = await postEarnedHours(
      trx,
      { ...actorOf(user, ip), id: user.id },
      now,
      { kind: "activity", id },
      postings,
    );
    // postEarnedHours posts in volunteer order; match the entries back by volunteer.
    const byVolunteer = [...attended].sort((a, b) => a.signup.volunteer_id - b.signup.volunteer_id);
    for (const [index, { signup }] of byVolunteer.entries()) {
      await repository.updateSignup(trx, signup.id, { ledger_entry_id: entryIds[index] ?? null });
    }
    await hooks.afterPosting?.(trx);
    await repository.updateActivity(trx, id, {
      status: "done",
      hours_confirmed_at: at,
      hours_confirmed_by: user.id,
      updated_by: user.id,
    });
    await writeAudit(trx, actorOf(user, ip), now, {
      action: "activity.hours.confirm",
      entity: "activity",
      entityId: id,
      before: { status: row.status },
      after: {
        status: "done",
        entries: byVolunteer.map(({ signup, hours }, index) => ({
          volunteerId: signup.volunteer_id,
          hours,
          ledgerEntryId: entryIds[index] ?? null,
        })),
      },
    });
  });
  return getActivity(ctx, user, id);
}
