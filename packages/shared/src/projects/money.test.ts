import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatFen, formatRate, parseYuan, rateBasisPoints, sumFen } from "./money.ts";

describe("money in 分", () => {
  it("parses what a user types in 元 exactly, and refuses what is not an amount", () => {
    expect(parseYuan("12.34")).toBe(1234);
    expect(parseYuan("0.29")).toBe(29);
    expect(parseYuan("12.3")).toBe(1230);
    expect(parseYuan(" 1,234.5 ")).toBe(123450);
    expect(parseYuan("12")).toBe(1200);
    for (const bad of ["", "1.234", "-1", "abc", "1e3", ".5", "12."]) expect(parseYuan(bad)).toBeNull();
  });

  it("formats 分 as 元 with two decimals, grouped on demand", () => {
    expect(formatFen(1234)).toBe("12.34");
    expect(formatFen(5)).toBe("0.05");
    expect(formatFen(-5)).toBe("-0.05");
    expect(formatFen(123456789, { grouped: true })).toBe("1,234,567.89");
  });

  it("formatting then parsing any amount gives it back to the 分", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (fen) => {
        expect(parseYuan(formatFen(fen))).toBe(fen);
        expect(parseYuan(formatFen(fen, { grouped: true }))).toBe(fen);
      }),
    );
  });

  it("rates in basis points, rounded half up from integers; none without a base", () => {
    expect(rateBasisPoints(1, 3)).toBe(3333);
    expect(rateBasisPoints(2, 3)).toBe(6667);
    expect(rateBasisPoints(1, 20000)).toBe(1); // 0.5 bp rounds up
    expect(rateBasisPoints(150, 100)).toBe(15000);
    expect(rateBasisPoints(5, 0)).toBeNull();
    expect(formatRate(8765)).toBe("87.65%");
    expect(formatRate(null)).toBe("—");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 1, max: 1e12 }), (part, whole) => {
        const bp = rateBasisPoints(part, whole) ?? Number.NaN;
        // |bp − exact| ≤ ½ bp, checked in integers: |2·bp·whole − 20000·part| ≤ whole.
        const gap = 2n * BigInt(bp) * BigInt(whole) - 20000n * BigInt(part);
        expect(gap <= BigInt(whole) && gap > -BigInt(whole)).toBe(true);
      }),
    );
  });

  it("sums refuse fractions", () => {
    expect(sumFen([1, 2, 3])).toBe(6);
    expect(() => sumFen([1.5])).toThrow();
  });
});
