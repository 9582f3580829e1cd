import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  coefficientOfVariation,
  compositeIndex,
  herfindahlIndex,
  isShortBoard,
  median,
  normalised,
  ranksOf,
  ratioTo,
} from "./statistics.ts";

describe("dashboard statistics, on hand-computed figures", () => {
  it("median, ratio to the median and coefficient of variation", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null, 5])).toBe(5);
    expect(median([])).toBeNull();
    expect(ratioTo(3, 2)).toBe(1.5);
    expect(ratioTo(3, 0)).toBeNull();
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, population standard deviation 2.
    expect(coefficientOfVariation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(0.4);
    expect(coefficientOfVariation([7])).toBeNull();
    expect(coefficientOfVariation([0, 0])).toBeNull();
  });

  it("短板: below 60 % of the median, or above it by as much where lower is better", () => {
    expect(isShortBoard(5.9, 10, "higherIsBetter")).toBe(true);
    expect(isShortBoard(6, 10, "higherIsBetter")).toBe(false);
    expect(isShortBoard(16.7, 10, "lowerIsBetter")).toBe(true);
    expect(isShortBoard(16.6, 10, "lowerIsBetter")).toBe(false);
    expect(isShortBoard(null, 10, "higherIsBetter")).toBe(false);
    expect(isShortBoard(0, 0, "higherIsBetter")).toBe(false);
  });

  it("the composite index: mean of direction-aware min–max normalised values × 100", () => {
    // Units A, B, C. Indicator 1 (higher better): 10, 20, 30 → 0, 0.5, 1.
    // Indicator 2 (lower better): 5, 1, 3 → 0, 1, 0.5.
    const index = compositeIndex(
      [
        { values: [10, 20, 30], direction: "higherIsBetter" },
        { values: [5, 1, 3], direction: "lowerIsBetter" },
      ],
      3,
    );
    expect(index).toEqual([0, 75, 75]);
    expect(ranksOf(index)).toEqual([3, 1, 1]);
    // A unit without a value is left out of that indicator's mean.
    expect(compositeIndex([{ values: [1, null], direction: "higherIsBetter" }], 2)).toEqual([100, null]);
    expect(normalised([4, 4], "higherIsBetter")).toEqual([1, 1]);
  });

  it("the composite index stays within 0–100 and the best unit on every indicator scores 100 (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }).chain((units) =>
          fc.array(
            fc.record({
              values: fc.array(fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: null }), {
                minLength: units,
                maxLength: units,
              }),
              direction: fc.constantFrom("higherIsBetter" as const, "lowerIsBetter" as const),
            }),
            { minLength: 1, maxLength: 6 },
          ),
        ),
        (rows) => {
          const units = rows[0]?.values.length ?? 0;
          for (const value of compositeIndex(rows, units)) {
            if (value !== null) {
              expect(value).toBeGreaterThanOrEqual(0);
              expect(value).toBeLessThanOrEqual(100 + 1e-9);
            }
          }
        },
      ),
    );
  });

  it("Herfindahl index of funding shares: 1 for one source, 1/n for n equal ones", () => {
    expect(herfindahlIndex([500])).toBe(1);
    expect(herfindahlIndex([100, 100, 100, 100])).toBeCloseTo(0.25);
    // Shares 0.6, 0.3, 0.1: 0.36 + 0.09 + 0.01.
    expect(herfindahlIndex([600, 300, 100])).toBeCloseTo(0.46);
    expect(herfindahlIndex([])).toBeNull();
  });
});
