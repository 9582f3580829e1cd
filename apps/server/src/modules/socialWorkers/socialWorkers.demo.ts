import { fakerZH_CN as faker } from "@faker-js/faker";
import {
  degreeEducationHours,
  type EducationHourKind,
  type EducationLevel,
  type EmployerKind,
  idNumberCheckCharacter,
  professionalCertificates,
  type QualificationLevel,
  registrationExpiryOf,
  serviceDomains,
  type WorkerEmploymentStatus,
} from "@xinqiao/shared";
import type { AppContext } from "../../platform/context.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { sealIdNumber, sealPhone } from "../../platform/personalData.ts";
import { pinyinOf } from "../../platform/pinyin.ts";
import type { NewSocialWorker } from "./socialWorkers.repository.ts";

/**
 * Demo social workers of 宁波市 (~2,000), deliberately uneven so the city's talent imbalance
 * shows: 海曙区 and 鄞州区 have many workers, ~60% certified and more master's degrees; 象山县 and
 * 宁海县 few, ~25% certified. Most work at the demo platforms (loaded before this), some at
 * social organizations, the rest at the district's social work department (also the fallback
 * when a district has no platform). ID numbers carry valid check digits and are distinct; a few
 * registrations expire within 90 days of today; ~300 continuing-education records, a few of
 * them a degree completed in the cycle (which counts 90 h).
 * Generated from a fixed seed; about a second on SQLite.
 */

interface DistrictProfile {
  code: string;
  workers: number;
  certifiedShare: number;
  /** Of the certified: share of 社会工作师 and of 高级社会工作师 (the rest are 助理). */
  intermediateShare: number;
  seniorShare: number;
  masterShare: number;
  bachelorShare: number;
  socialWorkMajorShare: number;
  introducedShare: number;
  isRural: boolean;
}

const profiles: DistrictProfile[] = [
  {
    code: "330203000000",
    workers: 290,
    certifiedShare: 0.62,
    intermediateShare: 0.38,
    seniorShare: 0.06,
    masterShare: 0.15,
    bachelorShare: 0.55,
    socialWorkMajorShare: 0.45,
    introducedShare: 0.06,
    isRural: false,
  }, // 海曙区
  {
    code: "330205000000",
    workers: 150,
    certifiedShare: 0.45,
    intermediateShare: 0.3,
    seniorShare: 0.03,
    masterShare: 0.07,
    bachelorShare: 0.5,
    socialWorkMajorShare: 0.35,
    introducedShare: 0.04,
    isRural: false,
  }, // 江北区
  {
    code: "330206000000",
    workers: 190,
    certifiedShare: 0.42,
    intermediateShare: 0.28,
    seniorShare: 0.02,
    masterShare: 0.05,
    bachelorShare: 0.48,
    socialWorkMajorShare: 0.3,
    introducedShare: 0.04,
    isRural: false,
  }, // 北仑区
  {
    code: "330211000000",
    workers: 150,
    certifiedShare: 0.47,
    intermediateShare: 0.3,
    seniorShare: 0.03,
    masterShare: 0.07,
    bachelorShare: 0.5,
    socialWorkMajorShare: 0.33,
    introducedShare: 0.04,
    isRural: false,
  }, // 镇海区
  {
    code: "330212000000",
    workers: 360,
    certifiedShare: 0.6,
    intermediateShare: 0.37,
    seniorShare: 0.05,
    masterShare: 0.14,
    bachelorShare: 0.55,
    socialWorkMajorShare: 0.42,
    introducedShare: 0.06,
    isRural: false,
  }, // 鄞州区
  {
    code: "330213000000",
    workers: 140,
    certifiedShare: 0.33,
    intermediateShare: 0.22,
    seniorShare: 0.01,
    masterShare: 0.03,
    bachelorShare: 0.4,
    socialWorkMajorShare: 0.25,
    introducedShare: 0.02,
    isRural: true,
  }, // 奉化区
  {
    code: "330225000000",
    workers: 120,
    certifiedShare: 0.25,
    intermediateShare: 0.15,
    seniorShare: 0,
    masterShare: 0.02,
    bachelorShare: 0.32,
    socialWorkMajorShare: 0.18,
    introducedShare: 0.01,
    isRural: true,
  }, // 象山县
  {
    code: "330226000000",
    workers: 130,
    certifiedShare: 0.24,
    intermediateShare: 0.15,
    seniorShare: 0,
    masterShare: 0.02,
    bachelorShare: 0.33,
    socialWorkMajorShare: 0.18,
    introducedShare: 0.01,
    isRural: true,
  }, // 宁海县
  {
    code: "330281000000",
    workers: 230,
    certifiedShare: 0.4,
    intermediateShare: 0.27,
    seniorShare: 0.02,
    masterShare: 0.05,
    bachelorShare: 0.45,
    socialWorkMajorShare: 0.3,
    introducedShare: 0.03,
    isRural: true,
  }, // 余姚市
  {
    code: "330282000000",
    workers: 240,
    certifiedShare: 0.36,
    intermediateShare: 0.25,
    seniorShare: 0.01,
    masterShare: 0.04,
    bachelorShare: 0.44,
    socialWorkMajorShare: 0.28,
    introducedShare: 0.03,
    isRural: true,
  }, // 慈溪市
];

