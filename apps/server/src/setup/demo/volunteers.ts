import { generateVolunteers } from "../../modules/volunteers/volunteers.bulk.ts";
import type { AppContext } from "../../platform/context.ts";

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
