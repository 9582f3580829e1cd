import { faker } from "@faker-js/faker";
import type { RoleId } from "@xinqiao/shared";
import { measureSourcesOf, rebuildAggregates } from "../modules/analytics/aggregates.ts";
import {
  findOrganizationByName,
  insertOrganization,
} from "../modules/organizations/organizations.repository.ts";
import { refreshRollups } from "../modules/regions/regions.repository.ts";
import { hashPassword } from "../platform/auth/passwords.ts";
import type { AppContext } from "../platform/context.ts";
import type { ServerModule } from "../platform/serverModule.ts";
import { hasDemoData } from "./demoPresence.ts";
import { departmentName } from "./referenceData.ts";

/**
 * The demo city (宁波市): plausible residents per community, generated from a fixed seed and
 * marked as demo data, and one demo account per role. Loaded only when LOAD_DEMO_DATA is on (the
 * default outside production); demo accounts cannot log in when NODE_ENV=production.
 */
export const demoPassword = "Xinqiao@2026";
const demoCityCode = "3302";

// 2020 census (七普) resident population of 宁波市's districts and counties, rounded.
const districtResidents: Record<string, number> = {
  "330203000000": 1_040_000, // 海曙区
  "330205000000": 490_000, // 江北区
  "330206000000": 820_000, // 北仑区
  "330211000000": 500_000, // 镇海区
  "330212000000": 1_610_000, // 鄞州区
  "330213000000": 580_000, // 奉化区
  "330225000000": 560_000, // 象山县
  "330226000000": 700_000, // 宁海县
  "330281000000": 1_250_000, // 余姚市
  "330282000000": 1_820_000, // 慈溪市
};

interface DemoAccount {
  username: string;
  displayName: string;
  roleId: RoleId;
  regionCode: string;
  organization: string;
}

const haishu = "330203000000";
const nanmen = "330203001000"; // 南门街道
const stationName = "南门街道社会工作服务站";

const demoAccounts: DemoAccount[] = [
  {
    username: "admin",
    displayName: "系统管理员",
    roleId: "system_admin",
    regionCode: "330200000000",
    organization: departmentName("宁波市"),
  },
  {
    username: "city",
    displayName: "陈立群",
    roleId: "city_officer",
    regionCode: "330200000000",
    organization: departmentName("宁波市"),
  },
  {
    username: "haishu",
    displayName: "王海燕",
    roleId: "district_officer",
    regionCode: haishu,
    organization: departmentName("海曙区"),
  },
  {
    username: "yuyao",
    displayName: "孙建明",
    roleId: "district_officer",
    regionCode: "330281000000",
    organization: departmentName("余姚市"),
  },
  {
    username: "station",
    displayName: "李晓梅",
    roleId: "station_staff",
    regionCode: nanmen,
    organization: stationName,
  },
  {
    username: "worker",
    displayName: "张文静",
    roleId: "social_worker",
    regionCode: nanmen,
    organization: stationName,
  },
  {
    username: "supervisor",
    displayName: "周国华",
    roleId: "supervisor",
    regionCode: haishu,
    organization: departmentName("海曙区"),
  },
  {
    username: "leader",
    displayName: "赵志远",
    roleId: "leader",
    regionCode: "330200000000",
    organization: departmentName("宁波市"),
  },
];

export async function loadDemoData(ctx: AppContext, modules: readonly ServerModule[]): Promise<void> {
  const { db, clock } = ctx;
  if (ctx.config.cityCode !== demoCityCode || (await hasDemoData(db))) return;
  const now = clock.now().toISOString();
  const passwordHash = await hashPassword(demoPassword);
  await db.transaction().execute(async (trx) => {
    await generateResidents(trx, now);
    if (!(await findOrganizationByName(trx, stationName))) {
      await insertOrganization(trx, { name: stationName, kind: "station", regionCode: nanmen, at: now });
    }
    for (const account of demoAccounts) {
      const organization = await findOrganizationByName(trx, account.organization);
      await trx
        .insertInto("users")
        .values({
          username: account.username,
          display_name: account.displayName,
          password_hash: passwordHash,
          role_id: account.roleId,
          organization_id: organization?.id ?? null,
          region_code: account.regionCode,
          phone: null,
          is_active: 1,
          is_demo: 1,
          must_change_password: 0,
          password_changed_at: now,
          failed_login_count: 0,
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
  });
  // In the modules' order, which puts a module after those whose records it refers to.
  for (const module of modules) await module.loadDemoData?.(ctx);
  // The dashboards read aggregates only: the demo city is counted once it is loaded.
  await rebuildAggregates(ctx, measureSourcesOf(modules));
}

/** Urban 社区 are larger than rural 村; each district's total matches its census figure. */
async function generateResidents(db: Parameters<typeof refreshRollups>[0], at: string): Promise<void> {
  faker.seed(20261130);
  const communities = await db
    .selectFrom("regions")
    .select(["code", "name"])
    .where("level", "=", "community")
    .where("code", "like", `${demoCityCode}%`)
    .where("residents", "is", null)
    .orderBy("code")
    .execute();
  const byDistrict = new Map<string, { code: string; weight: number }[]>();
  for (const community of communities) {
    const district = `${community.code.slice(0, 6)}000000`;
    const isUrban = /社区|居委会/.test(community.name);
    const weight = isUrban
      ? faker.number.int({ min: 3000, max: 12000 })
      : faker.number.int({ min: 700, max: 4000 });
    byDistrict.set(district, [...(byDistrict.get(district) ?? []), { code: community.code, weight }]);
  }
  for (const [district, members] of byDistrict) {
    const total = districtResidents[district] ?? members.reduce((sum, m) => sum + m.weight, 0);
    const weightSum = members.reduce((sum, m) => sum + m.weight, 0);
    for (const member of members) {
      await db
        .updateTable("regions")
        .set({
          residents: Math.round((member.weight / weightSum) * total),
          is_residents_demo: 1,
          residents_updated_at: at,
        })
        .where("code", "=", member.code)
        .execute();
    }
  }
  const nonLeaves = await db
    .selectFrom("regions")
    .select("code")
    .where("level", "!=", "community")
    .where("code", "like", `${demoCityCode}%`)
    .execute();
  await refreshRollups(
    db,
    nonLeaves.map((r) => r.code),
  );
}