const otherMajors = [
  "社会学",
  "心理学",
  "公共事业管理",
  "汉语言文学",
  "护理学",
  "法学",
  "行政管理",
  "教育学",
  "会计学",
];
const positions = ["一线社工", "一线社工", "一线社工", "项目主管", "站长", "督导", "行政专员"];
const hourDescriptions = [
  "社会工作者继续教育网络课程",
  "个案管理实务专题培训",
  "社区治理与社会工作专题讲座",
  "老年社会工作实务培训",
  "儿童保护与家庭社会工作培训",
  "社会工作督导能力提升班",
  "心理危机干预专题培训",
];
/** What a demo worker who completed a degree in the cycle completed, by their education now. */
const degreeDescriptions: Partial<Record<EducationLevel, string>> = {
  bachelor: "社会工作专业本科学历（学士学位）",
  master: "社会工作硕士专业学位（MSW）",
  doctorate: "社会工作博士学位",
};
/** Every so many workers with hours, one with a social work major also completed a degree. */
const degreeEvery = 12;
/** Birthplace prefixes of introduced talent from elsewhere (杭州、温州、合肥、南昌、武汉、西安). */
const elsewherePrefixes = ["330106", "330302", "340104", "360102", "420106", "610113"];

interface Employer {
  kind: EmployerKind;
  id: number;
  regionCode: string;
  weight: number;
}

const demoSeed = 20261203;
const insertChunk = 500;

