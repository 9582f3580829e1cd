import { indicatorCatalogue, measureCatalogue } from "@xinqiao/shared";
import { describe, expect, it } from "vitest";
import { formatValue, indicatorsOfProblem, listLinkOf, panelOfBreakdown } from "./panels.ts";
import { chinaDateTime, chinaToday, kindOfPeriod, periodChoices } from "./periodChoices.ts";

describe("the dashboard's panels", () => {
  it("take their indicators from the catalogue: imbalance the composite ones and its own", () => {
    const imbalance = indicatorsOfProblem("imbalance").map((indicator) => indicator.code);
    expect(imbalance).toContain("workersPer10k");
    // A quality indicator that the composite index counts is compared in the imbalance table too.
    expect(imbalance).toContain("meanSatisfaction");
    expect(indicatorsOfProblem("quality").map((indicator) => indicator.code)).toContain("meanSatisfaction");
    expect(imbalance).not.toContain("socialWorkerCount");
    for (const problem of ["talent", "quality", "funding"] as const) {
      expect(indicatorsOfProblem(problem)).toEqual(
        indicatorCatalogue.filter((indicator) => indicator.problem === problem),
      );
    }
  });

  it("draw a stock's breakdown in the panel its indicators belong to, a flow's beside the trends", () => {
    expect(panelOfBreakdown({ measure: "socialWorkers" })).toBe("talent");
    expect(panelOfBreakdown({ measure: "serviceRecords" })).toBe("trends");
    for (const measure of measureCatalogue.filter((entry) => (entry.dimensions ?? []).length > 0)) {
      expect(["imbalance", "talent", "quality", "funding", "trends"]).toContain(
        panelOfBreakdown({ measure: measure.code }),
      );
    }
  });

  it("format a value with the indicator's decimals, and link to the unit's records", () => {
    expect(formatValue(1234.5678, 2, "zh-CN")).toBe("1,234.57");
    expect(formatValue(3, 1, "en-US")).toBe("3.0");
    expect(formatValue(null, 2, "zh-CN")).toBe("—");
    expect(formatValue(Number.NaN, 0, "zh-CN")).toBe("—");
    expect(listLinkOf("/social-workers", "330203001000")).toBe("/social-workers?regionCode=330203001000");
  });
});

describe("the period picker", () => {
  it("offers two years of months, two of quarters and three years, newest first", () => {
    const months = periodChoices("month", "2026-02-10");
    expect(months).toHaveLength(24);
    expect(months.slice(0, 3)).toEqual(["2026-02", "2026-01", "2025-12"]);
    expect(months.at(-1)).toBe("2024-03");
    expect(periodChoices("quarter", "2026-02-10").slice(0, 2)).toEqual(["2026-Q1", "2025-Q4"]);
    expect(periodChoices("year", "2026-02-10")).toEqual(["2026", "2025", "2024"]);
  });

  it("reads China's date and time, and the kind of a period from the address", () => {
    // 23:30 UTC on the 31st is the 1st in China.
    expect(chinaToday(new Date("2026-01-31T23:30:00Z"))).toBe("2026-02-01");
    expect(chinaDateTime("2026-11-30T07:59:00.000Z")).toBe("2026-11-30 15:59");
    expect(kindOfPeriod("2026-Q4")).toBe("quarter");
    expect(kindOfPeriod("2026-13")).toBeNull();
    expect(kindOfPeriod(null)).toBeNull();
  });
});
