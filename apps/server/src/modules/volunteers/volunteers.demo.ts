import { fakerZH_CN as faker } from "@faker-js/faker";
import {
  idNumberCheckCharacter,
  toRegionCode,
  volunteerAvailability,
  volunteerNeedsGuardianConsent,
  volunteerSkills,
} from "@xinqiao/shared";
import type { AppContext } from "../../platform/context.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { sealIdNumber, sealPhone } from "../../platform/personalData.ts";
import { pinyinOf } from "../../platform/pinyin.ts";
import { inRegionScope } from "../../platform/scope.ts";
import * as hoursRepository from "./volunteerHours.repository.ts";
import { districtPrefixOf, sequenceOf, volunteerNumberOf } from "./volunteers.numbering.ts";
import * as repository from "./volunteers.repository.ts";
import * as teamRepository from "./volunteerTeams.repository.ts";

/**
 * Fast generation of plausible volunteers, their teams and hours ledgers straight into the
 * database: the demo city uses it, and so does the benchmark (200,000 volunteers). Valid, distinct
 * ID numbers (GB 11643 check character), names drawn from faker's zh_CN lists with pinyin
 * computed once per surname and per given name (the two costs per row are encryption and
 * pinyin), and batched multi-row inserts in one transaction, a chunk of volunteers at a time so
 * memory stays flat. Cumulative hours are summed from the generated ledger, so they agree with
 * it exactly. Deterministic for a seed (except ciphertexts, whose IVs are random).
 */
export interface GenerateVolunteersOptions {
  /** Relative weight per district (12-digit code); default: every district of the city alike. */
  districtWeights?: Record<string, number>;
  /** How active a district's volunteers are (scales ledger sizes); default 1. */
  districtActivity?: Record<string, number>;
  /** Teams to create, spread like the volunteers; default one per ~70 volunteers. */
  teamCount?: number;
  /** Generate service records (and a few redemptions and certificates); default true. */
  withLedger?: boolean;
  isDemo?: boolean;
}

export interface GeneratedVolunteers {
  volunteers: number;
  teams: number;
  serviceRecords: number;
  certificates: number;
}

type GenerationContext = Pick<AppContext, "db" | "cipher" | "clock" | "config">;

interface Place {
  code: string;
  name: string;
  streetCode: string;
  weight: number;
}

interface DistrictPlan {
  code: string;
  name: string;
  count: number;
  activity: number;
  places: Place[];
  placeWeightTotal: number;
  streets: { code: string; name: string }[];
  teams: { id: number; name: string; regionCode: string; streetCode: string }[];
  organizations: number[];
}

const chunkSize = 500;
const teamThemes = [
  "红色先锋",
  "邻里守望",
  "爱心助老",
  "青春",
  "巾帼",
  "关爱儿童",
  "文明实践",
  "应急救援",
  "心理援助",
  "法律援助",
  "银龄",
  "党员先锋",
  "绿色环保",
  "助残",
  "平安巡防",
  "文化惠民",
  "医疗义诊",
  "四点半课堂",
];
const serviceContents: Record<string, string[]> = {
  陪伴探访: ["走访慰问独居老人", "陪伴空巢老人聊天读报", "节日探访困难家庭"],
  心理疏导: ["青少年心理健康讲座协助", "困境家庭情绪疏导陪伴"],
  法律咨询: ["社区法律咨询服务", "反诈宣传与法律答疑"],
  医疗护理: ["社区义诊量血压", "老年人健康知识宣讲"],
  教育辅导: ["四点半课堂作业辅导", "留守儿童学业辅导"],
  文艺表演: ["社区文艺汇演", "敬老院慰问演出"],
  应急救援: ["防汛防台巡查", "应急救护知识培训协助"],
  信息技术: ["帮助老年人使用智能手机", "社区数字化服务指导"],
  驾驶: ["接送行动不便老人就医", "爱心车队送餐"],
  外语翻译: ["国际交流活动翻译", "外籍居民生活服务指引"],
};
const generalContents = [
  "垃圾分类宣传引导",
  "文明城市创建志愿服务",
  "社区环境整治",
  "交通文明劝导",
  "爱心助餐配送",
  "关爱困境儿童活动",
  "邻里互助活动组织",
  "疫苗接种现场秩序维护",
  "图书馆志愿服务",
  "无偿献血宣传",
];
const placeSuffixes = ["党群服务中心", "新时代文明实践站", "居家养老服务中心", "社区广场", "文化家园"];
const phonePrefixes = [
  "130",
  "131",
  "132",
  "133",
  "135",
  "136",
  "137",
  "138",
  "139",
  "150",
  "151",
  "152",
  "155",
  "158",
  "159",
  "176",
  "177",
  "180",
  "181",
  "186",
  "187",
  "188",
  "189",
  "199",
];
/** Birthplace address codes: most volunteers were born in the district, some elsewhere in 浙江 or beyond. */
const otherBirthplaces = [
  "330102",
  "330106",
  "330304",
  "330402",
  "330502",
  "340102",
  "360102",
  "410102",
  "510104",
  "430102",
];

