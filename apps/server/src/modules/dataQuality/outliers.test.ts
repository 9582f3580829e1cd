import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { madOutliers, medianAbsoluteDeviation } from "./outliers.ts";

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const unitValues = fc.array(fc.option(finite, { nil: null, freq: 5 }), { minLength: 0, maxLength: 30 });
const mads = fc.double({ min: 1, max: 10, noNaN: true });

describe("MAD outliers", () => {
  it("flags by hand: the median 12, MAD 1, a district at 50 is 38 MADs out", () => {
    expect(medianAbsoluteDeviation([10, 11, 12, 13, 50])).toEqual({ median: 12, mad: 1 });
    expect(madOutliers([10, 11, 12, 13, 50], 3)).toEqual([
      { index: 4, value: 50, median: 12, mad: 1, deviation: 38 },
    ]);
    // 15 lies 3 MADs out: not more than 3.
    expect(madOutliers([10, 11, 12, 13, 15], 3)).toEqual([]);
    expect(madOutliers([10, null, 11, 12, 13, 50], 3).map((o) => o.index)).toEqual([5]);
  });

  it("flags exactly the values further than k MADs from the median (property)", () => {
    fc.assert(
      fc.property(unitValues, mads, (values, k) => {
        const known = values.filter((value): value is number => value !== null);
        const flagged = new Set(madOutliers(values, k).map((outlier) => outlier.index));
        const spread = medianAbsoluteDeviation(known);
        values.forEach((value, index) => {
          const expected =
            value !== null &&
            known.length >= 3 &&
            spread !== null &&
            spread.mad > 0 &&
            Math.abs(value - spread.median) / spread.mad > k;
          expect(flagged.has(index), `value ${value}`).toBe(expected);
        });
      }),
    );
  });

  it("never flags the median itself, nor more than half the units (property)", () => {
    fc.assert(
      fc.property(unitValues, mads, (values, k) => {
        const known = values.filter((value): value is number => value !== null);
        const outliers = madOutliers(values, k);
        // At least half the values lie within 1 MAD of the median, so with k ≥ 1 they stay.
        expect(outliers.length).toBeLessThanOrEqual(Math.floor(known.length / 2));
        const spread = medianAbsoluteDeviation(known);
        for (const outlier of outliers) expect(outlier.value).not.toBe(spread?.median);
      }),
    );
  });

  it("does not change when every value is shifted or scaled by a positive factor (property)", () => {
    const integers = fc.array(fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null, freq: 5 }), {
      maxLength: 25,
    });
    fc.assert(
      fc.property(
        integers,
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: 1, max: 50 }),
        (values, shift, factor) => {
          const moved = values.map((value) => (value === null ? null : value * factor + shift));
          const indices = (list: (number | null)[]) => madOutliers(list, 3).map((outlier) => outlier.index);
          expect(indices(moved)).toEqual(indices(values));
        },
      ),
    );
  });

  it("flags a value placed far enough from a spread-out majority, and keeps quiet below 3 units or with a MAD of 0", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 15 }),
        fc.integer({ min: 1, max: 10 }),
        (base, k) => {
          const spread = medianAbsoluteDeviation(base);
          if (!spread || spread.mad === 0) return;
          // Adding one value moves the median by at most one rank: 10× the range is far beyond k MADs.
          const far = Math.max(...base) + 10 * (Math.max(...base) - Math.min(...base) + 1) * k;
          const outliers = madOutliers([...base, far], k);
          expect(outliers.map((outlier) => outlier.index)).toContain(base.length);
        },
      ),
    );
    expect(madOutliers([1, 1000], 3)).toEqual([]);
    expect(madOutliers([5, 5, 5, 5, 900], 3)).toEqual([]);
  });
});