export async function loadDemoSocialWorkers(ctx: AppContext): Promise<void> {
  const { db, cipher } = ctx;
  if (await db.selectFrom("social_workers").select("id").where("is_demo", "=", 1).executeTakeFirst()) return;
  faker.seed(demoSeed);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const today = at.slice(0, 10);
  const employersByDistrict = await demoEmployers(db);
  const usedIdNumbers = new Set<string>();
  const rows: NewSocialWorker[] = [];
  let forcedExpiring = 0;

  for (const profile of profiles) {
    const employers = employersByDistrict.get(profile.code) ?? [];
    if (employers.length === 0) continue;
    for (let index = 0; index < profile.workers; index += 1) {
      const sex = faker.datatype.boolean({ probability: 0.74 }) ? "female" : "male";
      const age = faker.number.int({ min: 22, max: 58 });
      const birthDate = shiftDays(today, -Math.floor(age * 365.25) - faker.number.int({ min: 1, max: 364 }));
      const isIntroduced = faker.datatype.boolean({ probability: profile.introducedShare });
      const prefix = isIntroduced ? faker.helpers.arrayElement(elsewherePrefixes) : profile.code.slice(0, 6);
      const idNumber = distinctIdNumber(prefix, birthDate, sex, usedIdNumbers);
      const education = pickEducation(profile);
      const isCertified = faker.datatype.boolean({ probability: profile.certifiedShare });
      const level: QualificationLevel = !isCertified
        ? "none"
        : pickWeighted<QualificationLevel>([
            ["senior", profile.seniorShare],
            ["intermediate", profile.intermediateShare],
            ["assistant", 1 - profile.seniorShare - profile.intermediateShare],
          ]);
      const registration = isCertified ? demoRegistration(today, forcedExpiring < 14) : null;
      if (registration?.isForcedExpiring) forcedExpiring += 1;
      const employer = pickEmployer(employers);
      const isSocialWorkMajor = faker.datatype.boolean({ probability: profile.socialWorkMajorShare });
      const otherCount = pickWeighted<number>([
        [0, 0.7],
        [1, 0.22],
        [2, 0.07],
        [3, 0.01],
      ]);
      const otherCertificates: string[] = faker.helpers.arrayElements(professionalCertificates, otherCount);
      const domainCount = faker.number.int({ min: 1, max: 3 });
      const domains = profile.isRural
        ? faker.helpers.arrayElements(["乡村振兴", ...serviceDomains], domainCount)
        : faker.helpers.arrayElements(serviceDomains, domainCount);
      const joinedFrom = Math.max(
        Date.parse("2012-01-01T00:00:00Z"),
        Date.parse(`${shiftDays(birthDate, Math.ceil(22 * 365.25))}T00:00:00Z`),
      );
      const employmentStatus = pickWeighted<WorkerEmploymentStatus>([
        ["employed", 0.9],
        ["on_leave", 0.04],
        ["left", 0.06],
      ]);
      const name = `${faker.person.lastName()}${faker.person.firstName(sex)}`;
      const { full, initials } = pinyinOf(name);
      const phone = faker.datatype.boolean({ probability: 0.92 })
        ? `1${faker.helpers.arrayElement(["3", "5", "7", "8", "9"])}${faker.string.numeric(9)}`
        : null;
      rows.push({
        name,
        pinyin: full,
        pinyin_initials: initials,
        region_code: employer.regionCode,
        ...sealIdNumber(cipher, idNumber),
        sex,
        birth_date: birthDate,
        ...sealPhone(cipher, phone),
        education,
        major: isSocialWorkMajor ? "社会工作" : faker.helpers.arrayElement(otherMajors),
        is_social_work_major: isSocialWorkMajor ? 1 : 0,
        qualification_level: level,
        certificate_number: registration
          ? `${registration.certificateDate.slice(0, 4)}${employer.regionCode.slice(2, 6)}${faker.string.numeric(6)}`
          : null,
        certificate_date: registration?.certificateDate ?? null,
        registration_date: registration?.registrationDate ?? null,
        registration_expiry: registrationExpiryOf(registration?.registrationDate ?? null),
        other_certificates_json: JSON.stringify(
          professionalCertificates.filter((c) => otherCertificates.includes(c)),
        ),
        employer_kind: employer.kind,
        platform_id: employer.kind === "platform" ? employer.id : null,
        social_organization_id: employer.kind === "organization" ? employer.id : null,
        department_id: employer.kind === "department" ? employer.id : null,
        position: faker.helpers.arrayElement(positions),
        domains_json: JSON.stringify(serviceDomains.filter((domain) => domains.includes(domain))),
        employment_status: employmentStatus,
        is_introduced_talent: isIntroduced ? 1 : 0,
        joined_on: isoDate(
          faker.date.between({ from: joinedFrom, to: Math.max(joinedFrom, now.getTime() - 86_400_000) }),
        ),
        is_active: employmentStatus === "left" && faker.datatype.boolean({ probability: 0.3 }) ? 0 : 1,
        is_demo: 1,
        created_at: at,
        created_by: null,
        updated_at: at,
        updated_by: null,
      });
    }
  }

  // The demo account "worker" (张文静, 南门街道) is one of the registered workers.
  const demoAccountWorker = rows.find(
    (row) => row.region_code.startsWith("330203001") && row.sex === "female",
  );
  if (demoAccountWorker) {
    const { full, initials } = pinyinOf("张文静");
    Object.assign(demoAccountWorker, { name: "张文静", pinyin: full, pinyin_initials: initials });
  }

  await db.transaction().execute(async (trx) => {
    const ids = await insertWorkers(trx, rows);
    await insertEducationHours(trx, rows, ids, today, at);
  });
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function shiftDays(date: string, days: number): string {
  return isoDate(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));
}

function pickWeighted<T>(choices: [T, number][]): T {
  const total = choices.reduce((sum, [, weight]) => sum + Math.max(weight, 0), 0);
  let roll = faker.number.float({ min: 0, max: total });
  for (const [value, weight] of choices) {
    roll -= Math.max(weight, 0);
    if (roll <= 0) return value;
  }
  return (choices[choices.length - 1] as [T, number])[0];
}