function pick<T>(items: readonly T[]): T {
  const item = items[faker.number.int({ max: items.length - 1 })];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
  return isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));
}

function daysBetween(from: string, to: string): number {
  return Math.max(
    0,
    Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000),
  );
}

/** Splits `total` over weights, largest remainders first, so the parts add up exactly. */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const exact = weights.map((w) => (w / sum) * total);
  const parts = exact.map(Math.floor);
  const order = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest);
  for (let i = 0; i < total - parts.reduce((a, b) => a + b, 0); i++) {
    const target = order[i % order.length];
    if (target) parts[target.index] = (parts[target.index] ?? 0) + 1;
  }
  return parts;
}

class NameSource {
  private readonly surnames: string[];
  private readonly given: Record<"male" | "female", string[]>;
  private readonly pinyinCache = new Map<string, { full: string; initials: string }>();

  constructor() {
    const person = faker.definitions.person as unknown as {
      last_name: { generic: string[] };
      first_name: { generic: string[]; female?: string[]; male?: string[] };
    };
    this.surnames = person.last_name.generic;
    this.given = {
      male: person.first_name.male ?? person.first_name.generic,
      female: person.first_name.female ?? person.first_name.generic,
    };
  }

  private pinyin(part: string) {
    let cached = this.pinyinCache.get(part);
    if (!cached) {
      cached = pinyinOf(part);
      this.pinyinCache.set(part, cached);
    }
    return cached;
  }

  /** A name with its pinyin (surname and given name converted once each, then joined). */
  next(sex: "male" | "female"): { name: string; full: string; initials: string } {
    const surname = pick(this.surnames);
    const given = pick(this.given[sex]);
    const a = this.pinyin(surname);
    const b = this.pinyin(given);
    return { name: surname + given, full: a.full + b.full, initials: a.initials + b.initials };
  }
}

/** Given names of the demo minors' guardians (the surname is the volunteer's). */
const guardianGivenNames = ["建国", "丽华", "志强", "秀英", "国平", "美玲", "海波", "春燕"];

/** Volunteers register from 16 to 75, most between 20 and 60. */
function birthDate(today: string): string {
  const age = faker.helpers.weightedArrayElement([
    { value: faker.number.int({ min: 16, max: 19 }), weight: 1 },
    { value: faker.number.int({ min: 20, max: 39 }), weight: 4 },
    { value: faker.number.int({ min: 40, max: 59 }), weight: 3 },
    { value: faker.number.int({ min: 60, max: 75 }), weight: 2 },
  ]);
  return addDays(today, -(age * 365 + faker.number.int({ max: 364 })));
}

/**
 * How many ledger entries a volunteer has and how long each lasts: most have a few short ones,
 * a small share of veterans many full-day ones, so every star level (1–5) occurs while the
 * ledger stays around three records per volunteer (it is loaded on every start and test).
 */
function recordProfile(activity: number): { count: number; minHours: number; maxHours: number } {
  const roll = faker.number.float({ min: 0, max: 1 }) / activity;
  if (roll < 0.001) return { count: faker.number.int({ min: 130, max: 160 }), minHours: 10, maxHours: 14 };
  if (roll < 0.0035) return { count: faker.number.int({ min: 90, max: 120 }), minHours: 9, maxHours: 12 };
  if (roll < 0.0095) return { count: faker.number.int({ min: 60, max: 80 }), minHours: 8, maxHours: 11 };
  if (roll < 0.03) return { count: faker.number.int({ min: 25, max: 35 }), minHours: 9, maxHours: 13 };
  if (roll < 0.08) return { count: faker.number.int({ min: 12, max: 18 }), minHours: 7, maxHours: 12 };
  if (roll < 0.55) return { count: faker.number.int({ min: 1, max: 3 }), minHours: 1, maxHours: 6 };
  return { count: 0, minHours: 0, maxHours: 0 };
}

