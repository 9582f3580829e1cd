import { fakerZH_CN as faker } from "@faker-js/faker";
import { type CourseKind, courseKinds, type QualificationLevel } from "@xinqiao/shared";
import { todayInChina } from "../../platform/clock.ts";
import type { AppContext } from "../../platform/context.ts";
import { insertEducationHours } from "../socialWorkers/socialWorkers.repository.ts";
import { certificateNumberOf } from "./training.presenter.ts";
import * as repository from "./training.repository.ts";

/**
 * ~200 courses at DEMO_SCALE 1 over the last 24 months (and a few in the coming weeks): a tenth
 * run by the city, a third by the districts, the rest by the streets' stations; each with its
 * sessions, workers of its region enrolled within the capacity, sign-ins, and — for a course
 * that has ended — completion of those who attended every session, whose hours are written
 * through the ledger's own insert so every worker's cycle counts them. Deterministic for the seed.
 */
const coursesAtScale1 = 200;

const titles: Record<CourseKind, string[]> = {
  induction: ["新入职社工岗前培训班", "社工站新进人员岗前培训", "社区工作者岗前实务培训"],
  continuing: [
    "社会工作师继续教育专题班",
    "养老服务实务继续教育班",
    "儿童保护与家庭服务继续教育",
    "社会救助政策继续教育",
  ],
  supervision: ["一线社工督导能力提升班", "个案督导实务培训", "朋辈督导工作坊"],
  topical: ["心理危机干预专题培训", "社区治理与居民参与专题", "社会工作伦理专题研讨", "项目化运作与评估专题"],
};
const topics = ["理论讲授", "案例研讨", "情景模拟", "实务演练", "政策解读", "考核答疑"];
const levelsOf: Record<CourseKind, QualificationLevel[]> = {
  induction: ["none", "assistant"],
  continuing: ["assistant", "intermediate", "senior"],
  supervision: ["intermediate", "senior"],
  topical: ["assistant", "intermediate", "senior"],
};

function shiftDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export async function loadDemoCourses(ctx: AppContext): Promise<void> {
  const { db } = ctx;
  if (await db.selectFrom("courses").select("id").where("is_demo", "=", 1).executeTakeFirst()) return;
  faker.seed(20261210);
  const [regions, workers] = await Promise.all([
    db
      .selectFrom("regions")
      .select(["code", "name", "level"])
      .where("level", "in", ["city", "district", "street"])
      .orderBy("code")
      .execute(),
    db
      .selectFrom("social_workers")
      .select(["id", "region_code", "qualification_level"])
      .where("is_active", "=", 1)
      .where("employment_status", "!=", "left")
      .orderBy("id")
      .execute(),
  ]);
  const city = regions.find((r) => r.level === "city");
  const districts = regions.filter((r) => r.level === "district");
  const streets = regions.filter((r) => r.level === "street");
  if (!city || workers.length === 0) return;
  const now = ctx.clock.now();
  const at = now.toISOString();
  const today = todayInChina(now);
  const total = Math.max(4, Math.round(coursesAtScale1 * ctx.config.demoScale));
  const prefixOf = (code: string) => code.replace(/0+$/, "");

  await db.transaction().execute(async (trx) => {
    for (let n = 0; n < total; n += 1) {
      const share = n % 10;
      const region =
        share === 0
          ? city
          : share < 4
            ? faker.helpers.arrayElement(districts)
            : faker.helpers.arrayElement(streets);
      if (!region) continue;
      const kind = faker.helpers.arrayElement(Object.keys(courseKinds) as CourseKind[]);
      const levels = levelsOf[kind];
      const prefix = prefixOf(region.code);
      const eligible = workers.filter(
        (w) => w.region_code.startsWith(prefix) && levels.includes(w.qualification_level),
      );
      // Spread over the last 24 months; one in twenty still to come.
      const startDate =
        n % 20 === 19
          ? shiftDays(today, faker.number.int({ min: 3, max: 40 }))
          : shiftDays(today, -faker.number.int({ min: 5, max: 730 }));
      const sessionCount = faker.number.int({ min: 1, max: 4 });
      const sessions = Array.from({ length: sessionCount }, (_, i) => ({
        date: shiftDays(startDate, i * faker.number.int({ min: 1, max: 3 })),
        start_time: i % 2 === 0 ? "09:00" : "14:00",
        end_time: i % 2 === 0 ? "12:00" : "17:00",
        topic: `${faker.helpers.arrayElement(topics)}（第 ${i + 1} 讲）`,
      }));
      // Sessions follow one another, so the last is the course's last day.
      const endDate = sessions[sessions.length - 1]?.date ?? startDate;
      const capacity = faker.helpers.arrayElement([20, 30, 40, 50, 60]);
      const cancelled = n % 37 === 5;
      const ended = endDate <= today && !cancelled;
      const courseId = await repository.insertCourse(trx, {
        name: `${region.name}${faker.helpers.arrayElement(titles[kind])}`.slice(0, 100),
        kind,
        organizer: region.level === "street" ? `${region.name}社会工作服务站` : `${region.name}社会工作部`,
        region_code: region.code,
        start_date: startDate,
        end_date: endDate,
        hours: sessionCount * 3,
        capacity,
        enrolled_count: 0,
        target_levels_json: JSON.stringify(levels),
        status: cancelled ? "cancelled" : ended ? "completed" : "open",
        cancel_reason: cancelled ? "报名人数不足，课程取消" : null,
        is_demo: 1,
        created_at: at,
        created_by: null,
        updated_at: at,
        updated_by: null,
      });
      await repository.insertSessions(
        trx,
        sessions.map((s) => ({ course_id: courseId, ...s })),
      );
      if (cancelled) continue;
      const sessionRows = await repository.sessionsOf(trx, courseId);
      const chosen = faker.helpers.arrayElements(
        eligible,
        Math.min(eligible.length, faker.number.int({ min: Math.ceil(capacity / 3), max: capacity })),
      );
      const attendance: {
        enrolment_id: number;
        session_id: number;
        signed_in_at: string;
        signed_in_by: null;
      }[] = [];
      for (const worker of chosen) {
        const enrolmentId = await repository.insertEnrolment(trx, {
          course_id: courseId,
          social_worker_id: worker.id,
          status: "enrolled",
          enrolled_at: `${shiftDays(startDate, -7)}T02:00:00.000Z`,
          enrolled_by: null,
          certificate_number: null,
          completed_on: null,
          ledger_entry_id: null,
        });
        // Most attend every session held so far; some miss one.
        const missesOne = faker.datatype.boolean({ probability: 0.12 });
        const held = sessionRows.filter((s) => s.date <= today);
        const attended = missesOne ? held.slice(1) : held;
        for (const session of attended) {
          attendance.push({
            enrolment_id: enrolmentId,
            session_id: session.id,
            signed_in_at: `${session.date}T01:00:00.000Z`,
            signed_in_by: null,
          });
        }
        if (ended && attended.length === sessionRows.length) {
          const certificateNumber = certificateNumberOf(endDate, courseId, enrolmentId);
          const entryId = await insertEducationHours(trx, {
            social_worker_id: worker.id,
            kind: "training",
            completed_on: endDate,
            hours: sessionCount * 3,
            description: `${courseKinds[kind]}：${region.name}培训（证书编号 ${certificateNumber}）`,
            source: "training",
            created_at: at,
            created_by: null,
          });
          await repository.updateEnrolment(trx, enrolmentId, {
            status: "completed",
            certificate_number: certificateNumber,
            completed_on: endDate,
            ledger_entry_id: entryId,
          });
        }
      }
      for (let start = 0; start < attendance.length; start += 500) {
        await repository.signIn(trx, attendance.slice(start, start + 500));
      }
      await repository.updateCourse(trx, courseId, { enrolled_count: chosen.length });
    }
  });
}