function pickEducation(profile: DistrictProfile): EducationLevel {
  return pickWeighted<EducationLevel>([
    ["doctorate", profile.masterShare * 0.06],
    ["master", profile.masterShare * 0.94],
    ["bachelor", profile.bachelorShare],
    ["junior_college", 1 - profile.masterShare - profile.bachelorShare - (profile.isRural ? 0.12 : 0.05)],
    ["high_school", profile.isRural ? 0.12 : 0.05],
  ]);
}

function pickEmployer(employers: Employer[]): Employer {
  return pickWeighted(employers.map((employer) => [employer, employer.weight]));
}

function distinctIdNumber(
  prefix: string,
  birthDate: string,
  sex: "male" | "female",
  used: Set<string>,
): string {
  for (;;) {
    const sequence = faker.number.int({ min: 0, max: 99 });
    const sexDigit = faker.helpers.arrayElement(sex === "male" ? [1, 3, 5, 7, 9] : [0, 2, 4, 6, 8]);
    const first17 = `${prefix}${birthDate.replaceAll("-", "")}${String(sequence).padStart(2, "0")}${sexDigit}`;
    const idNumber = first17 + idNumberCheckCharacter(first17);
    if (!used.has(idNumber)) {
      used.add(idNumber);
      return idNumber;
    }
  }
}

/** The same day some years earlier (29 February becomes 28 February). */
function yearsBefore(date: string, years: number): string {
  const shifted = `${String(Number(date.slice(0, 4)) - years).padStart(4, "0")}${date.slice(4)}`;
  return Number.isNaN(Date.parse(`${shifted}T00:00:00Z`))
    ? shiftDays(shifted.replace(/-29$/, "-28"), 0)
    : shifted;
}

/**
 * Certificate and current registration of a certified worker: mostly registered within the
 * last 3 years, some not (yet) registered, a few already expired, and (while `mayForceExpiring`)
 * a few whose registration ends within 90 days, so the expiry warning has something to show.
 */
function demoRegistration(
  today: string,
  mayForceExpiring: boolean,
): { certificateDate: string; registrationDate: string | null; isForcedExpiring: boolean } {
  const isForcedExpiring = mayForceExpiring && faker.datatype.boolean({ probability: 0.08 });
  let registrationDate: string | null;
  if (isForcedExpiring) {
    // Registered 3 years ago plus 5–85 days: the registration ends in 5–85 days.
    registrationDate = shiftDays(yearsBefore(today, 3), faker.number.int({ min: 5, max: 85 }));
  } else if (faker.datatype.boolean({ probability: 0.08 })) {
    registrationDate = null;
  } else if (faker.datatype.boolean({ probability: 0.04 })) {
    registrationDate = shiftDays(today, -faker.number.int({ min: 3 * 366, max: 4 * 365 }));
  } else {
    registrationDate = shiftDays(today, -faker.number.int({ min: 10, max: 3 * 365 - 95 }));
  }
  const anchor = registrationDate ?? today;
  let certificateDate = shiftDays(anchor, -faker.number.int({ min: 20, max: 9 * 365 }));
  if (certificateDate < "2009-06-01")
    certificateDate = shiftDays(anchor, -faker.number.int({ min: 20, max: 300 }));
  return { certificateDate, registrationDate, isForcedExpiring };
}

/** Platforms (weighted by kind), social organizations and departments of each district. */
async function demoEmployers(db: Queryable): Promise<Map<string, Employer[]>> {
  const [platforms, organizations, departments] = await Promise.all([
    db
      .selectFrom("platforms")
      .select(["id", "region_code", "kind"])
      .where("is_active", "=", 1)
      .orderBy("id")
      .execute(),
    db
      .selectFrom("social_organizations")
      .select(["id", "region_code"])
      .where("is_active", "=", 1)
      .orderBy("id")
      .execute(),
    db
      .selectFrom("organizations")
      .select(["id", "region_code"])
      .where("kind", "=", "department")
      .orderBy("id")
      .execute(),
  ]);
  const byDistrict = new Map<string, Employer[]>();
  const add = (employer: Employer) => {
    const district = `${employer.regionCode.slice(0, 6)}000000`;
    byDistrict.set(district, [...(byDistrict.get(district) ?? []), employer]);
  };
  const platformWeight: Record<string, number> = { center: 4, station: 2, room: 1 };
  for (const district of profiles.map((profile) => profile.code)) {
    const districtPlatforms = platforms.filter((p) => p.region_code.startsWith(district.slice(0, 6)));
    const districtOrganizations = organizations.filter((o) => o.region_code.startsWith(district.slice(0, 6)));
    const department = departments.find((d) => d.region_code === district);
    // Shares of the district's workers: 80% platforms, 12% social organizations, the rest the department.
    const platformTotal = districtPlatforms.reduce((sum, p) => sum + (platformWeight[p.kind] ?? 1), 0);
    for (const platform of districtPlatforms) {
      add({
        kind: "platform",
        id: platform.id,
        regionCode: platform.region_code,
        weight: (80 * (platformWeight[platform.kind] ?? 1)) / platformTotal,
      });
    }
    for (const organization of districtOrganizations) {
      add({
        kind: "organization",
        id: organization.id,
        regionCode: organization.region_code,
        weight: 12 / districtOrganizations.length,
      });
    }
    if (department) {
      // Without platforms (or organizations), their share falls to the department.
      const weight =
        8 + (districtPlatforms.length === 0 ? 80 : 0) + (districtOrganizations.length === 0 ? 12 : 0);
      add({ kind: "department", id: department.id, regionCode: department.region_code, weight });
    }
  }
  return byDistrict;
}