type ServiceRecordRow = Parameters<typeof hoursRepository.insertServiceRecord>[1];
type CertificateRow = Parameters<typeof hoursRepository.insertCertificate>[1];

/** A volunteer's generated ledger: earned records (and maybe a redemption) and what they add up to. */
function generateLedger(
  plan: DistrictPlan,
  place: Place,
  teams: DistrictPlan["teams"],
  skills: string[],
  registeredOn: string,
  today: string,
  names: NameSource,
): {
  records: Omit<ServiceRecordRow, "volunteer_id">[];
  earned: number;
  mainOrganization: { name: string; hours: number } | null;
} {
  const profile = recordProfile(plan.activity);
  const span = daysBetween(registeredOn, today);
  const byOrganization = new Map<string, number>();
  const records: Omit<ServiceRecordRow, "volunteer_id">[] = [];
  let earned = 0;
  for (let r = 0; r < profile.count; r++) {
    const team = teams.length > 0 && faker.number.int({ max: 9 }) < 7 ? pick(teams) : null;
    const hours = faker.number.int({ min: profile.minHours * 2, max: profile.maxHours * 2 }) / 2;
    const serviceDate = addDays(registeredOn, faker.number.int({ max: span }));
    const skill = skills.length > 0 && faker.number.int({ max: 1 }) === 0 ? pick(skills) : null;
    const organization = team ? team.name : `${plan.name}志愿者协会`;
    earned += hours;
    byOrganization.set(organization, (byOrganization.get(organization) ?? 0) + hours);
    records.push({
      entry_kind: "earned",
      content: pick((skill ? serviceContents[skill] : undefined) ?? generalContents),
      service_date: serviceDate,
      place: `${place.name}${pick(placeSuffixes)}`,
      hours,
      recording_organization: organization,
      confirmed_by: names.next(faker.number.int({ max: 1 }) === 0 ? "male" : "female").name,
      team_id: team?.id ?? null,
      region_code: team?.regionCode ?? place.code,
      created_at: `${serviceDate}T10:00:00.000Z`,
      created_by: null,
    });
  }
  // The time bank: some long-serving volunteers have redeemed part of their hours.
  if (earned >= 40 && faker.number.int({ max: 9 }) < 2) {
    const serviceDate = addDays(today, -faker.number.int({ max: 120 }));
    records.push({
      entry_kind: "redeemed",
      content: pick(["兑换家政服务", "兑换助餐服务", "兑换理发服务", "兑换体检套餐"]),
      service_date: serviceDate,
      place: `${place.name}时间银行服务点`,
      hours: -Math.min(earned, faker.number.int({ min: 4, max: 20 })),
      recording_organization: `${plan.name}志愿者协会`,
      confirmed_by: names.next("female").name,
      team_id: null,
      region_code: place.code,
      created_at: `${serviceDate}T10:00:00.000Z`,
      created_by: null,
    });
  }
  const [main] = [...byOrganization.entries()].sort((a, b) => b[1] - a[1]);
  return { records, earned, mainOrganization: main ? { name: main[0], hours: main[1] } : null };
}

async function loadPlans(
  db: Queryable,
  cityCode: string,
  count: number,
  weights: Record<string, number> | undefined,
  activity: Record<string, number> | undefined,
): Promise<DistrictPlan[]> {
  const regions = await db
    .selectFrom("regions")
    .select(["code", "name", "level", "parent_code"])
    .where(inRegionScope("code", cityCode))
    .where("level", "in", ["district", "street", "community"])
    .orderBy("code")
    .execute();
  const districts = regions.filter((region) => region.level === "district");
  const organizations = await db
    .selectFrom("social_organizations")
    .select(["id", "region_code"])
    .where(inRegionScope("region_code", cityCode))
    .where("is_active", "=", 1)
    .orderBy("id")
    .execute();
  const counts = apportion(
    count,
    districts.map((district) => weights?.[district.code] ?? (weights ? 0 : 1)),
  );
  return districts.map((district, index) => {
    const prefix = district.code.slice(0, 6);
    const streets = regions
      .filter((region) => region.level === "street" && region.code.startsWith(prefix))
      .map((region) => ({ code: region.code, name: region.name }));
    const places: Place[] = [];
    for (const region of regions) {
      if (!region.code.startsWith(prefix) || region.level === "district") continue;
      const streetCode = region.level === "street" ? region.code : (region.parent_code ?? region.code);
      // Urban 社区 register more volunteers than rural 村; a few register at the street itself.
      const weight = region.level === "street" ? 1 : /社区|居委会/.test(region.name) ? 6 : 2;
      places.push({ code: region.code, name: region.name, streetCode, weight });
    }
    return {
      code: district.code,
      name: district.name,
      count: counts[index] ?? 0,
      activity: activity?.[district.code] ?? 1,
      places,
      placeWeightTotal: places.reduce((sum, place) => sum + place.weight, 0),
      streets,
      teams: [],
      organizations: organizations.filter((o) => o.region_code.startsWith(prefix)).map((o) => o.id),
    };
  });
}

