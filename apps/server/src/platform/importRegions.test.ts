import { parentRegionCode, regionLevelOf } from "@xinqiao/shared";
import { describe, expect, it } from "vitest";
import { readCityDivisions } from "../modules/regions/divisions/cityDivisions.ts";
import { type ImportRegion, regionColumnDescription, regionResolverOf } from "./importRegions.ts";

/** The demo city's real divisions, as the regions table holds them. */
const ningbo: ImportRegion[] = readCityDivisions("3302").regions.map(([code, name]) => ({
  code,
  name,
  level: regionLevelOf(code),
  parentCode: parentRegionCode(code),
}));

const city = regionResolverOf(ningbo, { regionCode: "330200000000", regionName: "宁波市" });
const haishu = regionResolverOf(ningbo, { regionCode: "330203000000", regionName: "海曙区" });
const nanmen = regionResolverOf(ningbo, { regionCode: "330203001000", regionName: "南门街道" });
const chenglang = "330203001001"; // 海曙区/南门街道/澄浪社区
const community = ["community"] as const;

describe("region column of an import", () => {
  it.each([
    chenglang,
    " 330203 001 001 ",
    "３３０２０３００１００１",
    "海曙区/南门街道/澄浪社区",
    "海曙区 南门街道 澄浪社区",
    "海曙区　南门街道　澄浪社区",
    "宁波市海曙区南门街道澄浪社区",
    "宁波市/海曙区/南门街道/澄浪社区",
    "海曙区／南门街道／澄浪社区",
    "海曙区-南门街道—澄浪社区",
    "海曙区、南门街道、澄浪社区",
    "海曙区 > 南门街道 > 澄浪社区",
    "海曙区南门街道澄浪社区",
    "南门街道澄浪社区",
    "海曙区澄浪社区",
    "澄浪社区",
  ])("reads %s as 澄浪社区 by its code or its names", (text) => {
    expect(haishu.resolve(text, community)).toEqual({ ok: true, code: chenglang, level: "community" });
  });

  it("accepts the names above the user's scope on the path", () => {
    expect(nanmen.resolve("宁波市海曙区南门街道澄浪社区", community)).toMatchObject({ code: chenglang });
    expect(nanmen.resolve("海曙区/南门街道", ["street"])).toMatchObject({ code: "330203001000" });
  });

  it("refuses a region outside the scope, naming it and the scope", () => {
    expect(haishu.resolve("江北区", ["district", "street"])).toEqual({
      ok: false,
      reason: "outOfScope",
      message: "“江北区”不在您的管辖范围（海曙区）内",
    });
    expect(nanmen.resolve("330203002001", community)).toMatchObject({
      reason: "outOfScope",
      message: expect.stringMatching(
        /^区划代码“330203002001”（海曙区\/江厦街道\/.+）不在您的管辖范围（南门街道）内$/,
      ),
    });
  });

  it("refuses a region at a level the registry does not allow", () => {
    expect(haishu.resolve("南门街道", community)).toEqual({
      ok: false,
      reason: "wrongLevel",
      message: "“海曙区/南门街道”是街道（乡镇），此处须为社区（村）",
    });
    expect(haishu.resolve(chenglang, ["district", "street"])).toMatchObject({
      reason: "wrongLevel",
      message:
        "区划代码“330203001001”（海曙区/南门街道/澄浪社区）是社区（村），此处须为区（县）或街道（乡镇）",
    });
  });

  it("names every path when a name is ambiguous, and resolves it once a parent is written", () => {
    const ambiguous = city.resolve("西村村委会", community);
    expect(ambiguous).toMatchObject({ ok: false, reason: "ambiguous" });
    expect(ambiguous.ok ? "" : ambiguous.message).toBe(
      "“西村村委会”对应 2 个区划：鄞州区/东钱湖镇/西村村委会、鄞州区/东吴镇/西村村委会，请写出上级区划（如“鄞州区/东钱湖镇/西村村委会”）或填写 12 位区划代码",
    );
    expect(city.resolve("鄞州区/西村村委会", community)).toMatchObject({ reason: "ambiguous" });
    expect(city.resolve("东吴镇/西村村委会", community)).toMatchObject({ ok: true, code: "330212104202" });
  });

  it("prefers the one region inside the scope when a name exists in several districts", () => {
    expect(city.resolve("中山社区", community)).toMatchObject({ reason: "ambiguous" });
    expect(haishu.resolve("中山社区", community)).toMatchObject({ ok: true, code: "330203005005" });
  });

  it("says what is missing, unknown or not a code", () => {
    expect(haishu.resolve(null, community)).toEqual({ ok: false, reason: "empty", message: "不能为空" });
    expect(haishu.resolve(" / ", community)).toMatchObject({ reason: "empty" });
    expect(haishu.resolve("330203999999", community)).toEqual({
      ok: false,
      reason: "notFound",
      message: "区划代码“330203999999”不存在",
    });
    expect(haishu.resolve("33020300100", community)).toMatchObject({
      reason: "notFound",
      message: expect.stringContaining("不是 12 位区划代码"),
    });
    expect(haishu.resolve("南门街道不存在社区", community)).toMatchObject({
      reason: "notFound",
      message: expect.stringContaining("未找到区划“南门街道不存在社区”"),
    });
    // A parent that is not the region's own parent does not make a path.
    expect(haishu.resolve("西门街道澄浪社区", community)).toMatchObject({ reason: "notFound" });
  });

  it("resolves a city's every community by its path, and 10,000 repeated rows, from one index", () => {
    const started = performance.now();
    const resolver = regionResolverOf(ningbo, { regionCode: "330200000000", regionName: "宁波市" });
    const communities = ningbo.filter((region) => region.level === "community");
    const resolvedCodes = communities.map((region) => {
      const result = resolver.resolve(resolver.pathOf(region.code), community);
      return result.ok ? result.code : result.message;
    });
    for (let row = 0; row < 10_000; row++) resolver.resolve("海曙区/南门街道/澄浪社区", community);
    const elapsed = performance.now() - started;
    expect(resolvedCodes).toEqual(communities.map((region) => region.code));
    expect(elapsed).toBeLessThan(5_000);
  });

  it("describes both forms in the template", () => {
    const text = regionColumnDescription(["street", "community"]);
    expect(text).toContain("12 位区划代码");
    expect(text).toContain("海曙区/南门街道/柳锦社区");
    expect(text).toMatch(/^街道（乡镇）、社区（村）：/);
  });
});
