import { fakerZH_CN as faker } from "@faker-js/faker";
import {
  type ActivityMethod,
  type ActivityStatus,
  minutesBetween,
  roundToHalfHour,
  serviceDomains,
  volunteerSkills,
} from "@xinqiao/shared";
import type { AppContext } from "../../platform/context.ts";
import { type LedgerPosting, postEarnedHours } from "../volunteers/volunteerLedger.ts";
import * as repository from "./activities.repository.ts";

/**
 * Activities in every street with a station (or, without one, its district's center), about
 * 3,000 in the city at DEMO_SCALE 1:
 * most of them held in the last months with the volunteers' hours confirmed — through the
 * ledger's own posting, so every volunteer's cumulative hours stay equal to their ledger — some
 * published and recruiting, a few drafts and cancelled ones. Deterministic for the seed.
 */
/** Per street at DEMO_SCALE 1: ~150 streets make the ~3,000 activities of issue 10's demo city. */
const activitiesPerStreetAtScale1 = 20;

const titles: Record<ActivityMethod, string[]> = {
  group: [
    "长者健康互助小组",
    "亲子沟通成长小组",
    "困境儿童学业辅导小组",
    "独居老人陪伴小组",
    "残障人士康复支持小组",
  ],
  community: [
    "邻里节便民服务活动",
    "社区防诈骗宣传活动",
    "重阳敬老慰问活动",
    "垃圾分类志愿服务活动",
    "义诊进社区活动",
  ],
};
const places = ["社区党群服务中心", "社区活动室", "社工站多功能厅", "社区文化广场", "邻里中心"];
const startTimes = ["08:30", "09:00", "09:30", "13:30", "14:00", "14:30"];

function shiftDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function plusMinutes(time: string, minutes: number): string {
  const total = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

export async function loadDemoActivities(ctx: AppContext): Promise<void> {
  const { db } = ctx;
  if (await db.selectFrom("activities").select("id").where("is_demo", "=", 1).executeTakeFirst()) return;
  const organizerAccount = await db
    .selectFrom("users")
    .select(["id", "username", "display_name"])
    .where("role_id", "=", "station_staff")
    .orderBy("id")
    .executeTakeFirst();
  if (!organizerAccount) return;
  faker.seed(20261208);
  const [streets, platforms, volunteers, clients] = await Promise.all([
    db.selectFrom("regions").select(["code", "name"]).where("level", "=", "street").orderBy("code").execute(),
    db
      .selectFrom("platforms")
      .select(["id", "name", "region_code", "kind"])
      .where("kind", "in", ["station", "center"])
      .orderBy("id")
      .execute(),
    db
      .selectFrom("volunteers")
      .select(["id", "region_code"])
      .where("is_active", "=", 1)
      .orderBy("id")
      .execute(),
    db.selectFrom("clients").select(["id", "region_code"]).where("is_active", "=", 1).orderBy("id").execute(),
  ]);
  const streetOf = (code: string) => code.slice(0, 9);
  const group = <T extends { region_code: string }>(rows: T[], key: (code: string) => string) => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const list = map.get(key(row.region_code));
      if (list) list.push(row);
      else map.set(key(row.region_code), [row]);
    }
    return map;
  };
  const stationsByStreet = group(
    platforms.filter((p) => p.kind === "station"),
    streetOf,
  );
  const centersByDistrict = group(
    platforms.filter((p) => p.kind === "center"),
    (code) => code.slice(0, 6),
  );
  const volunteersByStreet = group(volunteers, streetOf);
  const clientsByStreet = group(clients, streetOf);
  const activitiesPerStreet = Math.max(1, Math.round(activitiesPerStreetAtScale1 * ctx.config.demoScale));
  const now = ctx.clock.now();
  const today = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  const at = now.toISOString();
  const actor = { id: organizerAccount.id, username: organizerAccount.username, ip: null };

  await db.transaction().execute(async (trx) => {
    for (const street of streets) {
      const prefix = streetOf(street.code);
      const organizer =
        stationsByStreet.get(prefix)?.[0] ?? centersByDistrict.get(street.code.slice(0, 6))?.[0] ?? null;
      if (!organizer) continue;
      const streetVolunteers = volunteersByStreet.get(prefix) ?? [];
      const streetClients = clientsByStreet.get(prefix) ?? [];
      for (let n = 0; n < activitiesPerStreet; n++) {
        const status: ActivityStatus = faker.helpers.weightedArrayElement([
          { value: "done", weight: 6 },
          { value: "published", weight: 2 },
          { value: "draft", weight: 1 },
          { value: "cancelled", weight: 1 },
        ]);
        const method = faker.helpers.arrayElement(["group", "community"] as const);
        const date =
          status === "done"
            ? shiftDays(today, -faker.number.int({ min: 3, max: 180 }))
            : shiftDays(today, faker.number.int({ min: 2, max: 40 }));
        const startTime = faker.helpers.arrayElement(startTimes);
        const endTime = plusMinutes(startTime, faker.helpers.arrayElement([90, 120, 150, 180]));
        const places_ = Math.min(streetVolunteers.length, faker.number.int({ min: 2, max: 6 }));
        const participants = faker.helpers.arrayElements(streetClients, {
          min: 0,
          max: Math.min(streetClients.length, method === "group" ? 6 : 3),
        });
        const name = faker.helpers.arrayElement(titles[method]);
        const id = await repository.insertActivity(trx, {
          name,
          method,
          domain: faker.helpers.arrayElement(serviceDomains),
          date,
          start_time: startTime,
          end_time: endTime,
          place: `${street.name}${faker.helpers.arrayElement(places)}`,
          region_code: street.code,
          organizer_kind: "platform",
          organizer_id: organizer.id,
          status,
          unregistered_count: method === "community" ? faker.number.int({ min: 10, max: 120 }) : 0,
          volunteer_places: places_,
          signed_up_count: 0,
          volunteer_skills_json: JSON.stringify(
            faker.helpers.arrayElements(volunteerSkills, { min: 0, max: 2 }),
          ),
          recruit_target: places_ > 0 ? "area" : null,
          recruit_team_ids_json: "[]",
          recruit_region_code: places_ > 0 ? street.code : null,
          report: status === "done" ? "活动按计划开展，参与者反馈良好，后续将持续跟进个别需求。" : null,
          satisfaction_mean: status === "done" ? faker.number.int({ min: 38, max: 50 }) / 10 : null,
          satisfaction_count:
            status === "done" ? participants.length + faker.number.int({ min: 0, max: 20 }) : null,
          cancel_reason: status === "cancelled" ? "天气原因，活动改期" : null,
          hours_confirmed_at: null,
          hours_confirmed_by: null,
          is_demo: 1,
          created_at: at,
          created_by: null,
          updated_at: at,
          updated_by: null,
        });
        await repository.replaceParticipants(
          trx,
          id,
          participants.map((client) => client.id),
        );
        if (status !== "done" && status !== "published") continue;
        const signedUp = faker.helpers.arrayElements(streetVolunteers, {
          min: status === "done" ? Math.min(1, places_) : 0,
          max: places_,
        });
        const signups: { signupId: number; volunteerId: number; checkIn: string; checkOut: string }[] = [];
        for (const volunteer of signedUp) {
          const checkIn = plusMinutes(startTime, -faker.helpers.arrayElement([0, 10, 20]));
          const checkOut = plusMinutes(endTime, faker.helpers.arrayElement([0, 5, 15, 30]));
          const held = status === "done";
          const signupId = await repository.insertSignup(trx, {
            activity_id: id,
            volunteer_id: volunteer.id,
            team_id: null,
            status: "signedUp",
            signed_up_at: at,
            signed_up_by: null,
            check_in_at: held ? checkIn : null,
            check_out_at: held ? checkOut : null,
            ledger_entry_id: null,
          });
          signups.push({ signupId, volunteerId: volunteer.id, checkIn, checkOut });
        }
        await repository.updateActivity(trx, id, { signed_up_count: signups.length });
        if (status !== "done" || signups.length === 0) continue;
        const ordered = [...signups].sort((a, b) => a.volunteerId - b.volunteerId);
        const postings: LedgerPosting[] = ordered.map((signup) => ({
          volunteerId: signup.volunteerId,
          content: name,
          serviceDate: date,
          place: street.name,
          hours: roundToHalfHour(minutesBetween(signup.checkIn, signup.checkOut)),
          recordingOrganization: organizer.name,
          confirmedBy: organizerAccount.display_name,
          teamId: null,
          regionCode: street.code,
        }));
        const entryIds = await postEarnedHours(trx, actor, now, { kind: "activity", id }, postings);
        for (const [index, signup] of ordered.entries()) {
          await repository.updateSignup(trx, signup.signupId, { ledger_entry_id: entryIds[index] ?? null });
        }
        await repository.updateActivity(trx, id, {
          hours_confirmed_at: at,
          hours_confirmed_by: organizerAccount.id,
        });
      }
    }
  });
}