function pickPlace(plan: DistrictPlan): Place {
  let roll = faker.number.float({ min: 0, max: plan.placeWeightTotal });
  for (const place of plan.places) {
    roll -= place.weight;
    if (roll <= 0) return place;
  }
  const last = plan.places[plan.places.length - 1];
  if (!last) throw new Error(`district ${plan.code} has no streets`);
  return last;
}

async function createTeams(
  db: Queryable,
  names: NameSource,
  plans: DistrictPlan[],
  teamCount: number,
  at: string,
  today: string,
  isDemo: boolean,
): Promise<number> {
  const perDistrict = apportion(
    teamCount,
    plans.map((plan) => (plan.places.length > 0 ? plan.count : 0)),
  );
  let created = 0;
  for (const [index, plan] of plans.entries()) {
    const wanted = perDistrict[index] ?? 0;
    const teamNames = new Set(
      (
        await db
          .selectFrom("volunteer_teams")
          .select("name")
          .where(inRegionScope("region_code", plan.code))
          .execute()
      ).map((team) => team.name),
    );
    const rows: teamRepository.NewVolunteerTeam[] = [];
    const refs: { name: string; regionCode: string; streetCode: string }[] = [];
    for (let attempt = 0; rows.length < wanted && attempt < wanted * 5; attempt++) {
      const isDistrictTeam = faker.number.int({ max: 9 }) === 0;
      const street = pick(plan.streets);
      const regionCode = isDistrictTeam ? plan.code : street.code;
      const name = `${isDistrictTeam ? plan.name : street.name}${pick(teamThemes)}志愿服务队`;
      if (teamNames.has(name)) continue;
      teamNames.add(name);
      const { full, initials } = pinyinOf(name);
      const organizationId =
        plan.organizations.length > 0 && faker.number.int({ max: 9 }) < 3 ? pick(plan.organizations) : null;
      rows.push({
        name,
        pinyin: full,
        pinyin_initials: initials,
        region_code: regionCode,
        is_active: 1,
        is_demo: isDemo ? 1 : 0,
        created_at: at,
        created_by: null,
        updated_at: at,
        updated_by: null,
        social_organization_id: organizationId,
        leader_name: names.next(faker.number.int({ max: 1 }) === 0 ? "male" : "female").name,
        founded_on: addDays(today, -faker.number.int({ min: 200, max: 14 * 365 })),
        description: `立足${isDistrictTeam ? plan.name : street.name}，常态化开展${pick(teamThemes)}志愿服务。`,
      });
      refs.push({ name, regionCode, streetCode: isDistrictTeam ? "" : street.code });
    }
    const inserted = await teamRepository.insertTeams(db, rows);
    const streetOf = new Map(refs.map((ref) => [`${ref.regionCode}|${ref.name}`, ref.streetCode]));
    plan.teams = inserted.map((team) => ({
      id: team.id,
      name: team.name,
      regionCode: team.region_code,
      streetCode: streetOf.get(`${team.region_code}|${team.name}`) ?? "",
    }));
    created += inserted.length;
  }
  return created;
}

