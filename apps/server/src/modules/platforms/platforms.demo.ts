import { fakerZH_CN as faker } from "@faker-js/faker";
import { type PlatformKind, type PlatformStatusId, platformFacilities } from "@xinqiao/shared";
import type { Insertable } from "kysely";
import type { AppContext } from "../../platform/context.ts";
import { pinyinOf } from "../../platform/pinyin.ts";
import { insertPlatforms } from "./platforms.repository.ts";
import type { PlatformTable } from "./platforms.tables.ts";

/**
 * ~150 demo service platforms of 宁波市, deliberately uneven so the city's imbalance shows: a
 * 社会工作服务中心 in every district but 象山县; 乡镇（街道）社会工作服务站 in almost every street
 * of 海曙区/鄞州区 (~95%) but in only ~40% of 象山县/宁海县's townships (a few more there are
 * still 筹建); 社区社会工作服务室 mostly in the central districts; a few stations below the
 * 20 m² space standard. Operated by demo social organizations of the same district. Loaded after
 * the organizations and before the social workers (who are attached to these platforms).
 */
export const demoStationCoverage: Record<string, number> = {
  "330203000000": 0.95, // 海曙区
  "330212000000": 0.95, // 鄞州区
  "330205000000": 0.87, // 江北区
  "330211000000": 0.85, // 镇海区
  "330206000000": 0.75, // 北仑区
  "330281000000": 0.7, // 余姚市
  "330282000000": 0.66, // 慈溪市
  "330213000000": 0.58, // 奉化区
  "330225000000": 0.4, // 象山县
  "330226000000": 0.4, // 宁海县
};

const districtsWithoutCenter = new Set(["330225000000"]);
/** Stations still being set up (筹建) in streets without an operating one. */
const planningStations: Record<string, number> = {
  "330225000000": 2,
  "330226000000": 2,
  "330282000000": 1,
  "330213000000": 1,
};
const roomsPerDistrict: Record<string, number> = {
  "330203000000": 6,
  "330212000000": 6,
  "330205000000": 3,
  "330206000000": 2,
  "330211000000": 2,
  "330281000000": 1,
};
/** Operating stations below the space standard (< 20 m²), in the poorer districts. */
const crampedStations: Record<string, number> = {
  "330225000000": 1,
  "330226000000": 2,
  "330213000000": 1,
  "330282000000": 1,
};
/** Streets the demo accounts and tests rely on: 南门街道 (the station account's) and 江厦街道. */
const alwaysCovered = new Set(["330203001000", "330203002000"]);

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

function facilities(kind: PlatformKind): string[] {
  const others = platformFacilities.filter((f) => f !== "办公场地");
  const count =
    kind === "center"
      ? faker.number.int({ min: 4, max: others.length })
      : kind === "station"
        ? faker.number.int({ min: 1, max: 4 })
        : faker.number.int({ min: 0, max: 2 });
  return ["办公场地", ...faker.helpers.arrayElements(others, count)];
}

