import type { PublicCheckinBody } from "@xinqiao/shared";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import { conflict, notFound } from "../../platform/errors.ts";
import { checkinTokenSeconds, signCheckinToken, verifyCheckinToken } from "./activities.checkin.ts";
import * as repository from "./activities.repository.ts";
import { activityInScope } from "./activities.service.ts";
import { auditAttendance } from "./activitySignups.service.ts";

/**
 * Check-in by QR code: the station shows a code on the activity page; it opens a public page
 * where a volunteer enters their volunteer number and the last four digits of their phone. The
 * first scan checks in, the second checks out. Every refusal reads alike, so the page tells a
 * stranger nothing about who is signed up.
 */
type Context = Pick<AppContext, "db" | "clock" | "config">;

const refused = "签到码无效或已过期，请向工作人员索取新的签到码";
const notMatched = "志愿者编号或手机号后四位不匹配，或未报名本活动";

export async function checkinLink(ctx: Context, user: RequestUser, id: number) {
  const row = await activityInScope(ctx.db, user, id);
  if (row.status !== "published" || row.hours_confirmed_at) throw conflict("活动未发布或已结束，不能签到");
  const expiresAt = new Date(ctx.clock.now().getTime() + checkinTokenSeconds * 1000);
  return {
    token: signCheckinToken(ctx.config.sessionSecret, id, expiresAt),
    expiresAt: expiresAt.toISOString(),
  };
}

async function openActivity(ctx: Context, token: string) {
  const id = verifyCheckinToken(ctx.config.sessionSecret, token, ctx.clock.now());
  const row = id === null ? undefined : await repository.findActivity(ctx.db, id);
  if (row?.status !== "published" || row.hours_confirmed_at) throw notFound(refused);
  return row;
}

export async function publicActivity(ctx: Context, token: string) {
  const row = await openActivity(ctx, token);
  return {
    name: row.name,
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    place: row.place,
  };
}

/** The surname only (张**): the page is public. */
function maskedName(name: string): string {
  return `${name.slice(0, 1)}${"*".repeat(Math.max(1, name.length - 1))}`;
}

/** The time in China (UTC+8) as HH:mm, as the station would enter it. */
function clockTimeInChina(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(11, 16);
}

export async function checkInByCode(ctx: Context, body: PublicCheckinBody, ip: string | null) {
  const row = await openActivity(ctx, body.token);
  const volunteer = await repository.findVolunteerByNumber(ctx.db, body.volunteerNumber);
  const signup = volunteer && (await repository.findSignupOfVolunteer(ctx.db, row.id, volunteer.id));
  if (!volunteer?.phone_masked?.endsWith(body.phoneLast4) || signup?.status !== "signedUp") {
    throw notFound(notMatched);
  }
  if (signup.check_out_at) throw conflict("已签退，无需再次扫码");
  const now = ctx.clock.now();
  const time = clockTimeInChina(now);
  const action = signup.check_in_at ? "checkout" : "checkin";
  if (action === "checkout" && signup.check_in_at && time <= signup.check_in_at) {
    throw conflict("刚刚已签到，请在活动结束时再扫码签退");
  }
  await ctx.db.transaction().execute(async (trx) => {
    const checkIn = action === "checkin" ? time : signup.check_in_at;
    const checkOut = action === "checkout" ? time : null;
    await repository.updateSignup(trx, signup.id, { check_in_at: checkIn, check_out_at: checkOut });
    await auditAttendance(trx, null, ip, now, row.id, signup, checkIn, checkOut, "qrCode");
  });
  return { action, at: time, volunteerName: maskedName(volunteer.name) } as const;
}
