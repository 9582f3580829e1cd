import { describe, expect, it } from "vitest";
import { todayInChina } from "./clock.ts";

describe("todayInChina", () => {
  it("is already tomorrow's date in China from 16:00 UTC", () => {
    expect(todayInChina(new Date("2026-11-30T15:59:59Z"))).toBe("2026-11-30");
    expect(todayInChina(new Date("2026-11-30T16:00:00Z"))).toBe("2026-12-01");
  });
});
