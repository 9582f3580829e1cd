import { describe, expect, it } from "vitest";
// Through the package entry, which installs the zh-CN messages as the server and web see them.
import {
  createSocialOrganizationBodySchema,
  creditCodeCheckCharacter,
  updateSocialOrganizationBodySchema,
} from "../index.ts";

const first17 = "52330203MJ0000001";
const body = {
  name: "海曙区测试社会工作服务中心",
  creditCode: first17 + creditCodeCheckCharacter(first17),
  orgType: "社会服务机构",
  registeringAuthority: "宁波市海曙区民政局",
  registeredOn: "2020-05-01",
  domains: [],
  staffCount: 12,
  status: "active",
  regionCode: "330203000000",
};
const issuesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join(".")} ${i.message}`);

describe("social organization body", () => {
  it("refuses a registration date that is not on the calendar, on create and on edit", () => {
    expect(
      issuesOf(createSocialOrganizationBodySchema.safeParse({ ...body, registeredOn: "2023-02-30" })),
    ).toEqual(["registeredOn 不是有效日期"]);
    expect(issuesOf(updateSocialOrganizationBodySchema.safeParse({ registeredOn: "2023-02-30" }))).toEqual([
      "registeredOn 不是有效日期",
    ]);
    expect(createSocialOrganizationBodySchema.safeParse(body).success).toBe(true);
  });

  it("calls a blank name missing, and a one-character name too short", () => {
    expect(issuesOf(createSocialOrganizationBodySchema.safeParse({ ...body, name: "" }))).toEqual([
      "name 不能为空",
    ]);
    expect(issuesOf(createSocialOrganizationBodySchema.safeParse({ ...body, name: "甲" }))).toEqual([
      "name 至少 2 个字符",
    ]);
  });

  it("still checks the credit code when the name and the date are wrong too", () => {
    const wrong = { ...body, name: "", registeredOn: "2023-02-30", creditCode: "12345" };
    expect(issuesOf(createSocialOrganizationBodySchema.safeParse(wrong))).toEqual([
      "name 不能为空",
      "registeredOn 不是有效日期",
      "creditCode 应为 18 位，当前 5 位",
    ]);
  });
});
