import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
// Through the package entry, which installs the zh-CN messages as the server and web see them.
import { createEducationHoursBodySchema, createSocialWorkerBodySchema, withFieldRules } from "../index.ts";

const issuesOf = (schema: z.ZodType, input: unknown) =>
  schema.safeParse(input).error?.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`) ?? [];

describe("rules between fields run in the same pass as the fields", () => {
  const schema = withFieldRules(
    z.strictObject({ kind: z.enum(["a", "b"]), from: z.string(), to: z.string().optional() }),
    (value, ctx) => {
      if (value.kind === "a" && !value.to)
        ctx.addIssue({ code: "custom", path: ["to"], message: "a 须填写" });
      if (value.from && value.to && value.to < value.from)
        ctx.addIssue({ code: "custom", path: ["to"], message: "不能早于起始" });
      if (!value.from) ctx.addIssue({ code: "custom", path: ["from"], message: "规则重复" });
    },
  );

  it("reports a rule's problem beside a field that failed to parse", () => {
    expect(issuesOf(schema, { kind: "a", from: 3 })).toEqual(["from 类型错误，应为文本", "to a 须填写"]);
  });

  it("says nothing about a field that failed, and nothing that needs it", () => {
    // kind unknown: whether "to" is required cannot be said; "from" failed: no second message.
    expect(issuesOf(schema, { kind: "c" })).toEqual([expect.stringMatching(/^kind /), "from 不能为空"]);
  });

  it("does not run on something that is no record", () => {
    expect(issuesOf(schema, null)).toHaveLength(1);
    expect(issuesOf(schema, [1])).toHaveLength(1);
  });
});

describe("the 登记学时 form's first submit", () => {
  it("flags every required field at once, 学时 included", () => {
    expect(issuesOf(createEducationHoursBodySchema, { kind: "training", description: "" })).toEqual([
      "completedOn 不能为空",
      "description 不能为空",
      "hours 不能为空",
    ]);
  });

  it("refuses −5 hours and a future date together", () => {
    expect(
      issuesOf(createEducationHoursBodySchema, { completedOn: "2031-01-01", hours: -5, description: "培训" }),
    ).toEqual(["completedOn 不能晚于今天", "hours 须大于 0"]);
  });
});

describe("a social worker with several problems lists every one", () => {
  const valid = {
    name: "张三",
    idNumber: "11010519491231002X",
    phone: "13812345678",
    education: "bachelor",
    major: null,
    isSocialWorkMajor: false,
    qualificationLevel: "intermediate",
    certificateNumber: "C1",
    certificateDate: "2021-06-20",
    registrationDate: null,
    otherCertificates: [],
    employerKind: "platform",
    platformId: 1,
    socialOrganizationId: null,
    departmentId: null,
    position: null,
    domains: [],
    employmentStatus: "employed",
    isIntroducedTalent: false,
    joinedOn: null,
  };
  /** One wrong value per field, each wrong on its own terms (no rule ties two of them). */
  const wrong: Record<string, unknown> = {
    name: "<script>alert(1)</script>",
    idNumber: "123",
    phone: "123",
    education: "硕士",
    major: "专".repeat(51),
    isSocialWorkMajor: "否",
    qualificationLevel: "高级",
    certificateDate: "2031-01-01",
    registrationDate: "2024-02-30",
    otherCertificates: ["打麻将"],
    employerKind: "company",
    platformId: -1,
    position: "岗".repeat(51),
    domains: ["打麻将"],
    employmentStatus: "retired",
    isIntroducedTalent: "yes",
    joinedOn: "2031-01-01",
  };

  it("the issue's row: phone 123, 学历 硕士 and a 2031 发证日期 are three problems", () => {
    const input = { ...valid, phone: "123", education: "硕士", certificateDate: "2031-01-01" };
    expect(issuesOf(createSocialWorkerBodySchema, input)).toEqual([
      "phone 应为 11 位手机号码，以 13–19 开头",
      expect.stringMatching(/^education 取值无效/),
      "certificateDate 不能晚于今天",
    ]);
  });

  it("property: the fields reported are exactly the fields that are wrong", () => {
    expect(createSocialWorkerBodySchema.safeParse(valid).success).toBe(true);
    fc.assert(
      fc.property(fc.subarray(Object.keys(wrong), { minLength: 1 }), (fields) => {
        const input = { ...valid, ...Object.fromEntries(fields.map((field) => [field, wrong[field]])) };
        const reported = new Set(
          createSocialWorkerBodySchema.safeParse(input).error?.issues.map((issue) => String(issue.path[0])),
        );
        expect([...reported].sort()).toEqual([...fields].sort());
      }),
      { numRuns: 300 },
    );
  });
});
