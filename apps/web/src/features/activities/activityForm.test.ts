import { createActivityBodySchema } from "@xinqiao/shared";
import { describe, expect, it } from "vitest";
import { activityBodyOf, initialActivityValues } from "./activityForm.ts";

const filled = {
  ...initialActivityValues(null),
  name: " 长者健康互助小组 ",
  domain: "养老服务",
  date: "2026-12-05",
  startTime: "09:00",
  endTime: "11:30",
  place: "社区活动室",
  regionCode: "330203001000",
  organizerId: 7,
  volunteerPlaces: 2,
};

describe("the activity form's body", () => {
  it("is what the shared schema accepts, trimmed", () => {
    const parsed = createActivityBodySchema.safeParse(activityBodyOf(filled, true));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data?.name).toBe("长者健康互助小组");
  });

  it("keeps only the recruitment fields of the chosen target", () => {
    const body = activityBodyOf(
      { ...filled, recruitTarget: "area", recruitRegionCode: "330203001000", recruitTeamIds: [3] },
      true,
    );
    expect(body).toMatchObject({
      recruitTarget: "area",
      recruitRegionCode: "330203001000",
      recruitTeamIds: [],
    });
  });

  it("sends no participants for a user who may not see clients, so an edit keeps them", () => {
    expect(activityBodyOf({ ...filled, participantIds: [1] }, false)).not.toHaveProperty("participantIds");
  });

  it("names the end time when it is not after the start", () => {
    const parsed = createActivityBodySchema.safeParse(activityBodyOf({ ...filled, endTime: "08:00" }, true));
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual(["endTime"]);
  });
});