export async function loadDemoPlatforms(ctx: AppContext): Promise<void> {
  const { db } = ctx;
  if (await db.selectFrom("platforms").select("id").where("is_demo", "=", 1).executeTakeFirst()) return;
  faker.seed(20261202);
  const [regions, organizations] = await Promise.all([
    db
      .selectFrom("regions")
      .select(["code", "name", "level", "parent_code"])
      .where("level", "in", ["district", "street", "community"])
      .where("code", "like", "3302%")
      .orderBy("code")
      .execute(),
    db
      .selectFrom("social_organizations")
      .select(["id", "region_code"])
      .where("is_demo", "=", 1)
      .where("org_type", "=", "社会服务机构")
      .where("status", "=", "active")
      .orderBy("id")
      .execute(),
  ]);
  const at = ctx.clock.now().toISOString();
  const rows: Insertable<PlatformTable>[] = [];
  const add = (
    kind: PlatformKind,
    region: { code: string; name: string },
    options: { status: PlatformStatusId; floorArea: number; streetName: string; operatorChance: number },
  ) => {
    const name = `${region.name}${kind === "center" ? "社会工作服务中心" : kind === "station" ? "社会工作服务站" : "社会工作服务室"}`;
    const { full, initials } = pinyinOf(name);
    const operators = organizations.filter((o) => o.region_code.startsWith(region.code.slice(0, 6)));
    const operator =
      operators.length > 0 && faker.number.float() < options.operatorChance
        ? faker.helpers.arrayElement(operators)
        : null;
    rows.push({
      kind,
      name,
      pinyin: full,
      pinyin_initials: initials,
      region_code: region.code,
      address: `${options.streetName}${faker.helpers.arrayElement(roads)}${faker.number.int({ min: 1, max: 688 })}号`,
      floor_area: options.floorArea,
      facilities_json: JSON.stringify(facilities(kind)),
      operator_organization_id: operator?.id ?? null,
      opened_on:
        options.status === "planning"
          ? null
          : faker.date
              .between({ from: "2019-01-01T00:00:00Z", to: "2025-09-30T00:00:00Z" })
              .toISOString()
              .slice(0, 10),
      status: options.status,
      is_active: 1,
      is_demo: 1,
      created_at: at,
      created_by: null,
      updated_at: at,
      updated_by: null,
    });
  };

  for (const district of regions.filter((r) => r.level === "district")) {
    const coverage = demoStationCoverage[district.code] ?? 0.6;
    if (!districtsWithoutCenter.has(district.code)) {
      add("center", district, {
        status: "operating",
        floorArea: faker.number.int({ min: 300, max: 2500 }),
        streetName: district.name,
        operatorChance: 0.6,
      });
    }
    const streets = regions.filter((r) => r.level === "street" && r.parent_code === district.code);
    const shuffled = faker.helpers.shuffle(streets);
    // Streets the tests rely on come first, so they always have an operating station.
    shuffled.sort((a, b) => Number(alwaysCovered.has(b.code)) - Number(alwaysCovered.has(a.code)));
    const coveredCount = Math.round(streets.length * coverage);
    const covered = shuffled.slice(0, coveredCount);
    const uncovered = shuffled.slice(coveredCount);
    let cramped = crampedStations[district.code] ?? 0;
    // Richer districts have roomier stations.
    const roomy = coverage >= 0.85 ? 60 : coverage >= 0.6 ? 35 : 22;
    for (const street of covered) {
      const isCramped = cramped > 0 && !alwaysCovered.has(street.code);
      if (isCramped) cramped -= 1;
      add("station", street, {
        status: "operating",
        floorArea: isCramped
          ? faker.number.int({ min: 12, max: 18 })
          : faker.number.int({ min: roomy, max: roomy * 5 }),
        streetName: street.name,
        operatorChance: coverage >= 0.85 ? 0.85 : 0.6,
      });
    }
    for (const street of uncovered.slice(0, planningStations[district.code] ?? 0)) {
      add("station", street, {
        status: "planning",
        floorArea: 30,
        streetName: street.name,
        operatorChance: 0.3,
      });
    }
    if (district.code === "330281000000" && uncovered.length > 0) {
      const street = uncovered[uncovered.length - 1];
      if (street)
        add("station", street, {
          status: "suspended",
          floorArea: 25,
          streetName: street.name,
          operatorChance: 0,
        });
    }
    const coveredCodes = new Set(covered.map((s) => s.code));
    const communities = regions.filter(
      (r) => r.level === "community" && r.parent_code !== null && coveredCodes.has(r.parent_code),
    );
    for (const community of faker.helpers.arrayElements(communities, roomsPerDistrict[district.code] ?? 0)) {
      const street = covered.find((s) => s.code === community.parent_code);
      add("room", community, {
        status: "operating",
        floorArea: faker.number.int({ min: 15, max: 80 }),
        streetName: `${street?.name ?? ""}${community.name}`,
        operatorChance: 0.5,
      });
    }
  }
  await db.transaction().execute((trx) => insertPlatforms(trx, rows));
}
