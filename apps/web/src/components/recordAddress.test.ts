import { describe, expect, it } from "vitest";
import { legacyRecordAddress, parseRecordId } from "./recordAddress.ts";

describe("parseRecordId", () => {
  it("reads a positive whole number", () => {
    expect(parseRecordId("12")).toBe(12);
    expect(parseRecordId("9007199254740991")).toBe(9007199254740991);
  });

  it("is null for anything that names no record", () => {
    for (const param of [undefined, null, "", "0", "-3", "012", "1.5", "12abc", "abc", " 12", "1e3"]) {
      expect(parseRecordId(param), String(param)).toBeNull();
    }
    expect(parseRecordId("9999999999999999"), "beyond a safe integer").toBeNull();
  });
});

describe("legacyRecordAddress", () => {
  it("leads an old drawer address to the record's page", () => {
    expect(legacyRecordAddress("/platforms", "?platform=12", "platform")).toBe("/platforms/12");
    expect(legacyRecordAddress("/social-organizations", "?organization=7", "organization")).toBe(
      "/social-organizations/7",
    );
    expect(legacyRecordAddress("/social-workers/", "?worker=3", "worker")).toBe("/social-workers/3");
  });

  it("drops the list's parameters that came with it", () => {
    expect(legacyRecordAddress("/platforms", "?q=nm&kind=station&platform=12&page=2", "platform")).toBe(
      "/platforms/12",
    );
  });

  it("leaves the list alone when no record is named", () => {
    expect(legacyRecordAddress("/platforms", "", "platform")).toBeNull();
    expect(legacyRecordAddress("/platforms", "?q=nm&tab=coverage", "platform")).toBeNull();
    expect(legacyRecordAddress("/platforms", "?platform=", "platform")).toBeNull();
    expect(legacyRecordAddress("/platforms", "?platform=abc", "platform")).toBeNull();
    expect(legacyRecordAddress("/social-workers", "?platform=12", "worker"), "another list's key").toBeNull();
  });
});
