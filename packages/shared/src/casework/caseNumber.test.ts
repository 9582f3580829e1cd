import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseDistrictCode, formatCaseNumber, isCaseNumber, parseCaseNumber } from "./caseNumber.ts";

describe("case numbers", () => {
  it("formats the example of the issue", () => {
    expect(formatCaseNumber({ districtCode: "330203", year: 2026, sequence: 123 })).toBe(
      "GA330203-2026-000123",
    );
  });

  it("parses what it formats, for every district, year and sequence", () => {
    const parts = fc.record({
      districtCode: fc.stringMatching(/^\d{4}(0[1-9]|[1-9]\d)$/),
      year: fc.integer({ min: 2000, max: 2099 }),
      sequence: fc.integer({ min: 1, max: 999_999 }),
    });
    fc.assert(
      fc.property(parts, (p) => {
        expect(parseCaseNumber(formatCaseNumber(p))).toEqual(p);
      }),
    );
  });

  it("forgives the way staff type or paste a number", () => {
    expect(parseCaseNumber(" ga330203-2026-000123 ")).toEqual({
      districtCode: "330203",
      year: 2026,
      sequence: 123,
    });
    expect(parseCaseNumber("ＧＡ３３０２０３－２０２６－０００１２３")).toEqual({
      districtCode: "330203",
      year: 2026,
      sequence: 123,
    });
    expect(parseCaseNumber("GA330203 - 2026 - 000123")).not.toBeNull();
  });

  it.each([
    "",
    "GA330203-2026-123",
    "GB330203-2026-000123",
    "GA33020-2026-000123",
    "GA330203-26-000123",
    "GA330203-2026-000000",
    "GA330200-2026-000001",
    "GA330203-2026-0001234",
    "330203-2026-000123",
  ])("refuses %j", (text) => {
    expect(parseCaseNumber(text)).toBeNull();
    expect(isCaseNumber(text)).toBe(false);
  });

  it("refuses to format what it could not read back", () => {
    expect(() => formatCaseNumber({ districtCode: "33020", year: 2026, sequence: 1 })).toThrow();
    expect(() => formatCaseNumber({ districtCode: "330203", year: 2026, sequence: 0 })).toThrow();
    expect(() => formatCaseNumber({ districtCode: "330203", year: 2026, sequence: 1_000_000 })).toThrow();
  });

  it("takes the district from a case's region", () => {
    expect(caseDistrictCode("330203001001")).toBe("330203");
  });
});
