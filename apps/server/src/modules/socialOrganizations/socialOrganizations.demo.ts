import { fakerZH_CN as faker } from "@faker-js/faker";
import {
  creditCodeAlphabet,
  creditCodeCheckCharacter,
  evaluationGrades,
  type OrganizationType,
  regionLevelOf,
  serviceDomains,
} from "@xinqiao/shared";
import type { Insertable } from "kysely";
import type { AppContext } from "../../platform/context.ts";
import { pinyinOf } from "../../platform/pinyin.ts";
import { insertOrganizations } from "./socialOrganizations.repository.ts";
import type { SocialOrganizationTable } from "./socialOrganizations.tables.ts";

/**
 * ~400 demo social organizations of 宁波市, deliberately uneven: the central districts (海曙,
 * 鄞州) have many and better-rated organizations, the coastal counties (象山, 宁海) few. Codes are
 * civil-affairs 统一社会信用代码 (51 社会团体 / 52 社会服务机构 / 53 基金会 + the district's code)
 * with a valid check character — except a handful that fail it and carry an override reason, as
 * real registers do. Fixed seed: the same city on every start.
 */
export const demoOrganizationsPerDistrict: Record<string, number> = {
  "330203000000": 72, // 海曙区
  "330205000000": 34, // 江北区
  "330206000000": 32, // 北仑区
  "330211000000": 28, // 镇海区
  "330212000000": 84, // 鄞州区
  "330213000000": 24, // 奉化区
  "330225000000": 14, // 象山县
  "330226000000": 16, // 宁海县
  "330281000000": 46, // 余姚市
  "330282000000": 50, // 慈溪市
};

/** How likely an organization of a district is rated 3A or better (rich districts rate higher). */
const ratingStrength: Record<string, number> = {
  "330203000000": 0.65,
  "330212000000": 0.65,
  "330205000000": 0.45,
  "330206000000": 0.45,
  "330211000000": 0.45,
  "330281000000": 0.4,
  "330282000000": 0.4,
  "330213000000": 0.3,
  "330225000000": 0.2,
  "330226000000": 0.2,
};

const overriddenCount = 6;
const overrideReasons = [
  "已核对民政部门登记证书原件，代码与证书一致（早期赋码，校验位异常）",
  "经登记管理机关书面确认，该代码为历史赋码，证书所载无误",
  "已核对全国社会组织信用信息公示平台，公示代码与证书一致",
];

const brands = [
  "阳光",
  "启明",
  "同心",
  "善缘",
  "彩虹",
  "向日葵",
  "守望",
  "益友",
  "明德",
  "暖心",
  "和谐",
  "众益",
  "乐活",
  "新起点",
  "春晖",
  "慈航",
  "微光",
  "惠民",
  "安康",
  "爱心",
  "甬益",
  "知行",
  "悦邻",
  "筑梦",
  "青禾",
  "常青",
  "邻里",
  "晨曦",
  "行健",
  "馨和",
];
const serviceAgencySuffixes = [
  "社会工作服务中心",
  "社工服务社",
  "养老服务中心",
  "青少年发展中心",
  "家庭综合服务中心",
  "公益服务中心",
  "康复服务中心",
  "社区发展中心",
  "心理咨询服务中心",
  "居家养老服务中心",
];
const associationTopics = [
  "社会工作",
  "志愿者",
  "老年人体育",
  "慈善",
  "养老服务业",
  "青年创业",
  "家庭教育",
  "心理咨询",
  "社区服务",
  "人民调解",
  "书画",
  "残疾人康复",
  "婚姻家庭",
  "乡贤",
];
const associationSuffixes = ["协会", "促进会", "联合会"];
const roads = [
  "中山路",
  "解放路",
  "人民路",
  "和义路",
  "江东路",
  "环城西路",
  "学士路",
  "天童路",
  "宁穿路",
  "四明路",
  "世纪大道",
  "东海路",
  "建设路",
  "新华路",
  "公园路",
  "文化路",
  "振兴路",
  "长春路",
  "城南路",
  "桃源街",
];

interface RegionRef {
  code: string;
  name: string;
}

export function registeringAuthorityOf(districtName: string): string {
  return districtName.endsWith("区") ? `宁波市${districtName}民政局` : `${districtName}民政局`;
}

/** A valid civil-affairs code for the type and district (9 random characters after the region). */
export function demoCreditCode(type: OrganizationType, districtCode: string, body: string): string {
  const category = type === "社会团体" ? "1" : type === "社会服务机构" ? "2" : "3";
  const first17 = `5${category}${districtCode.slice(0, 6)}${body}`;
  return first17 + creditCodeCheckCharacter(first17);
}

function randomCodeBody(): string {
  const tail = Array.from({ length: 7 }, () => faker.helpers.arrayElement([...creditCodeAlphabet])).join("");
  return `MJ${tail}`;
}

