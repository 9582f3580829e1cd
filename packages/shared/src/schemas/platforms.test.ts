import { describe, expect, it } from "vitest";
// Through the package entry, which installs the zh-CN messages as the server and web see them.
import { createPlatformBodySchema, updatePlatformBodySchema } from "../index.ts";

const body = {
  kind: "room",
  name: "测试社区社会工作服务室",
  regionCode: "330203001001",
  facilities: [],
  openedOn: "2024-03-01",
  status: "operating",
};
const issuesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join(".")} ${i.message}`);

describe("platform body", () => {
  it("refuses an opening date that is not on the calendar, on create and on edit", () => {
    expect(issuesOf(createPlatformBodySchema.safeParse({ ...body, openedOn: "2023-02-30" }))).toEqual([
      "openedOn 不是有效日期",
    ]);
    expect(issuesOf(updatePlatformBodySchema.safeParse({ openedOn: "2023-02-30" }))).toEqual([
      "openedOn 不是有效日期",
    ]);
    expect(createPlatformBodySchema.safeParse({ ...body, openedOn: "2024-02-29" }).success).toBe(true);
  });

  it("calls a blank name missing, and a one-character name too short", () => {
    expect(issuesOf(createPlatformBodySchema.safeParse({ ...body, name: "  " }))).toEqual(["name 不能为空"]);
    expect(issuesOf(createPlatformBodySchema.safeParse({ ...body, name: "甲" }))).toEqual([
      "name 至少 2 个字符",
    ]);
  });
});
