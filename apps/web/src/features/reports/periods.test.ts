import { describe, expect, it } from "vitest";
import { chinaDateTime, chinaToday, reportPeriodChoices } from "./periods.ts";

describe("the periods a report may be for", () => {
  it("start with the current period and step back", () => {
    expect(reportPeriodChoices("month", "2026-12-07").slice(0, 3)).toEqual(["2026-12", "2026-11", "2026-10"]);
    expect(reportPeriodChoices("month", "2026-12-07")).toHaveLength(24);
    expect(reportPeriodChoices("quarter", "2026-12-07").slice(0, 2)).toEqual(["2026-Q4", "2026-Q3"]);
    expect(reportPeriodChoices("year", "2026-01-01")).toEqual(["2026", "2025", "2024"]);
  });

  it("read dates and times in China whatever the browser's zone", () => {
    expect(chinaToday(new Date("2026-11-30T17:00:00Z"))).toBe("2026-12-01");
    expect(chinaDateTime("2026-11-30T07:59:00.000Z")).toBe("2026-11-30 15:59");
    expect(chinaDateTime(null)).toBe("—");
  });
});
