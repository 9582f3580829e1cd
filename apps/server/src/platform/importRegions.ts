import { isWithinRegion, type RegionLevel, regionLevelOf, regionRange } from "@xinqiao/shared";
import type { RequestUser } from "./auth/requestUser.ts";
import type { Queryable } from "./db/database.ts";
import { looseMatchKey } from "./excel/index.ts";

/**
 * The one rule by which every registry's import reads its region column. A cell names a region
 * by its 12-digit code or by its names from the district down — "海曙区/南门街道/苍水社区",
 * "海曙区 南门街道 苍水社区", "宁波市海曙区南门街道苍水社区", "南门街道苍水社区" or just
 * "苍水社区" — with or without the city, levels skipped or not, separators / ／ - — 、 > and
 * spaces tolerated, full- or half-width. A region is accepted only inside the importing user's
 * scope and at a level the registry allows; otherwise the row is told why: not found, out of
 * scope, wrong level, or ambiguous (every matching path named).
 *
 * The city's regions are read once per import into an index (a few thousand rows, one query);
 * each row is then resolved in memory.
 */
export interface ImportRegion {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

export type RegionResolution =
  | { ok: true; code: string; level: RegionLevel }
  | { ok: false; reason: "empty" | "notFound" | "outOfScope" | "wrongLevel" | "ambiguous"; message: string };

export const regionLevelNames: Record<RegionLevel, string> = {
  city: "市",
  district: "区（县）",
  street: "街道（乡镇）",
  community: "社区（村）",
};

/** Between the names of a path; removed before matching, as are spaces. */
const SEPARATORS = /[\s/／\\|｜>＞›»\-－—–、,，·]+/g;
/** Nobody types a path longer than this; a longer cell is not a region. */
const MAX_KEY_LENGTH = 80;
/** Texts remembered per import, with their answers. */
const MEMO_SIZE = 20_000;

function pathKey(text: string): string {
  return looseMatchKey(text.replace(SEPARATORS, ""));
}

/**
 * The template's description of a region column (its 填写说明), for a registry whose records sit
 * at `levels`: both forms a cell may take, and the rules it is held to.
 */
export function regionColumnDescription(levels: readonly RegionLevel[], note = ""): string {
  const at = levels.map((level) => regionLevelNames[level]).join("、");
  return (
    `${at}：填写 12 位区划代码，或写出区划名称，如“海曙区/南门街道/柳锦社区”“海曙区 南门街道”` +
    `“宁波市海曙区南门街道柳锦社区”（可带市名，分隔符 / - 、 > 空格均可，也可不写；上级可省略，如“南门街道”）；` +
    `须在您的管辖范围内；名称重复时请写出上级区划或填写代码${note}`
  );
}

export interface RegionResolver {
  /** The region a cell names, for a registry whose records sit at `levels`. */
  resolve(text: string | null | undefined, levels: readonly RegionLevel[]): RegionResolution;
  /** "海曙区/南门街道/苍水社区": the region's names from the district down. */
  pathOf(code: string): string;
}

/** Reads the regions of the user's city once and answers every row of the import from memory. */
export async function loadRegionResolver(
  db: Queryable,
  user: Pick<RequestUser, "regionCode" | "regionName">,
): Promise<RegionResolver> {
  const city = regionRange(`${user.regionCode.slice(0, 4)}00000000`);
  const rows = await db
    .selectFrom("regions")
    .select(["code", "name", "parent_code"])
    .where("code", ">=", city.low)
    .where("code", "<=", city.high)
    .execute();
  return regionResolverOf(
    rows.map((row) => ({
      code: row.code,
      name: row.name,
      level: regionLevelOf(row.code),
      parentCode: row.parent_code,
    })),
    user,
  );
}

/** The resolver over given regions (a city's): what loadRegionResolver builds, and what tests use. */
export function regionResolverOf(
  regions: readonly ImportRegion[],
  scope: Pick<RequestUser, "regionCode" | "regionName">,
): RegionResolver {
  const byCode = new Map(regions.map((region) => [region.code, region]));
  const byName = new Map<string, ImportRegion[]>();
  const keyOfCode = new Map<string, string>();
  for (const region of regions) {
    const key = pathKey(region.name);
    keyOfCode.set(region.code, key);
    const named = byName.get(key);
    if (named) named.push(region);
    else byName.set(key, [region]);
  }
  const longestName = Math.max(0, ...[...keyOfCode.values()].map((key) => key.length));
  const ancestorsCache = new Map<string, ImportRegion[]>();

  /** From the top (the city) down to the region's parent. */
  const ancestorsOf = (region: ImportRegion): ImportRegion[] => {
    const cached = ancestorsCache.get(region.code);
    if (cached) return cached;
    const chain: ImportRegion[] = [];
    let parent = region.parentCode ? byCode.get(region.parentCode) : undefined;
    while (parent && chain.length < 4) {
      chain.unshift(parent);
      parent = parent.parentCode ? byCode.get(parent.parentCode) : undefined;
    }
    ancestorsCache.set(region.code, chain);
    return chain;
  };

  const pathOf = (code: string): string => {
    const region = byCode.get(code);
    if (!region) return code;
    return [...ancestorsOf(region), region]
      .filter((r) => r.level !== "city")
      .map((r) => r.name)
      .join("/");
  };

  /** Whether `prefix` is the names of some of `ancestors`, in order (levels may be skipped). */
  const isAncestorPath = (prefix: string, ancestors: readonly ImportRegion[]): boolean => {
    if (prefix === "") return true;
    for (let index = ancestors.length - 1; index >= 0; index--) {
      const ancestor = ancestors[index];
      if (!ancestor) continue;
      const name = keyOfCode.get(ancestor.code) ?? "";
      if (prefix.endsWith(name) && isAncestorPath(prefix.slice(0, -name.length), ancestors.slice(0, index))) {
        return true;
      }
    }
    return false;
  };

  /** Every region whose path (some of its ancestors' names, then its own) the key spells. */
  const regionsNamed = (key: string): ImportRegion[] => {
    const found: ImportRegion[] = [];
    for (let start = Math.max(0, key.length - longestName); start < key.length; start++) {
      for (const region of byName.get(key.slice(start)) ?? []) {
        if (isAncestorPath(key.slice(0, start), ancestorsOf(region))) found.push(region);
      }
    }
    return found;
  };

  // A file names the same few regions over and over (a community's volunteers): each text and
  // levels are resolved once.
  const resolved = new Map<string, RegionResolution>();
  const resolveOnce = (text: string | null | undefined, levels: readonly RegionLevel[]): RegionResolution => {
    const memoKey = `${levels.join(",")}\u0000${text ?? ""}`;
    let resolution = resolved.get(memoKey);
    if (!resolution) {
      if (resolved.size >= MEMO_SIZE) resolved.clear();
      resolution = resolve(text, levels);
      resolved.set(memoKey, resolution);
    }
    return resolution;
  };

  const resolve = (text: string | null | undefined, levels: readonly RegionLevel[]): RegionResolution => {
    const key = pathKey(text ?? "");
    if (key === "") return { ok: false, reason: "empty", message: "不能为空" };
    const shown = (text ?? "").trim();
    let candidates: ImportRegion[];
    if (/^\d+$/.test(key)) {
      if (key.length !== 12) {
        return {
          ok: false,
          reason: "notFound",
          message: `“${shown}”不是 12 位区划代码（区划代码列须为文本格式），也可以填写区划名称，如“区/街道/社区”`,
        };
      }
      const region = byCode.get(key);
      if (!region) return { ok: false, reason: "notFound", message: `区划代码“${key}”不存在` };
      candidates = [region];
    } else {
      candidates = key.length > MAX_KEY_LENGTH ? [] : regionsNamed(key);
      if (candidates.length === 0) {
        return {
          ok: false,
          reason: "notFound",
          message: `未找到区划“${shown}”：请填写 12 位区划代码，或按“区（县）/街道（乡镇）/社区（村）”写出名称`,
        };
      }
    }
    const described = (region: ImportRegion) =>
      /^\d+$/.test(key) ? `区划代码“${key}”（${pathOf(region.code)}）` : `“${pathOf(region.code)}”`;

    const inScope = candidates.filter((region) => isWithinRegion(region.code, scope.regionCode));
    const first = candidates[0];
    if (inScope.length === 0 && first) {
      return {
        ok: false,
        reason: "outOfScope",
        message: `${described(first)}不在您的管辖范围（${scope.regionName}）内`,
      };
    }
    const atLevel = inScope.filter((region) => levels.includes(region.level));
    const firstInScope = inScope[0];
    if (atLevel.length === 0 && firstInScope) {
      return {
        ok: false,
        reason: "wrongLevel",
        message: `${described(firstInScope)}是${regionLevelNames[firstInScope.level]}，此处须为${levels
          .map((level) => regionLevelNames[level])
          .join("或")}`,
      };
    }
    if (atLevel.length > 1) {
      return {
        ok: false,
        reason: "ambiguous",
        message: `“${shown}”对应 ${atLevel.length} 个区划：${atLevel
          .map((region) => pathOf(region.code))
          .join("、")}，请写出上级区划（如“${pathOf(atLevel[0]?.code ?? "")}”）或填写 12 位区划代码`,
      };
    }
    const region = atLevel[0];
    if (!region) return { ok: false, reason: "notFound", message: `未找到区划“${shown}”` };
    return { ok: true, code: region.code, level: region.level };
  };

  return { resolve: resolveOnce, pathOf };
}

/**
 * The regions below the city inside the user's scope, each with its path, for the region sheet
 * of an import template (a district: a few hundred rows; the city: a few thousand).
 */
export async function templateRegionsOf(
  db: Queryable,
  user: Pick<RequestUser, "regionCode" | "regionName">,
): Promise<{ code: string; path: string; level: RegionLevel }[]> {
  const resolver = await loadRegionResolver(db, user);
  const scope = regionRange(user.regionCode);
  const rows = await db
    .selectFrom("regions")
    .select("code")
    .where("code", ">=", scope.low)
    .where("code", "<=", scope.high)
    .where("level", "!=", "city")
    .orderBy("code")
    .execute();
  return rows.map((row) => ({
    code: row.code,
    path: resolver.pathOf(row.code),
    level: regionLevelOf(row.code),
  }));
}