/** Generates `count` volunteers into the database (see GenerateVolunteersOptions). */
export async function generateVolunteers(
  ctx: GenerationContext,
  count: number,
  seed: number,
  options: GenerateVolunteersOptions = {},
): Promise<GeneratedVolunteers> {
  faker.seed(seed);
  const isDemo = options.isDemo ?? false;
  const withLedger = options.withLedger ?? true;
  const now = ctx.clock.now();
  const at = now.toISOString();
  const today = isoDay(now);
  const year = today.slice(0, 4);
  const cityCode = toRegionCode(ctx.config.cityCode);
  const result: GeneratedVolunteers = { volunteers: 0, teams: 0, serviceRecords: 0, certificates: 0 };

  await ctx.db.transaction().execute(async (trx) => {
    const plans = await loadPlans(trx, cityCode, count, options.districtWeights, options.districtActivity);
    const names = new NameSource();
    result.teams = await createTeams(
      trx,
      names,
      plans,
      options.teamCount ?? Math.round(count / 70),
      at,
      today,
      isDemo,
    );
    const takenIdIndexes = new Set(
      (await trx.selectFrom("volunteers").select("id_number_index").execute()).map(
        (row) => row.id_number_index,
      ),
    );
    let certificateSequence = sequenceOf(
      await hoursRepository.maxCertificateNumber(trx, year),
      `ZYFW-${year}-`.length,
    );
    const certificates: CertificateRow[] = [];

    for (const plan of plans) {
      if (plan.count === 0 || plan.places.length === 0) continue;
      const district = districtPrefixOf(plan.code);
      let numberSequence = sequenceOf(await repository.maxVolunteerNumber(trx, district), 8);
      const teamsByStreet = new Map<string, DistrictPlan["teams"]>();
      for (const team of plan.teams) {
        teamsByStreet.set(team.streetCode, [...(teamsByStreet.get(team.streetCode) ?? []), team]);
      }

      for (let start = 0; start < plan.count; start += chunkSize) {
        const size = Math.min(chunkSize, plan.count - start);
        const rows: repository.NewVolunteer[] = [];
        // What belongs to each new volunteer, waiting for its id.
        const pending: {
          teams: { teamId: number; joinedOn: string }[];
          records: Omit<ServiceRecordRow, "volunteer_id">[];
          certificate: Omit<CertificateRow, "volunteer_id"> | null;
        }[] = [];
        for (let i = 0; i < size; i++) {
          const sex = faker.number.int({ max: 1 }) === 0 ? ("male" as const) : ("female" as const);
          const born = birthDate(today);
          const birthplace = faker.number.int({ max: 9 }) < 8 ? district : pick(otherBirthplaces);
          // Distinct from every ID number already stored (compared by keyed hash) or generated now.
          let sealedId: ReturnType<typeof sealIdNumber> | null = null;
          while (!sealedId) {
            const order = faker.number.int({ max: 499 }) * 2 + (sex === "male" ? 1 : 0);
            const first17 = `${birthplace}${born.replaceAll("-", "")}${String(order).padStart(3, "0")}`;
            const idNumber = first17 + idNumberCheckCharacter(first17);
            const index = ctx.cipher.blindIndex(idNumber);
            if (takenIdIndexes.has(index)) continue;
            takenIdIndexes.add(index);
            sealedId = sealIdNumber(ctx.cipher, idNumber);
          }
          const person = names.next(sex);
          const place = pickPlace(plan);
          // Nobody registers before 16; a 16- or 17-year-old does so with a guardian's consent.
          const drawnRegistration = addDays(today, -faker.number.int({ min: 0, max: 12 * 365 }));
          const sixteenth = addDays(born, 16 * 366);
          // ISO days sort as text: the earlier of the 16th birthday and today, then the later.
          const earliest = [sixteenth, today].sort()[0] ?? today;
          const registeredOn = [drawnRegistration, earliest].sort()[1] ?? earliest;
          const isMinor = volunteerNeedsGuardianConsent(born, registeredOn);
          const skills = faker.helpers.arrayElements(volunteerSkills, { min: 0, max: 3 });

          const nearby = teamsByStreet.get(place.streetCode) ?? [];
          const teams: DistrictPlan["teams"] = [];
          const membershipRoll = faker.number.int({ max: 99 });
          if (plan.teams.length > 0 && membershipRoll < 70) {
            teams.push(nearby.length > 0 && membershipRoll < 60 ? pick(nearby) : pick(plan.teams));
            if (membershipRoll < 10) {
              const second = pick(plan.teams);
              if (second.id !== teams[0]?.id) teams.push(second);
            }
          }
          const ledger = withLedger
            ? generateLedger(plan, place, teams, skills, registeredOn, today, names)
            : { records: [], earned: 0, mainOrganization: null };
          let certificate: Omit<CertificateRow, "volunteer_id"> | null = null;
          // Some veterans already hold a certificate from their main recording organization.
          if (ledger.mainOrganization && ledger.earned >= 300 && faker.number.int({ max: 9 }) < 3) {
            certificateSequence += 1;
            certificate = {
              certificate_number: `ZYFW-${year}-${String(certificateSequence).padStart(6, "0")}`,
              issued_on: today,
              issuing_organization: ledger.mainOrganization.name,
              total_hours: ledger.mainOrganization.hours,
              period_from: null,
              period_to: null,
              created_at: at,
              created_by: null,
            };
          }
          pending.push({
            teams: teams.map((team) => ({
              teamId: team.id,
              joinedOn: addDays(registeredOn, faker.number.int({ max: 60 })),
            })),
            records: ledger.records,
            certificate,
          });
          numberSequence += 1;
          rows.push({
            name: person.name,
            pinyin: person.full,
            pinyin_initials: person.initials,
            region_code: place.code,
            is_active: faker.number.int({ max: 99 }) < 97 ? 1 : 0,
            is_demo: isDemo ? 1 : 0,
            created_at: `${registeredOn}T02:00:00.000Z`,
            created_by: null,
            updated_at: at,
            updated_by: null,
            ...sealedId,
            id_type: "resident_id",
            sex,
            birth_date: born,
            ...sealPhone(
              ctx.cipher,
              faker.number.int({ max: 99 }) < 88 ? `${pick(phonePrefixes)}${faker.string.numeric(8)}` : null,
            ),
            volunteer_number: volunteerNumberOf(district, numberSequence),
            skills_json: JSON.stringify(skills),
            availability_json: JSON.stringify(
              faker.helpers.arrayElements(volunteerAvailability, { min: 1, max: 2 }),
            ),
            registered_on: registeredOn,
            // Summed from the ledger generated above, so the column and the ledger agree.
            total_hours: ledger.earned,
            // No faker call here: the demo city's other figures stay as they were.
            guardian_name: isMinor
              ? `${person.name.slice(0, 1)}${guardianGivenNames[i % guardianGivenNames.length]}`
              : null,
            guardian_consent_on: isMinor ? registeredOn : null,
          });
        }
        const ids = await repository.insertVolunteers(trx, rows);
        result.volunteers += ids.size;

        const memberships: { team_id: number; volunteer_id: number; joined_on: string }[] = [];
        const records: ServiceRecordRow[] = [];
        for (const [index, row] of rows.entries()) {
          const id = ids.get(row.id_number_index);
          const owned = pending[index];
          if (id === undefined || !owned) continue;
          for (const team of owned.teams) {
            memberships.push({ team_id: team.teamId, volunteer_id: id, joined_on: team.joinedOn });
          }
          for (const record of owned.records) records.push({ ...record, volunteer_id: id });
          if (owned.certificate) certificates.push({ ...owned.certificate, volunteer_id: id });
        }
        await repository.addMemberships(trx, memberships);
        for (let i = 0; i < records.length; i += 1000) {
          await trx
            .insertInto("volunteer_service_records")
            .values(records.slice(i, i + 1000))
            .execute();
        }
        result.serviceRecords += records.length;
      }
    }
    for (let i = 0; i < certificates.length; i += 500) {
      await trx
        .insertInto("volunteer_certificates")
        .values(certificates.slice(i, i + 500))
        .execute();
    }
    result.certificates = certificates.length;
  });
  return result;
}

