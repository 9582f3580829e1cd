import { describe, expect, it } from "vitest";
import {
  isWithinRegion,
  parentRegionCode,
  regionLevelOf,
  regionPathCodes,
  regionRange,
  significantPrefix,
  toRegionCode,
} from "./regionCode.ts";

describe("region codes", () => {
  it("derives the level from the 12-digit code", () => {
    expect(regionLevelOf("330200000000")).toBe("city");
    expect(regionLevelOf("330203000000")).toBe("district");
    expect(regionLevelOf("330203001000")).toBe("street");
    expect(regionLevelOf("330203001001")).toBe("community");
  });

  it("finds parents and significant prefixes", () => {
    expect(parentRegionCode("330203001001")).toBe("330203001000");
    expect(parentRegionCode("330203001000")).toBe("330203000000");
    expect(parentRegionCode("330203000000")).toBe("330200000000");
    expect(parentRegionCode("330200000000")).toBeNull();
    expect(significantPrefix("330203000000")).toBe("330203");
    expect(toRegionCode("330203001")).toBe("330203001000");
  });

  it("treats a subtree as a prefix and as an inclusive range", () => {
    expect(isWithinRegion("330203001001", "330203000000")).toBe(true);
    expect(isWithinRegion("330205001001", "330203000000")).toBe(false);
    expect(isWithinRegion("330203002001", "330203001000")).toBe(false);
    expect(regionRange("330203000000")).toEqual({ low: "330203000000", high: "330203999999" });
  });

  it("names a record's breadcrumb from the district down", () => {
    expect(regionPathCodes("330203001001")).toEqual(["330203000000", "330203001000", "330203001001"]);
    expect(regionPathCodes("330203000000")).toEqual(["330203000000"]);
    expect(regionPathCodes("330200000000")).toEqual([]);
    expect(regionPathCodes("330203000001")).toEqual(["330203000000", "330203000001"]);
  });
});