async function insertWorkers(db: Queryable, rows: NewSocialWorker[]): Promise<number[]> {
  const ids: number[] = [];
  for (let start = 0; start < rows.length; start += insertChunk) {
    const inserted = await db
      .insertInto("social_workers")
      .values(rows.slice(start, start + insertChunk))
      .returning("id")
      .execute();
    ids.push(...inserted.map((row) => row.id));
  }
  return ids;
}

/**
 * ~300 records, each inside its worker's current cycle; some workers meet the requirement, a few
 * of them through a degree.
 */
async function insertEducationHours(
  db: Queryable,
  rows: NewSocialWorker[],
  ids: number[],
  today: string,
  at: string,
): Promise<void> {
  const registered = rows
    .map((row, index) => ({ row, id: ids[index] }))
    .filter(
      (entry): entry is { row: NewSocialWorker; id: number } =>
        entry.id !== undefined &&
        Boolean(entry.row.registration_date) &&
        (entry.row.registration_date ?? "") <= today,
    );
  const chosen = faker.helpers.arrayElements(registered, Math.min(registered.length, 130));
  const records: {
    social_worker_id: number;
    kind: EducationHourKind;
    completed_on: string;
    hours: number;
    description: string;
    source: string;
    created_at: string;
    created_by: null;
  }[] = [];
  for (const [position, { row, id }] of chosen.entries()) {
    const registrationDate = row.registration_date ?? today;
    let cycleStart = registrationDate;
    while ((registrationExpiryOf(cycleStart) ?? today) <= today)
      cycleStart = registrationExpiryOf(cycleStart) ?? today;
    const isDiligent = faker.datatype.boolean({ probability: 0.25 });
    const count = isDiligent ? faker.number.int({ min: 4, max: 6 }) : faker.number.int({ min: 1, max: 2 });
    for (let index = 0; index < count; index += 1) {
      records.push({
        social_worker_id: id,
        kind: "training",
        completed_on: isoDate(
          faker.date.between({ from: `${cycleStart}T00:00:00Z`, to: `${today}T00:00:00Z` }),
        ),
        hours: isDiligent
          ? faker.helpers.arrayElement([16, 20, 24, 30])
          : faker.helpers.arrayElement([4, 6, 8, 12]),
        description: faker.helpers.arrayElement(hourDescriptions),
        source: "manual",
        created_at: at,
        created_by: null,
      });
    }
    // Chosen by position and dated mid-cycle, not drawn from faker, so that adding degrees left
    // every other generated value (and so the rest of the demo data) as it was.
    const degree = degreeDescriptions[row.education];
    if (position % degreeEvery === 0 && row.is_social_work_major === 1 && degree) {
      const cycleDays = Math.round((Date.parse(today) - Date.parse(cycleStart)) / 86_400_000);
      records.push({
        social_worker_id: id,
        kind: "degree",
        completed_on: shiftDays(cycleStart, Math.floor(cycleDays / 2)),
        hours: degreeEducationHours,
        description: degree,
        source: "manual",
        created_at: at,
        created_by: null,
      });
    }
  }
  for (let start = 0; start < records.length; start += insertChunk) {
    await db
      .insertInto("social_worker_education_hours")
      .values(records.slice(start, start + insertChunk))
      .execute();
  }
}
