import { describe, expect, it } from "vitest";
import {
  createServiceRecordBodySchema,
  serviceMinutesOf,
  updateServiceRecordBodySchema,
} from "./serviceRecords.ts";

const body = {
  regionCode: "330203001001",
  serviceDate: "2024-05-06",
  method: "casework",
  type: "探访",
  domain: "养老服务",
  place: "服务对象家中",
  clientIds: [1],
  workerIds: [2],
};
type Parsed =
  | { success: true }
  | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
const problems = (
  input: unknown,
  schema: { safeParse(input: unknown): Parsed } = createServiceRecordBodySchema,
) => {
  const parsed = schema.safeParse(input);
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.map(String).join(".")}: ${issue.message}`);
};

describe("service record schema", () => {
  it("takes the minutes, or both times (then the minutes are their span)", () => {
    expect(problems({ ...body, minutes: 45 })).toEqual([]);
    expect(problems({ ...body, startTime: "09:00", endTime: "10:15" })).toEqual([]);
    expect(serviceMinutesOf({ startTime: "09:00", endTime: "10:15" })).toBe(75);
    expect(problems(body)).toEqual(["minutes: 未填开始、结束时间时必填"]);
    expect(problems({ ...body, startTime: "09:00" })).toEqual(["endTime: 开始时间与结束时间须同时填写"]);
    expect(problems({ ...body, startTime: "10:00", endTime: "09:00" })).toEqual(["endTime: 须晚于开始时间"]);
    expect(problems({ ...body, startTime: "09:00", endTime: "10:00", minutes: 30 })).toEqual([
      "minutes: 与开始、结束时间不一致（应为 60）",
    ]);
  });

  it("needs a region without a case, names each volunteer once with hours of at most a day", () => {
    const { regionCode: _, ...withoutRegion } = body;
    expect(problems({ ...withoutRegion, minutes: 30 })).toEqual(["regionCode: 未关联个案时必填"]);
    expect(problems({ ...withoutRegion, caseId: 7, minutes: 30 })).toEqual([]);
    expect(
      problems({
        ...body,
        minutes: 30,
        volunteers: [
          { volunteerId: 3, hours: 2 },
          { volunteerId: 3, hours: 1 },
        ],
      }),
    ).toEqual(["volunteers: 同一志愿者不能重复"]);
    expect(problems({ ...body, minutes: 30, volunteers: [{ volunteerId: 3, hours: 25 }] })).toEqual([
      "volunteers.0.hours: 单条服务记录不能超过 24 小时",
    ]);
  });

  it("lets a correction name only what changes, and never the volunteers", () => {
    expect(problems({ place: "社区活动室" }, updateServiceRecordBodySchema)).toEqual([]);
    expect(problems({ volunteers: [] }, updateServiceRecordBodySchema)).toHaveLength(1);
  });
});