/**
 * ~20,000 demo volunteers of 宁波市 in ~300 teams, with hours ledgers, deliberately uneven: the
 * central districts (海曙, 鄞州) register many and active volunteers, the coastal counties (象山,
 * 宁海) few and less active — so star levels (1–5) and the city's imbalance both show. Fixed seed.
 */
const volunteersPerDistrict: Record<string, number> = {
  "330203000000": 4200, // 海曙区
  "330205000000": 1700, // 江北区
  "330206000000": 1800, // 北仑区
  "330211000000": 1300, // 镇海区
  "330212000000": 5000, // 鄞州区
  "330213000000": 900, // 奉化区
  "330225000000": 450, // 象山县
  "330226000000": 550, // 宁海县
  "330281000000": 1900, // 余姚市
  "330282000000": 2200, // 慈溪市
};

const activityPerDistrict: Record<string, number> = {
  "330203000000": 1.3,
  "330212000000": 1.3,
  "330205000000": 1,
  "330206000000": 1,
  "330211000000": 1,
  "330213000000": 0.8,
  "330225000000": 0.6,
  "330226000000": 0.6,
  "330281000000": 0.9,
  "330282000000": 0.9,
};

export async function loadDemoVolunteers(ctx: AppContext): Promise<void> {
  const total = Object.values(volunteersPerDistrict).reduce((sum, count) => sum + count, 0);
  await generateVolunteers(ctx, total, 20261203, {
    districtWeights: volunteersPerDistrict,
    districtActivity: activityPerDistrict,
    teamCount: 300,
    isDemo: true,
  });
}
