import { describe, expect, it } from "vitest";
import { platformListSearch } from "../features/platforms/listParams.ts";
import { workerListSearch } from "../features/socialWorkers/listParams.ts";
import { volunteerListSearch } from "../features/volunteers/listParams.ts";
import { listParamsOf, mergeSearch, searchOf, withRegionInScope } from "./listSearch.ts";

const platformsOf = (query: string) => listParamsOf(new URLSearchParams(query), platformListSearch);

describe("list parameters in the address", () => {
  it("falls back to the defaults, active records only", () => {
    expect(platformsOf("")).toEqual({ page: 1, pageSize: 20, isActive: "true" });
  });

  it("reads search, filters, sort and page", () => {
    expect(platformsOf("q=nm&kind=station&sort=-floorArea&page=3&pageSize=50")).toEqual({
      page: 3,
      pageSize: 50,
      sort: "-floorArea",
      q: "nm",
      kind: "station",
      isActive: "true",
    });
  });

  it("ignores invalid or unknown values instead of sending them to the server", () => {
    expect(
      platformsOf(
        "q=%20%20&kind=castle&isActive=maybe&sort=password&page=-2&pageSize=abc&regionCode=33&operatorOrganizationId=4&foo=bar",
      ),
    ).toEqual({ page: 1, pageSize: 20, isActive: "true" });
    expect(platformsOf(`q=${"x".repeat(51)}&page=1.5&pageSize=1000`)).toEqual({
      page: 1,
      pageSize: 20,
      isActive: "true",
    });
  });

  it("an empty value clears a default filter", () => {
    expect(platformsOf("isActive=")).toEqual({ page: 1, pageSize: 20 });
    expect(platformsOf("isActive=&page=")).toEqual({ page: 1, pageSize: 20 });
  });

  it("coerces numbers as the server does", () => {
    const workers = listParamsOf(new URLSearchParams("expiringWithinDays=90"), workerListSearch);
    expect(workers.expiringWithinDays).toBe(90);
    const volunteers = listParamsOf(new URLSearchParams("teamId=7&starLevel=3"), volunteerListSearch);
    expect(volunteers).toEqual({ page: 1, pageSize: 20, teamId: 7, starLevel: "3" });
  });

  it("writes only what differs from the defaults, and reads it back the same", () => {
    expect(searchOf({ page: 1, pageSize: 20, isActive: "true" }, platformListSearch)).toEqual({});
    const params = { page: 2, pageSize: 20, q: "nm", kind: "station" as const, isActive: undefined };
    const search = searchOf(params, platformListSearch);
    expect(search).toEqual({ page: "2", q: "nm", kind: "station", isActive: "" });
    expect(platformsOf(new URLSearchParams(search).toString())).toEqual({
      page: 2,
      pageSize: 20,
      q: "nm",
      kind: "station",
    });
  });

  it("keeps the address's other keys (an open drawer, a tab)", () => {
    const current = new URLSearchParams("q=old&platform=12&tab=coverage");
    const next = mergeSearch(
      current,
      { page: 1, pageSize: 20, q: "nm", isActive: "true" },
      platformListSearch,
      {
        tab: null,
      },
    );
    expect(next.toString()).toBe("platform=12&q=nm");
  });

  it("drops a region filter outside the user's scope, back to the whole scope", () => {
    const haishu = "330203000000";
    const params = { page: 2, pageSize: 20, q: "nm", isActive: "true" as const };
    const of = (regionCode: string) => withRegionInScope({ ...params, regionCode }, haishu);
    expect(of("330205000000")).toEqual(params); // 江北区, another district
    expect(of("330200000000")).toEqual(params); // 宁波市, above the scope
    expect(of("330203001000")).toEqual({ ...params, regionCode: "330203001000" }); // 南门街道
    expect(of(haishu)).toEqual({ ...params, regionCode: haishu });
    expect(withRegionInScope(params, haishu)).toBe(params);
    expect(withRegionInScope({ ...params, regionCode: "330203002000" }, "330203001000")).toEqual(params);
  });
});
