import { createCourseBodySchema } from "@xinqiao/shared";
import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import { courseBodyOf, initialCourseValues } from "./courseForm.ts";

describe("the course form", () => {
  const filled = {
    ...initialCourseValues(null),
    name: " 督导能力提升班 ",
    organizer: "南门街道社会工作服务站",
    regionCode: "330203001000",
    startDate: dayjs("2026-11-10"),
    endDate: dayjs("2026-11-12"),
    hours: 6,
    capacity: 30,
    sessions: [{ date: dayjs("2026-11-10"), startTime: "09:00", endTime: "12:00", topic: "个案督导" }],
  };

  it("sends what the server's schema accepts, dates as YYYY-MM-DD and text trimmed", () => {
    const body = courseBodyOf(filled);
    expect(createCourseBodySchema.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({
      name: "督导能力提升班",
      startDate: "2026-11-10",
      sessions: [{ date: "2026-11-10" }],
    });
  });

  it("leaves an empty field out so the schema names it, and a session outside the dates is refused on its field", () => {
    const body = courseBodyOf({
      ...filled,
      hours: null,
      sessions: [{ date: dayjs("2026-12-01"), startTime: "09:00", endTime: "12:00", topic: "伦理" }],
    });
    const result = createCourseBodySchema.safeParse(body);
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join(".")) ?? [];
    expect(paths).toEqual(expect.arrayContaining(["hours", "sessions.0.date"]));
  });
});
