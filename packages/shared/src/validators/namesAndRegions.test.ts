import { describe, expect, it } from "vitest";
import type { z } from "zod";
// Through the package entry, which installs the zh-CN messages as the server and web see them.
import {
  createSocialOrganizationBodySchema,
  createUserBodySchema,
  createVolunteerTeamBodySchema,
  nameCharacterProblem,
  personNameSchema,
  recordNameSchema,
  regionCodeSchema,
} from "../index.ts";

const messagesOf = (schema: z.ZodType, input: unknown) =>
  schema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];

describe("names hold no markup and no control characters", () => {
  it.each([
    ["<script>alert(1)</script>", "不能包含“<”或“>”"],
    ["张三>", "不能包含“<”或“>”"],
    ["张\t三", "不能包含换行、制表符等控制字符"],
    ["张\n三", "不能包含换行、制表符等控制字符"],
    ["张\u0000三", "不能包含换行、制表符等控制字符"],
    ["张\u007f三", "不能包含换行、制表符等控制字符"],
  ])("refuses %j with a reason", (name, reason) => {
    expect(nameCharacterProblem(name)).toBe(reason);
    expect(messagesOf(personNameSchema(), name)).toEqual([reason]);
    expect(messagesOf(recordNameSchema(100), `海曙${name}`)).toEqual([reason]);
  });

  it.each(["张三", "欧阳·娜娜", "Zhang San", "李四（小）", "宁波市海曙区“阳光”社工服务中心", "A&B 社工站"])(
    "accepts %s",
    (name) => {
      expect(nameCharacterProblem(name)).toBeNull();
      expect(personNameSchema().safeParse(name).success).toBe(true);
    },
  );

  it("trims what a paste leaves around a name before looking", () => {
    expect(personNameSchema().parse("  张三\n")).toBe("张三");
  });
});

describe("a region is chosen, so its messages speak of choosing", () => {
  const region = regionCodeSchema("所属区划");

  it("asks to choose one when none was", () => {
    expect(messagesOf(region, undefined)).toEqual(["请选择所属区划"]);
    expect(messagesOf(region, null)).toEqual(["请选择所属区划"]);
    expect(messagesOf(region, "")).toEqual(["请选择所属区划"]);
  });

  it("never speaks of the code's format", () => {
    expect(messagesOf(region, "3302")).toEqual(["不是有效的区划，请重新选择"]);
  });

  it("says which levels fit, once", () => {
    const team = createVolunteerTeamBodySchema.shape.regionCode;
    expect(messagesOf(team, "330200000000")).toEqual(["须为区（县）及以下"]);
    expect(messagesOf(team, "")).toEqual(["请选择所属区划"]);
  });

  it("in the registries' and users' schemas", () => {
    const organization = createSocialOrganizationBodySchema.safeParse({}).error?.issues;
    expect(organization?.find((issue) => issue.path[0] === "regionCode")?.message).toBe("请选择所属区划");
    expect(createUserBodySchema.shape.regionCode.safeParse("").error?.issues[0]?.message).toBe(
      "请选择所属区划",
    );
  });
});
