import {
  createSocialWorkerBodySchema,
  educationCycleOf,
  educationHoursStatusOf,
  isCompositeTalent,
  isHighLevelTalent,
  professionalCertificateCount,
  registrationExpiryOf,
  registrationExpiryStatusOf,
} from "@xinqiao/shared";
import { describe, expect, it } from "vitest";
import { validIdNumber, workerBody, wrongCheckIdNumber } from "./socialWorkers.testing.ts";

describe("derived facts of a social worker", () => {
  it("registration expires 3 years after the registration date", () => {
    expect(registrationExpiryOf("2024-03-01")).toBe("2027-03-01");
    expect(registrationExpiryOf("2024-02-29")).toBe("2027-02-28");
    expect(registrationExpiryOf(null)).toBeNull();
  });

  it("flags a registration ending within 90 days, and an expired one", () => {
    expect(registrationExpiryStatusOf("2027-02-28", "2026-11-30")).toEqual({
      daysUntilExpiry: 90,
      isExpired: false,
      isExpiringSoon: true,
    });
    expect(registrationExpiryStatusOf("2027-03-01", "2026-11-30").isExpiringSoon).toBe(false);
    expect(registrationExpiryStatusOf("2026-11-30", "2026-11-30")).toMatchObject({
      isExpiringSoon: true,
      isExpired: false,
    });
    expect(registrationExpiryStatusOf("2026-11-29", "2026-11-30")).toMatchObject({
      isExpiringSoon: false,
      isExpired: true,
    });
  });

  it("rolls the continuing-education cycle in 3-year steps from the registration date", () => {
    expect(educationCycleOf("2024-03-01", "2026-11-30")).toEqual({ start: "2024-03-01", end: "2027-03-01" });
    expect(educationCycleOf("2020-05-10", "2026-11-30")).toEqual({ start: "2026-05-10", end: "2029-05-10" });
    expect(educationCycleOf("2020-05-10", "2023-05-10")).toEqual({ start: "2023-05-10", end: "2026-05-10" });
    expect(educationCycleOf("2020-05-10", "2023-05-09")).toEqual({ start: "2020-05-10", end: "2023-05-10" });
    expect(educationCycleOf(null, "2026-11-30")).toBeNull();
    expect(educationCycleOf("2027-01-01", "2026-11-30")).toBeNull();
  });

  it("counts the hours of the current cycle only, against 72 h (助理) or 90 h (社会工作师 and above)", () => {
    const records = [
      { completedOn: "2026-04-30", hours: 30 }, // previous cycle
      { completedOn: "2026-05-10", hours: 40 },
      { completedOn: "2026-11-01", hours: 32.5 },
    ];
    expect(educationHoursStatusOf("assistant", "2020-05-10", records, "2026-11-30")).toEqual({
      cycleStart: "2026-05-10",
      cycleEnd: "2029-05-10",
      completedHours: 72.5,
      requiredHours: 72,
      isMet: true,
    });
    expect(educationHoursStatusOf("senior", "2020-05-10", records, "2026-11-30")).toMatchObject({
      requiredHours: 90,
      isMet: false,
    });
    expect(educationHoursStatusOf("none", "2020-05-10", records, "2026-11-30")).toBeNull();
    expect(educationHoursStatusOf("intermediate", null, records, "2026-11-30")).toBeNull();
  });

  it("counts the social work qualification as one professional certificate for composite talent", () => {
    expect(professionalCertificateCount("intermediate", ["心理咨询师"])).toBe(2);
    expect(isCompositeTalent("intermediate", ["心理咨询师"])).toBe(true);
    expect(isCompositeTalent("assistant", [])).toBe(false);
    expect(isCompositeTalent("none", ["心理咨询师"])).toBe(false);
    expect(isCompositeTalent("none", ["心理咨询师", "律师"])).toBe(true);
  });

  it("counts 高级社会工作师 or a master's degree and above as high-level talent", () => {
    expect(isHighLevelTalent("senior", "bachelor")).toBe(true);
    expect(isHighLevelTalent("none", "master")).toBe(true);
    expect(isHighLevelTalent("assistant", "doctorate")).toBe(true);
    expect(isHighLevelTalent("intermediate", "bachelor")).toBe(false);
  });
});

describe("the shared create schema (the web form uses the same one)", () => {
  const body = (overrides: Record<string, unknown>) => workerBody({ platformId: 1, ...overrides });
  const messagesOf = (input: unknown) => {
    const result = createSocialWorkerBodySchema.safeParse(input);
    return result.success
      ? []
      : result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
  };

  it("accepts a complete worker and gives zh-CN messages on the ID number field", () => {
    expect(messagesOf(body({}))).toEqual([]);
    expect(messagesOf(body({ idNumber: wrongCheckIdNumber("330203", "19900101", "123") }))).toEqual([
      "idNumber 校验位不正确，请核对号码",
    ]);
    expect(messagesOf(body({ idNumber: "33020319900101" }))).toEqual([
      "idNumber 应为 18 位（或 15 位旧号码），当前 14 位",
    ]);
    expect(messagesOf(body({ idNumber: validIdNumber("330203", "20990101", "123") }))).toEqual([
      "idNumber 出生日期不能晚于今天",
    ]);
  });

  it("checks the fields against each other", () => {
    expect(messagesOf(body({ employerKind: "organization" }))).toEqual([
      "socialOrganizationId 请选择社会组织",
    ]);
    expect(messagesOf(body({ certificateDate: null }))).toEqual(["certificateDate 持证人员须填写发证日期"]);
    expect(messagesOf(body({ otherCertificates: ["律师", "律师"] }))).toEqual([
      "otherCertificates 不能重复选择",
    ]);
    expect(messagesOf(body({ certificateDate: "2023-02-30" }))).toEqual(["certificateDate 不是有效日期"]);
  });
});
