import { describe, expect, it } from "vitest";
import { isoDateSchema, isRealIsoDate } from "./isoDate.ts";

const messagesOf = (value: unknown) => isoDateSchema.safeParse(value).error?.issues.map((i) => i.message);

describe("isoDateSchema", () => {
  it.each(["2024-02-29", "2023-12-31", "2000-02-29", "1999-01-01"])("accepts the real date %s", (value) => {
    expect(isRealIsoDate(value)).toBe(true);
    expect(isoDateSchema.parse(value)).toBe(value);
  });

  it.each(["2023-02-30", "2023-02-29", "1900-02-29", "2023-04-31", "2023-13-01", "2023-00-10", "2023-01-00"])(
    "refuses the impossible date %s with one message",
    (value) => {
      expect(isRealIsoDate(value)).toBe(false);
      expect(messagesOf(value)).toEqual(["不是有效日期"]);
    },
  );

  it("reports a malformed value once, as a format problem", () => {
    expect(messagesOf("2023/02/03")).toEqual(["日期格式应为 YYYY-MM-DD"]);
    expect(messagesOf("2023-2-3")).toEqual(["日期格式应为 YYYY-MM-DD"]);
    expect(messagesOf("")).toEqual(["日期格式应为 YYYY-MM-DD"]);
  });

  it("trims what a form or a paste leaves around the date", () => {
    expect(isoDateSchema.parse(" 2024-03-01 ")).toBe("2024-03-01");
  });
});
