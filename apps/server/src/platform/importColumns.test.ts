import { platformKinds, qualificationLevels, serviceDomains, withFieldRules } from "@xinqiao/shared";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { ExcelColumn, ImportRow } from "./excel/index.ts";
import {
  dictionaryListOf,
  dictionaryOf,
  ImportColumns,
  rowProblemsFromZodIssues,
  yesNoDictionary,
} from "./importColumns.ts";

describe("dictionary values of an import", () => {
  const kinds = dictionaryOf(platformKinds, { 服务站: "station" });

  it.each([
    ["乡镇（街道）社会工作服务站", "station"],
    // Defect 5: the label typed with half-width brackets.
    ["乡镇(街道)社会工作服务站", "station"],
    ["乡镇（街道)社会工作服务站", "station"],
    [" 乡镇 (街道) 社会工作服务站 ", "station"],
    ["station", "station"],
    ["STATION", "station"],
    ["服务站", "station"],
    ["社区社会工作服务室", "room"],
  ])("reads %s by its label, code or alias", (text, value) => {
    expect(kinds.lookup(text)).toBe(value);
  });

  it("knows no other value", () => {
    expect(kinds.lookup("服务大厅")).toBeUndefined();
    expect(kinds.labels).toEqual(Object.values(platformKinds));
    expect(kinds.values).toEqual(Object.keys(platformKinds));
  });

  it("reads a list of labels stored as labels, and 是/否", () => {
    const levels = dictionaryOf(qualificationLevels);
    expect(levels.lookup("高级社会工作师")).toBe("senior");
    expect(levels.lookup("高级")).toBeUndefined();
    expect(yesNoDictionary.lookup("是")).toBe(true);
    expect(yesNoDictionary.lookup("Y")).toBe(true);
    expect(yesNoDictionary.lookup("否")).toBe(false);
    expect(yesNoDictionary.lookup("0")).toBe(false);
    expect(yesNoDictionary.lookup("也许")).toBeUndefined();
  });

  it("splits a multi-value cell on 、,，;；/ and line breaks, and on spaces when an entry is no value", () => {
    const domains = dictionaryOf(serviceDomains);
    expect(
      dictionaryListOf("养老服务、社会救助,儿童福利，社区建设;婚姻家庭；矛盾调解/乡村振兴", domains),
    ).toEqual({
      values: ["养老服务", "社会救助", "儿童福利", "社区建设", "婚姻家庭", "矛盾调解", "乡村振兴"],
      unknown: [],
    });
    expect(dictionaryListOf("养老服务 社会救助\n养老服务", domains)).toEqual({
      values: ["养老服务", "社会救助"],
      unknown: [],
    });
    expect(dictionaryListOf("青少年(心理健康)、养老 服务、打麻将", domains)).toEqual({
      values: ["青少年（心理健康）", "养老服务"],
      unknown: ["打麻将"],
    });
    expect(dictionaryListOf(null, domains)).toEqual({ values: [], unknown: [] });
  });
});

describe("zod issues as an import row's problems", () => {
  it("puts each issue under its column's header, with the schema's message", () => {
    const schema = z.object({ name: z.string().min(2, "至少 2 个字符"), regionCode: z.string().length(12) });
    const parsed = schema.safeParse({ name: "甲", regionCode: "1" });
    const headers: Record<string, string> = { name: "名称", regionCode: "所在区划" };
    expect(rowProblemsFromZodIssues(parsed.error?.issues ?? [], (field) => headers[field])).toEqual([
      { column: "名称", message: "至少 2 个字符" },
      { column: "所在区划", message: expect.any(String) },
    ]);
    expect(rowProblemsFromZodIssues(parsed.error?.issues ?? [], () => undefined)[0]).toEqual({
      column: "—",
      message: "name：至少 2 个字符",
    });
  });
});

