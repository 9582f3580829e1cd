import { describe, expect, it } from "vitest";
import "../zodLocale.ts";
import {
  hasPeriodBegun,
  isReportEditable,
  isReportOnTime,
  reportDueOn,
  reportStatuses,
  reportTransitionNames,
  reportTransitionRefusal,
  reportTransitions,
  showsSnapshot,
} from "./reportLifecycle.ts";
import { createPeriodicReportBodySchema, updatePeriodicReportBodySchema } from "./reportSchemas.ts";

describe("the periodic report's lifecycle", () => {
  it("submits a draft or a returned report; approves or returns only a submitted one", () => {
    const allowed = (status: (typeof reportStatuses)[number]) =>
      reportTransitionNames.filter((name) => reportTransitionRefusal(name, status) === null);
    expect(allowed("draft")).toEqual(["submit"]);
    expect(allowed("returned")).toEqual(["submit"]);
    expect(allowed("submitted")).toEqual(["approve", "return"]);
    expect(allowed("approved")).toEqual([]);
    expect(reportTransitionRefusal("approve", "draft")).toBe("只有已提交的报表可以审核通过");
    expect(reportTransitions.return.needsReason).toBe(true);
  });

  it("locks the manual fields once submitted and keeps the snapshot from then on", () => {
    expect(reportStatuses.filter(isReportEditable)).toEqual(["draft", "returned"]);
    expect(reportStatuses.filter(showsSnapshot)).toEqual(["submitted", "approved"]);
  });

  it("falls due on the 10th after a month, the 15th after a quarter, 31 January after a year", () => {
    expect(reportDueOn("2026-11")).toBe("2026-12-10");
    expect(reportDueOn("2026-12")).toBe("2027-01-10");
    expect(reportDueOn("2026-Q3")).toBe("2026-10-15");
    expect(reportDueOn("2026-Q4")).toBe("2027-01-15");
    expect(reportDueOn("2026")).toBe("2027-01-31");
    expect(isReportOnTime("2026-11", "2026-12-10")).toBe(true);
    expect(isReportOnTime("2026-11", "2026-12-11")).toBe(false);
  });

  it("is written about a period that has begun", () => {
    expect(hasPeriodBegun("2026-12", "2026-12-01")).toBe(true);
    expect(hasPeriodBegun("2027-01", "2026-12-31")).toBe(false);
    expect(hasPeriodBegun("2026-Q4", "2026-10-01")).toBe(true);
    expect(hasPeriodBegun("2027", "2026-12-31")).toBe(false);
  });

  it("names the field in its messages: a district, a period, text within its limit", () => {
    const refused = createPeriodicReportBodySchema.safeParse({
      regionCode: "330203001000",
      period: "2026-13",
      narrative: "x".repeat(3001),
    });
    const messages = Object.fromEntries(
      (refused.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]),
    );
    expect(messages).toEqual({
      regionCode: "须为区（县）",
      period: "请选择月份、季度或年度",
      narrative: "长度不能超过 3000 个字符",
    });
    expect(
      createPeriodicReportBodySchema.safeParse({ regionCode: "330203000000" }).error?.issues[0]?.message,
    ).toBe("请选择统计期");
    const text = updatePeriodicReportBodySchema.safeParse({
      narrative: "第一段\n第二段\t缩进",
      highlights: "",
      problems: "bell\u0007",
    });
    expect(text.error?.issues.map((issue) => issue.path.join("."))).toEqual(["problems"]);
  });
});
