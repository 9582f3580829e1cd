import { fakerZH_CN as faker } from "@faker-js/faker";
import { addIsoDays, type NeedSource, type NeedStatus, serviceDomains } from "@xinqiao/shared";
import type { Insertable } from "kysely";
import { todayInChina } from "../../platform/clock.ts";
import type { AppContext } from "../../platform/context.ts";
import type { GeneratedCase } from "./casework.demo.ts";
import type { NeedTable } from "./needs.tables.ts";

/**
 * Demo needs (需求): the one each demo case was opened from (triaged into it a day or two after
 * it came in), and besides them needs still waiting for triage, given a one-off service or
 * closed with a reason — in the same streets, by the same workers.
 */
type GenerationContext = Pick<AppContext, "db" | "cipher" | "clock">;

const descriptions = [
  "老人独居，近期行动不便，希望有人定期上门探望",
  "家属反映老人情绪低落，很少出门",
  "孩子父母在外务工，放学后无人看护",
  "家庭收入骤降，申请临时救助后仍有困难",
  "网格员走访发现居住环境存在安全隐患",
  "邻里反映家中长期无人照料",
];
const closeReasons = ["经核实已由民政窗口办理", "服务对象表示暂不需要服务", "重复上报，已并入原需求"];
const sources: { value: NeedSource; weight: number }[] = [
  { value: "visit", weight: 3 },
  { value: "phone", weight: 3 },
  { value: "outreach", weight: 3 },
  { value: "grid", weight: 2 },
  { value: "referral", weight: 1 },
  { value: "other", weight: 1 },
];
const chunk = 400;

export async function generateNeeds(
  ctx: GenerationContext,
  cases: readonly GeneratedCase[],
  options: { isDemo?: boolean },
): Promise<number> {
  const { db, cipher } = ctx;
  const now = ctx.clock.now();
  const at = now.toISOString();
  const today = todayInChina(now);
  const need = (item: GeneratedCase, status: NeedStatus, receivedOn: string): Insertable<NeedTable> => {
    const triaged = status !== "open";
    // Never after today: ISO dates sort as text.
    const [triagedOn = today] = [addIsoDays(receivedOn, faker.number.int({ min: 0, max: 2 })), today].sort();
    const note = status === "closed" ? faker.helpers.arrayElement(closeReasons) : null;
    return {
      client_id: item.clientId,
      region_code: item.regionCode,
      source: faker.helpers.weightedArrayElement(sources),
      domain: faker.helpers.arrayElement(serviceDomains),
      urgency: faker.helpers.weightedArrayElement([
        { value: "normal", weight: 7 },
        { value: "urgent", weight: 2 },
        { value: "critical", weight: 1 },
      ]),
      description_cipher: cipher.encrypt(faker.helpers.arrayElement(descriptions)),
      received_on: receivedOn,
      status,
      case_id: status === "case" ? item.id : null,
      triage_note_cipher: note ? cipher.encrypt(note) : null,
      triaged_at: triaged ? `${triagedOn}T03:00:00.000Z` : null,
      triaged_by: triaged ? item.workerId : null,
      is_demo: options.isDemo ? 1 : 0,
      created_at: `${receivedOn}T01:00:00.000Z`,
      created_by: item.workerId,
      updated_at: at,
      updated_by: item.workerId,
    };
  };
  const rows: Insertable<NeedTable>[] = cases.map((item) =>
    need(item, "case", addIsoDays(item.openedOn, -faker.number.int({ min: 0, max: 2 }))),
  );
  // As many again not opened as cases, most recent ones still waiting.
  for (const item of cases) {
    if (faker.number.int({ max: 99 }) >= 25) continue;
    const status = faker.helpers.weightedArrayElement<NeedStatus>([
      { value: "open", weight: 4 },
      { value: "oneOff", weight: 4 },
      { value: "closed", weight: 2 },
    ]);
    const receivedOn = addIsoDays(
      today,
      -faker.number.int(status === "open" ? { max: 10 } : { min: 10, max: 700 }),
    );
    rows.push(need(item, status, receivedOn));
  }
  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < rows.length; start += chunk) {
      await trx
        .insertInto("needs")
        .values(rows.slice(start, start + chunk))
        .execute();
    }
    // Each case names the need it was opened from.
    await trx
      .updateTable("cases")
      .set((eb) => ({
        need_id: eb
          .selectFrom("needs")
          .select("needs.id")
          .whereRef("needs.case_id", "=", "cases.id")
          .limit(1),
      }))
      .where((eb) =>
        eb.exists(eb.selectFrom("needs").select("needs.id").whereRef("needs.case_id", "=", "cases.id")),
      )
      .execute();
  });
  return rows.length;
}
