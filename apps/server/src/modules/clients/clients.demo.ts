import { fakerZH_CN as faker } from "@faker-js/faker";
import {
  type ClientCategory,
  type ClientRiskLevel,
  clientNeedsGuardianConsent,
  idNumberCheckCharacter,
} from "@xinqiao/shared";
import type { AppContext } from "../../platform/context.ts";
import { sealAddress, sealIdNumber, sealPhone } from "../../platform/personalData.ts";
import { pinyinOf } from "../../platform/pinyin.ts";
import * as repository from "./clients.repository.ts";

/**
 * The demo clients (服务对象): ~200 per street at DEMO_SCALE 1 (~30,000 in the city), mostly in
 * each street's first communities, some in every one — mostly elderly people living alone or
 * with absent children, some left-behind or vulnerable children (with a guardian and the
 * guardian's consent), a few adults on 低保 or with a disability. The casework demo builds its
 * cases on them. Inserted a batch at a time; deterministic for the seed (except ciphertexts,
 * whose IVs are random).
 */
/** Per street at DEMO_SCALE 1: ~150 streets make the ~30,000 clients of issue 10's demo city. */
const clientsPerStreetAtScale1 = 200;
const batchSize = 300;
const roads = ["中山路", "解放路", "人民路", "和义路", "柳汀街", "开明街", "大沙泥街", "环城北路"];

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

type Profile = { minAge: number; maxAge: number; categories: readonly ClientCategory[] };
const profiles: { value: Profile; weight: number }[] = [
  { value: { minAge: 65, maxAge: 95, categories: ["独居老人", "空巢老人", "特困", "低保"] }, weight: 6 },
  { value: { minAge: 4, maxAge: 16, categories: ["留守儿童", "困境儿童", "孤儿"] }, weight: 2 },
  { value: { minAge: 25, maxAge: 64, categories: ["低保", "低边", "残疾", "其他"] }, weight: 2 },
];

export async function loadDemoClients(ctx: AppContext): Promise<void> {
  const { db, cipher } = ctx;
  if (await db.selectFrom("clients").select("id").where("is_demo", "=", 1).executeTakeFirst()) return;
  faker.seed(20261207);
  const communities = await db
    .selectFrom("regions")
    .select(["code", "parent_code"])
    .where("level", "=", "community")
    .orderBy("code")
    .execute();
  const communitiesOfStreet = new Map<string, string[]>();
  for (const community of communities) {
    if (!community.parent_code) continue;
    const list = communitiesOfStreet.get(community.parent_code);
    if (list) list.push(community.code);
    else communitiesOfStreet.set(community.parent_code, [community.code]);
  }
  const clientsPerStreet = Math.max(1, Math.round(clientsPerStreetAtScale1 * ctx.config.demoScale));
  const now = ctx.clock.now();
  const at = now.toISOString();
  const used = new Set<string>();
  let order = 0;
  // Unique: the sequence's last digit carries the sex (GB 11643), the counter the rest.
  const nextIdNumber = (regionCode: string, birthDate: string, sex: "male" | "female") => {
    for (;;) {
      order += 1;
      const sequence = String(((order * 2) % 998) + (sex === "male" ? 1 : 0)).padStart(3, "0");
      const first17 = `${regionCode.slice(0, 6)}${birthDate.replaceAll("-", "")}${sequence}`;
      const idNumber = first17 + idNumberCheckCharacter(first17);
      if (!used.has(idNumber)) {
        used.add(idNumber);
        return idNumber;
      }
    }
  };

  type Pending = { row: Parameters<typeof repository.insertClients>[1][number]; consent: ConsentDraft };
  await db.transaction().execute(async (trx) => {
    let pending: Pending[] = [];
    const flush = async () => {
      const ids = await repository.insertClients(
        trx,
        pending.map((item) => item.row),
      );
      await repository.insertConsents(
        trx,
        pending.map((item, index) => ({ ...item.consent, client_id: ids[index] ?? 0 })),
      );
      pending = [];
    };
    for (const streetCommunities of communitiesOfStreet.values()) {
      for (let n = 0; n < clientsPerStreet; n++) {
        // Most in the street's first communities, some in every one.
        const regionCode =
          streetCommunities[
            n % 3 === 0 ? n % streetCommunities.length : n % Math.min(3, streetCommunities.length)
          ] ?? "";
        const profile = faker.helpers.weightedArrayElement(profiles);
        const age = faker.number.int({ min: profile.minAge, max: profile.maxAge });
        const birth = new Date(now.getTime() - (age * 365 + faker.number.int({ max: 360 })) * 86_400_000);
        const sex = faker.helpers.arrayElement(["male", "female"] as const);
        const idNumber = nextIdNumber(regionCode, isoDay(birth), sex);
        const surname = faker.person.lastName();
        const name = `${surname}${faker.person.firstName(sex)}`;
        const isChild = profile.minAge < 18;
        const risk: ClientRiskLevel = faker.helpers.weightedArrayElement([
          { value: "low", weight: 6 },
          { value: "medium", weight: 3 },
          { value: "high", weight: 1 },
        ]);
        const guardianName = isChild ? `${surname}${faker.person.firstName()}` : null;
        const row = {
          name,
          ...(({ full, initials }) => ({ pinyin: full, pinyin_initials: initials }))(pinyinOf(name)),
          region_code: regionCode,
          is_active: 1,
          is_demo: 1,
          created_at: at,
          created_by: null,
          updated_at: at,
          updated_by: null,
          ...sealIdNumber(cipher, idNumber),
          sex,
          birth_date: isoDay(birth),
          ...sealPhone(cipher, isChild ? null : `13${faker.string.numeric(9)}`),
          ...sealAddress(
            cipher,
            `${faker.helpers.arrayElement(roads)}${faker.number.int({ min: 1, max: 300 })}号${faker.number.int({ min: 101, max: 1202 })}室`,
          ),
          categories_json: JSON.stringify(
            faker.helpers.arrayElements(profile.categories, { min: 1, max: 2 }),
          ),
          household_json: "[]",
          guardian_name: guardianName,
          guardian_relation: isChild ? "祖父母" : null,
          risk_level: risk,
          is_emergency: risk === "high" && faker.number.int({ max: 9 }) === 0 ? 1 : 0,
        };
        const givenOn = isoDay(
          new Date(now.getTime() - faker.number.int({ min: 10, max: 400 }) * 86_400_000),
        );
        pending.push({
          row,
          consent: {
            kind: "service",
            guardian_name: clientNeedsGuardianConsent(isoDay(birth), givenOn) ? guardianName : null,
            given_on: givenOn,
            recorded_at: at,
            recorded_by: null,
            withdrawn_on: null,
            withdrawn_at: null,
            withdrawn_by: null,
          },
        });
        if (pending.length >= batchSize) await flush();
      }
    }
    if (pending.length > 0) await flush();
  });
}

type ConsentDraft = Omit<Parameters<typeof repository.insertConsents>[1][number], "client_id">;
