import { roleIds } from "@xinqiao/shared";
import { describe, expect, it } from "vitest";
import { landingPathOf } from "./landing.ts";

describe("where a user lands after signing in", () => {
  it("is the desk for workers, station heads and supervisors who read cases; the overview for the rest", () => {
    const landings = Object.fromEntries(
      roleIds.map((roleId) => [
        roleId,
        landingPathOf({ roleId, permissions: ["dashboard.view", "cases.read"] }),
      ]),
    );
    expect(landings).toEqual({
      system_admin: "/",
      city_officer: "/",
      district_officer: "/",
      station_staff: "/desk",
      social_worker: "/desk",
      supervisor: "/desk",
      org_admin: "/",
      leader: "/",
    });
    // Without cases.read (an administrator took it away) the desk would answer 403: the overview.
    expect(landingPathOf({ roleId: "social_worker", permissions: ["dashboard.view"] })).toBe("/");
  });
});
