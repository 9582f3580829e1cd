import { describe, expect, it } from "vitest";
// Through the package entry, which installs the zh-CN messages as the server and web see them.
import {
  createEducationHoursBodySchema,
  creditedEducationHoursOf,
  degreeEducationHours,
  educationHourKinds,
  educationHoursStatusOf,
} from "../index.ts";

// Registered 2020-05-10: on 2026-11-30 the current cycle is 2026-05-10 … 2029-05-10.
const registered = "2020-05-10";
const today = "2026-11-30";

describe("continuing education: a completed degree counts 90 h", () => {
  it("names both kinds in zh-CN and credits a degree 90 h whatever hours were typed", () => {
    expect(educationHourKinds).toEqual({
      training: "培训（继续教育）",
      degree: "学历教育（取得学历/学位）",
    });
    expect(degreeEducationHours).toBe(90);
    expect(creditedEducationHoursOf({ kind: "degree", hours: 3 })).toBe(90);
    expect(creditedEducationHoursOf({ kind: "degree" })).toBe(90);
    expect(creditedEducationHoursOf({ kind: "training", hours: 12.5 })).toBe(12.5);
    // Entries recorded before kinds existed are training.
    expect(creditedEducationHoursOf({ hours: 8 })).toBe(8);
  });

  it("meets the 90 h requirement of a 社会工作师 with a degree completed in the cycle alone", () => {
    const records = [{ completedOn: "2026-07-01", hours: 0, kind: "degree" as const }];
    expect(educationHoursStatusOf("intermediate", registered, records, today)).toEqual({
      cycleStart: "2026-05-10",
      cycleEnd: "2029-05-10",
      completedHours: 90,
      requiredHours: 90,
      isMet: true,
    });
    expect(educationHoursStatusOf("senior", registered, records, today)?.isMet).toBe(true);
    expect(educationHoursStatusOf("assistant", registered, records, today)).toMatchObject({
      completedHours: 90,
      requiredHours: 72,
      isMet: true,
    });
  });

  it("does not count a degree completed outside the current cycle", () => {
    const records = [
      { completedOn: "2026-05-09", hours: 90, kind: "degree" as const }, // last day of the previous cycle
      { completedOn: "2026-06-01", hours: 20, kind: "training" as const },
    ];
    expect(educationHoursStatusOf("intermediate", registered, records, today)).toMatchObject({
      completedHours: 20,
      isMet: false,
    });
  });

  it("still adds up training hours, with or without a degree beside them", () => {
    const training = [
      { completedOn: "2026-05-10", hours: 40, kind: "training" as const },
      { completedOn: "2026-08-01", hours: 32.5 },
    ];
    expect(educationHoursStatusOf("assistant", registered, training, today)).toMatchObject({
      completedHours: 72.5,
      isMet: true,
    });
    expect(educationHoursStatusOf("intermediate", registered, training, today)?.isMet).toBe(false);
    const withDegree = [...training, { completedOn: "2026-09-01", hours: 1, kind: "degree" as const }];
    expect(educationHoursStatusOf("intermediate", registered, withDegree, today)).toMatchObject({
      completedHours: 162.5,
      isMet: true,
    });
  });
});

describe("the education-hours request", () => {
  const issuesOf = (input: unknown) => {
    const result = createEducationHoursBodySchema.safeParse(input);
    return result.success
      ? []
      : result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
  };

  it("defaults to training, which needs its hours", () => {
    const parsed = createEducationHoursBodySchema.parse({
      completedOn: "2026-01-01",
      hours: 8,
      description: "个案管理专题培训",
    });
    expect(parsed.kind).toBe("training");
    expect(issuesOf({ completedOn: "2026-01-01", description: "培训" })).toEqual(["hours 不能为空"]);
    expect(
      issuesOf({ kind: "training", completedOn: "2026-01-01", hours: 0.3, description: "培训" }),
    ).toEqual(["hours 须为 0.5 的整数倍"]);
  });

  it("takes a degree without hours, and ignores hours typed for one", () => {
    expect(issuesOf({ kind: "degree", completedOn: "2026-06-30", description: "社会工作硕士学位" })).toEqual(
      [],
    );
    expect(
      issuesOf({ kind: "degree", completedOn: "2026-06-30", hours: 0.3, description: "社会工作硕士学位" }),
    ).toEqual([]);
    expect(issuesOf({ kind: "diploma", completedOn: "2026-06-30", description: "x" })).toEqual([
      "kind 取值无效，可选值：training、degree",
    ]);
  });
});
