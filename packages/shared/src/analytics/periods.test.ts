import { describe, expect, it } from "vitest";
import {
  lastDayOf,
  monthsBetween,
  monthsEndingWith,
  monthsOf,
  periodContaining,
  periodLabel,
  previousPeriod,
} from "./periods.ts";

describe("reporting periods", () => {
  it("covers its months and steps back", () => {
    expect(monthsOf("2026-Q4")).toEqual(["2026-10", "2026-11", "2026-12"]);
    expect(monthsOf("2026")).toHaveLength(12);
    expect(periodContaining("quarter", "2026-08-15")).toBe("2026-Q3");
    expect(previousPeriod("2026-01")).toBe("2025-12");
    expect(previousPeriod("2026-Q1")).toBe("2025-Q4");
    expect(monthsEndingWith("2026-02", 3)).toEqual(["2025-12", "2026-01", "2026-02"]);
    expect(monthsBetween("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthsBetween("2026-02", "2026-02")).toEqual(["2026-02"]);
    expect(monthsBetween("2026-03", "2026-02")).toEqual([]);
    expect(periodLabel("2026-Q4", "zh-CN")).toBe("2026年第4季度");
    expect(lastDayOf("2026-02")).toBe("2026-02-28");
    expect(lastDayOf("2028-Q1")).toBe("2028-03-31");
    expect(lastDayOf("2026")).toBe("2026-12-31");
    expect(periodLabel("2026-11", "en-US")).toBe("Nov 2026");
  });
});