function organizationName(type: OrganizationType, place: RegionRef): string {
  const brand = faker.helpers.arrayElement(brands);
  if (type === "社会团体") {
    return `${place.name}${faker.helpers.arrayElement(associationTopics)}${faker.helpers.weightedArrayElement(
      [
        { weight: 8, value: associationSuffixes[0] },
        { weight: 1, value: associationSuffixes[1] },
        { weight: 1, value: associationSuffixes[2] },
      ],
    )}`;
  }
  if (type === "基金会")
    return `宁波市${place.name}${brand}${faker.helpers.arrayElement(["公益", "慈善"])}基金会`;
  return `${place.name}${brand}${faker.helpers.arrayElement(serviceAgencySuffixes)}`;
}

function evaluationGrade(strength: number): string | null {
  if (faker.number.float() < 0.4) return null;
  const strong = faker.number.float() < strength;
  const grades = strong ? evaluationGrades.slice(2) : evaluationGrades.slice(0, 3);
  return faker.helpers.arrayElement(grades);
}

export async function loadDemoSocialOrganizations(ctx: AppContext): Promise<void> {
  const { db } = ctx;
  if (await db.selectFrom("social_organizations").select("id").where("is_demo", "=", 1).executeTakeFirst()) {
    return;
  }
  faker.seed(20261201);
  const regions = await db
    .selectFrom("regions")
    .select(["code", "name", "level"])
    .where("level", "in", ["district", "street"])
    .where("code", "like", "3302%")
    .orderBy("code")
    .execute();
  const districts = regions.filter((r) => r.level === "district");
  const streetsOf = (district: string) =>
    regions.filter((r) => r.level === "street" && r.code.startsWith(district.slice(0, 6)));
  const at = ctx.clock.now().toISOString();
  const codes = new Set<string>();
  const names = new Set<string>();
  const rows: Insertable<SocialOrganizationTable>[] = [];

  for (const district of districts) {
    const count = demoOrganizationsPerDistrict[district.code] ?? 0;
    const streets = streetsOf(district.code);
    for (let i = 0; i < count; i++) {
      const type = faker.helpers.weightedArrayElement<OrganizationType>([
        { weight: 60, value: "社会服务机构" },
        { weight: 34, value: "社会团体" },
        { weight: 6, value: "基金会" },
      ]);
      // Associations and foundations register at the district; agencies often belong to a street.
      const region =
        type === "社会服务机构" && streets.length > 0 && faker.number.float() < 0.6
          ? faker.helpers.arrayElement(streets)
          : district;
      let name = organizationName(type, region);
      for (let attempt = 0; names.has(name) && attempt < 5; attempt++) name = organizationName(type, region);
      if (names.has(name)) continue;
      names.add(name);
      let code = demoCreditCode(type, district.code, randomCodeBody());
      while (codes.has(code)) code = demoCreditCode(type, district.code, randomCodeBody());
      codes.add(code);
      const { full, initials } = pinyinOf(name);
      const street =
        regionLevelOf(region.code) === "street" ? region.name : faker.helpers.arrayElement(streets)?.name;
      rows.push({
        name,
        pinyin: full,
        pinyin_initials: initials,
        region_code: region.code,
        credit_code: code,
        credit_code_override_reason: null,
        org_type: type,
        registering_authority: registeringAuthorityOf(district.name),
        registered_on: faker.date
          .between({ from: "2008-01-01T00:00:00Z", to: "2025-10-31T00:00:00Z" })
          .toISOString()
          .slice(0, 10),
        legal_representative: faker.person.fullName(),
        domains_json: JSON.stringify(
          faker.helpers.arrayElements(serviceDomains, { min: 1, max: type === "社会团体" ? 2 : 3 }),
        ),
        evaluation_grade: evaluationGrade(ratingStrength[district.code] ?? 0.4),
        staff_count:
          type === "社会服务机构"
            ? faker.number.int({ min: 3, max: 80 })
            : faker.number.int({ min: 1, max: type === "基金会" ? 15 : 10 }),
        address: `${district.name}${street ?? ""}${faker.helpers.arrayElement(roads)}${faker.number.int({ min: 1, max: 999 })}号`,
        status: faker.helpers.weightedArrayElement([
          { weight: 92, value: "active" },
          { weight: 6, value: "suspended" },
          { weight: 2, value: "deregistered" },
        ]),
        is_active: 1,
        is_demo: 1,
        created_at: at,
        created_by: null,
        updated_at: at,
        updated_by: null,
      });
    }
  }

  // A handful of codes fail the check character and were accepted with a reason (spread over the list).
  const step = Math.floor(rows.length / overriddenCount);
  for (let k = 0; k < overriddenCount; k++) {
    const row = rows[k * step + 3];
    if (!row) continue;
    const correct = row.credit_code.slice(17);
    const wrong = creditCodeAlphabet[(creditCodeAlphabet.indexOf(correct) + 7) % creditCodeAlphabet.length];
    row.credit_code = `${row.credit_code.slice(0, 17)}${wrong}`;
    row.credit_code_override_reason = overrideReasons[k % overrideReasons.length] ?? null;
  }
  await db.transaction().execute((trx) => insertOrganizations(trx, rows));
}
