import { describe, expect, it } from "vitest";
import { creditCodeCheckCharacter, parseCreditCode } from "./creditCode.ts";
import { ageOn, idNumberCheckCharacter, idNumberInSearch, parseIdNumber } from "./idNumber.ts";
import { parseMobile } from "./phone.ts";

const today = new Date("2026-11-30T00:00:00Z");

describe("ID numbers (GB 11643)", () => {
  it("accepts PRODUCT.md's worked example with an X check digit and derives birth date and sex", () => {
    expect(idNumberCheckCharacter("11010519491231002")).toBe("X");
    expect(parseIdNumber("11010519491231002X", today)).toEqual({
      ok: true,
      value: "11010519491231002X",
      birthDate: "1949-12-31",
      sex: "female",
      wasUpgraded: false,
    });
  });

  it("normalises a lower-case x, full-width digits and spaces", () => {
    const result = parseIdNumber(" １１０１０５ 19491231002x ", today);
    expect(result.ok && result.value).toBe("11010519491231002X");
  });

  it("upgrades a 15-digit legacy number by inserting 19 and computing the check", () => {
    const result = parseIdNumber("110105491231002", today);
    expect(result).toMatchObject({ ok: true, value: "11010519491231002X", wasUpgraded: true });
  });

  it("refuses a wrong check digit, an impossible or future birth date, wrong length and characters", () => {
    expect(parseIdNumber("110105194912310021", today)).toEqual({
      ok: false,
      message: "校验位不正确，请核对号码",
    });
    const february30 = "11010520230230001";
    expect(parseIdNumber(february30 + idNumberCheckCharacter(february30), today)).toEqual({
      ok: false,
      message: "出生日期无效",
    });
    const future = "33020320270101001";
    expect(parseIdNumber(future + idNumberCheckCharacter(future), today)).toEqual({
      ok: false,
      message: "出生日期不能晚于今天",
    });
    expect(parseIdNumber("1101051949", today)).toMatchObject({
      ok: false,
      message: expect.stringContaining("18 位"),
    });
    expect(parseIdNumber("11010519491231002Y", today).ok).toBe(false);
    const badProvince = "00010519491231002";
    expect(parseIdNumber(badProvince + idNumberCheckCharacter(badProvince), today)).toMatchObject({
      ok: false,
    });
  });

  it("computes ages for the minors' rules", () => {
    expect(ageOn("2012-12-01", today)).toBe(13);
    expect(ageOn("2012-11-30", today)).toBe(14);
  });
});

describe("unified social credit codes (GB 32100)", () => {
  it("accepts PRODUCT.md's worked example", () => {
    expect(creditCodeCheckCharacter("91512081MA62K0260")).toBe("E");
    expect(parseCreditCode("91512081MA62K0260E")).toMatchObject({
      ok: true,
      isCheckValid: true,
      isCivilAffairs: false,
    });
  });

  it("reads a civil-affairs code's type from its second character", () => {
    const first17 = "52330203MJ0000001";
    const result = parseCreditCode(first17 + creditCodeCheckCharacter(first17));
    expect(result).toMatchObject({
      ok: true,
      isCheckValid: true,
      civilAffairsType: "社会服务机构",
      regionCode: "330203",
    });
  });

  it("reports a failed check as a warning, not a malformed code", () => {
    expect(parseCreditCode("91512081MA62K0260F")).toMatchObject({
      ok: true,
      isCheckValid: false,
      expectedCheck: "E",
    });
  });

  it("refuses wrong length and forbidden letters", () => {
    expect(parseCreditCode("91512081MA62K026")).toMatchObject({ ok: false });
    expect(parseCreditCode("91512081MA62K026OE")).toEqual({
      ok: false,
      message: "含有不允许的字符“O”（不使用 I、O、Z、S、V）",
    });
  });
});

describe("mobile numbers", () => {
  it("accepts 11 digits starting 1[3-9], optionally with +86", () => {
    expect(parseMobile("13812345678")).toEqual({ ok: true, value: "13812345678" });
    expect(parseMobile("+86 138 1234 5678")).toEqual({ ok: true, value: "13812345678" });
    expect(parseMobile("12812345678").ok).toBe(false);
    expect(parseMobile("1381234567").ok).toBe(false);
  });
});

describe("idNumberInSearch", () => {
  it("reads an ID number out of a search box, as people type it", () => {
    expect(idNumberInSearch(" 110105 19491231 002x ")).toBe("11010519491231002X");
    expect(idNumberInSearch("11010519491231002X")).toBe("11010519491231002X");
  });
  it("leaves every other search alone", () => {
    expect(idNumberInSearch("zs")).toBeNull();
    expect(idNumberInSearch("11010519491231002Y")).toBeNull();
    expect(idNumberInSearch("110105194912310021")).toBeNull(); // wrong check character
    expect(idNumberInSearch(undefined)).toBeNull();
  });
});
