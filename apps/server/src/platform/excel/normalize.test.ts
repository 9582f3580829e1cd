import { describe, expect, it } from "vitest";
import { excelSerialToIsoDate, parseExcelDate } from "./dates.ts";
import {
  looksLikeMangledIdNumber,
  looseMatchKey,
  numberToPlainText,
  parseDecimal,
  parseInteger,
  splitListCell,
  toHalfWidth,
  toHalfWidthAscii,
} from "./normalize.ts";

describe("toHalfWidth", () => {
  it("converts full-width digits, letters and the ideographic space only", () => {
    expect(toHalfWidth("１２３ＡＢｃ　Ｘ")).toBe("123ABc X");
    expect(toHalfWidth("北京市（朝阳区），５号")).toBe("北京市（朝阳区），5号");
  });

  it("converts full-width punctuation too when parsing numbers and dates", () => {
    expect(toHalfWidthAscii("２０２４／１／５，－１")).toBe("2024/1/5,-1");
  });
});

describe("parseExcelDate", () => {
  it.each([
    "2024-01-05",
    "2024-1-5",
    "2024/1/5",
    "2024.1.5",
    "2024年1月5日",
    " 2024 年 1 月 5 号 ",
    "20240105",
    "45296",
    "45296.75",
    "２０２４／１／５",
    "2024-01-05 10:30:00",
    "2024/01/05T08:00",
  ])("reads %s as 2024-01-05", (text) => {
    expect(parseExcelDate(text)).toBe("2024-01-05");
  });

  it.each([
    "2024-02-30",
    "2023-02-29",
    "2024-13-01",
    "2024-00-10",
    "2024-1/5",
    "2024",
    "60",
    "0024-01-05",
    "abc",
    "",
  ])("rejects %s", (text) => {
    expect(parseExcelDate(text)).toBeNull();
  });

  it("accepts leap days and passes null through", () => {
    expect(parseExcelDate("2024-02-29")).toBe("2024-02-29");
    expect(parseExcelDate(null)).toBeNull();
  });
});

describe("excelSerialToIsoDate", () => {
  it("follows Excel's 1900 date system, including its fictitious 1900-02-29", () => {
    expect(excelSerialToIsoDate(1)).toBe("1900-01-01");
    expect(excelSerialToIsoDate(59)).toBe("1900-02-28");
    expect(excelSerialToIsoDate(60)).toBeNull();
    expect(excelSerialToIsoDate(61)).toBe("1900-03-01");
    expect(excelSerialToIsoDate(45292)).toBe("2024-01-01");
    expect(excelSerialToIsoDate(45296.999)).toBe("2024-01-05");
    expect(excelSerialToIsoDate(2958465)).toBe("9999-12-31");
  });

  it("rejects serials outside Excel's range", () => {
    expect(excelSerialToIsoDate(0)).toBeNull();
    expect(excelSerialToIsoDate(2958466)).toBeNull();
    expect(excelSerialToIsoDate(Number.NaN)).toBeNull();
  });
});

describe("parseInteger", () => {
  it.each([
    ["1234", 1234],
    ["1,234", 1234],
    ["1,234,567", 1234567],
    ["1234.0", 1234],
    ["１２３４", 1234],
    [" 42 ", 42],
    ["-5", -5],
    ["0", 0],
  ])("reads %s as %d", (text, expected) => {
    expect(parseInteger(text)).toBe(expected);
  });

  it.each(["1,23", "12.5", "1e3", "abc", "", "99999999999999999999"])("rejects %s", (text) => {
    expect(parseInteger(text)).toBeNull();
  });

  it("passes null through", () => {
    expect(parseInteger(null)).toBeNull();
  });
});

describe("parseDecimal", () => {
  it.each([
    ["45.5", 45.5],
    ["-5", -5],
    ["+3", 3],
    ["0", 0],
    ["1,234.5", 1234.5],
    ["４５．５", 45.5],
    ["－５", -5],
    [" 12 ", 12],
  ])("reads %s as %d", (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });

  it.each(["很大", "1,23", "1e3", "1.2.3", "5-", "", "."])("rejects %s", (text) => {
    expect(parseDecimal(text)).toBeNull();
  });

  it("passes null through", () => {
    expect(parseDecimal(null)).toBeNull();
  });
});

describe("numberToPlainText", () => {
  it("writes numbers as Excel shows them, never in scientific notation", () => {
    expect(numberToPlainText(1234)).toBe("1234");
    expect(numberToPlainText(0.1 + 0.2)).toBe("0.3");
    expect(numberToPlainText(1e21)).toBe("1000000000000000000000");
    expect(numberToPlainText(1.5e-7)).toBe("0.00000015");
    expect(numberToPlainText(Number("110105199001011234"))).toBe("110105199001011000");
    expect(numberToPlainText(-0)).toBe("0");
  });
});

describe("looksLikeMangledIdNumber", () => {
  it("flags scientific notation wherever it came from", () => {
    expect(looksLikeMangledIdNumber("1.10105E+17", false)).toBe(true);
    expect(looksLikeMangledIdNumber("1.10105e17", false)).toBe(true);
  });

  it("flags 16+ digit codes that came from numeric cells", () => {
    expect(looksLikeMangledIdNumber("110105199001011000", true)).toBe(true);
    expect(looksLikeMangledIdNumber("110105199001011000", false)).toBe(false);
  });

  it("leaves intact codes alone", () => {
    expect(looksLikeMangledIdNumber("11010519900101123X", false)).toBe(false);
    expect(looksLikeMangledIdNumber("110105900101123", true)).toBe(false);
    expect(looksLikeMangledIdNumber(null, true)).toBe(false);
  });
});

describe("looseMatchKey", () => {
  it("matches labels as headers are matched: bracket width, spaces, * and case ignored", () => {
    const key = looseMatchKey("乡镇（街道）社会工作服务站");
    expect(looseMatchKey("乡镇(街道)社会工作服务站")).toBe(key);
    expect(looseMatchKey(" 乡镇 （街道） 社会工作服务站 *")).toBe(key);
    expect(looseMatchKey("３Ａ")).toBe(looseMatchKey("3a"));
    expect(looseMatchKey("社区社会工作服务室")).not.toBe(key);
  });
});

describe("splitListCell", () => {
  it("splits on 、,，;；/／ and line breaks, trims and keeps each entry once", () => {
    expect(splitListCell(" 甲、乙,丙，丁;戊；己/庚／辛\n壬\r\n甲 ")).toEqual([
      "甲",
      "乙",
      "丙",
      "丁",
      "戊",
      "己",
      "庚",
      "辛",
      "壬",
    ]);
    expect(splitListCell("、、")).toEqual([]);
    expect(splitListCell(null)).toEqual([]);
  });
});