describe("a row checked by its registry's schema", () => {
  type Key = "name" | "level" | "certificate" | "certificateDate" | "phone";
  const excelColumns: ExcelColumn<Key>[] = [
    { key: "name", header: "姓名", required: true, description: "" },
    { key: "level", header: "资格等级", required: true, description: "" },
    { key: "certificate", header: "证书编号", description: "" },
    { key: "certificateDate", header: "发证日期", kind: "date", description: "" },
    { key: "phone", header: "手机号", description: "" },
  ];
  const columns = new ImportColumns(excelColumns, { certificateNumber: "certificate" });
  const levels = dictionaryOf(qualificationLevels);
  /** A certified level needs a certificate number; "none" must have none; no date in the future. */
  const schema = withFieldRules(
    z.strictObject({
      name: z.string().trim().min(1, "不能为空").max(5),
      level: z.enum(["none", "assistant", "intermediate", "senior"]),
      certificateNumber: z.string().nullable(),
      certificateDate: z.string().nullable(),
      phone: z
        .string()
        .regex(/^1\d{10}$/, "应为 11 位手机号码")
        .nullable(),
    }),
    (value, ctx) => {
      if (value.certificateDate && value.certificateDate > "2026-12-01") {
        ctx.addIssue({ code: "custom", path: ["certificateDate"], message: "不能晚于今天" });
      }
      if (value.level === undefined) return;
      if (value.level !== "none" && !value.certificateNumber) {
        ctx.addIssue({ code: "custom", path: ["certificateNumber"], message: "持证人员须填写证书编号" });
      }
      if (value.level === "none" && value.certificateNumber) {
        ctx.addIssue({ code: "custom", path: ["certificateNumber"], message: "资格等级为“无”时不应填写" });
      }
    },
  );

  const rowOf = (values: Partial<Record<Key, string>>): ImportRow<Key> => ({
    rowNumber: 3,
    values: { name: null, level: null, certificate: null, certificateDate: null, phone: null, ...values },
    numericCellKeys: [],
    original: [],
    cellProblems: [],
  });
  const checked = (values: Partial<Record<Key, string>>) => {
    const check = columns.check(rowOf(values));
    const data = check.validate(schema, {
      name: check.text("name") ?? "",
      level: check.dictionary("level", levels),
      certificateNumber: check.text("certificate"),
      certificateDate: check.date("certificateDate"),
      phone: check.text("phone"),
    });
    return { data, problems: check.problems };
  };

  it("answers the schema's record when the row is right", () => {
    expect(
      checked({ name: "张三", level: "社会工作师", certificate: "C1", certificateDate: "2024/1/5" }),
    ).toEqual({
      data: {
        name: "张三",
        level: "intermediate",
        certificateNumber: "C1",
        certificateDate: "2024-01-05",
        phone: null,
      },
      problems: [],
    });
  });

  it("lists every problem: a refused value does not stop the schema's rules on the other columns", () => {
    expect(
      checked({ name: "张三", level: "硕士", certificateDate: "2031-01-01", phone: "123" }).problems,
    ).toEqual([
      {
        column: "资格等级",
        message: "“硕士”不是可选值，可选：无、助理社会工作师、社会工作师、高级社会工作师",
      },
      { column: "发证日期", message: "不能晚于今天" },
      { column: "手机号", message: "应为 11 位手机号码" },
    ]);
  });

  it("reports no rule that depends on the refused value", () => {
    // With the level unknown, neither "须填写证书编号" nor "不应填写" can be said.
    expect(checked({ name: "张三", level: "高级", certificate: "C1" }).problems).toEqual([
      { column: "资格等级", message: expect.stringContaining("“高级”不是可选值") },
    ]);
    expect(checked({ name: "张三", level: "高级" }).problems).toHaveLength(1);
  });

  it("keeps a column's first reason (an unreadable date is not also 'missing'), in the columns' order", () => {
    expect(checked({ certificateDate: "2024-13-45" }).problems).toEqual([
      { column: "姓名", message: "不能为空" },
      { column: "资格等级", message: "不能为空" },
      {
        column: "发证日期",
        message: "无法识别的日期“2024-13-45”，请写成 2024-01-05、2024/1/5 或 2024年1月5日",
      },
    ]);
  });

  it("refuses a code Excel has rounded", () => {
    const check = columns.check({
      ...rowOf({ certificate: "110105199001011000" }),
      numericCellKeys: ["certificate"],
    });
    expect(check.code("certificate")).toBeNull();
    expect(check.problems[0]?.message).toContain("证书编号列须为文本格式");
  });
});
