import { volunteerListQuerySchema } from "@xinqiao/shared";
import { describe, expect, it } from "vitest";
import {
  type FilterSearchConfig,
  filterSearchOf,
  filtersOfSaved,
  isSameSearch,
  maxSavedFilterNameLength,
  maxSavedFilters,
  parseSavedFilters,
  type SavedFilter,
  savedFiltersStorageKey,
  serializeSavedFilters,
  withoutSavedFilter,
  withSavedFilter,
} from "./savedFilters.ts";

// The volunteers list as it keeps its state in the address, with a default (active records only)
// to show how a cleared default is saved and read back.
const config: FilterSearchConfig = {
  schema: volunteerListQuerySchema,
  filters: ["regionCode", "teamId", "skill", "isActive"],
  defaults: { isActive: "true" },
};
const haishu = "330203000000";
const nanmen = "330203001000";
const yuyaoStreet = "330281001000";

describe("saved filters", () => {
  it("are kept per user and list", () => {
    expect(savedFiltersStorageKey(7, "volunteers")).toBe("xinqiao.savedFilters.volunteers.user-7");
    expect(savedFiltersStorageKey(8, "volunteers")).not.toBe(savedFiltersStorageKey(7, "volunteers"));
    expect(savedFiltersStorageKey(7, "volunteerTeams")).not.toBe(savedFiltersStorageKey(7, "volunteers"));
  });

  it("save the filters as the address writes them, without paging or order", () => {
    const search = filterSearchOf(
      { q: "张", regionCode: nanmen, teamId: 12, isActive: "true", page: 3, pageSize: 50, sort: "-name" },
      config,
    );
    expect(search).toEqual({ q: "张", regionCode: nanmen, teamId: "12" });
    // A default the user cleared (all records, not only active ones) is saved as cleared.
    expect(filterSearchOf({ regionCode: nanmen, isActive: undefined }, config)).toEqual({
      regionCode: nanmen,
      isActive: "",
    });
  });

  it("apply as the list reads a link: the default where unsaid, a cleared default stays cleared", () => {
    expect(filtersOfSaved({ regionCode: nanmen, teamId: "12" }, config, haishu)).toEqual({
      regionCode: nanmen,
      teamId: 12,
      isActive: "true",
    });
    expect(filtersOfSaved({ regionCode: nanmen, isActive: "" }, config, haishu)).toEqual({
      regionCode: nanmen,
    });
    const search = filterSearchOf({ q: "张", skill: "陪伴探访", isActive: "false" }, config);
    expect(filtersOfSaved(search, config, haishu)).toEqual({ q: "张", skill: "陪伴探访", isActive: "false" });
  });

  it("tolerate filters that no longer exist: unknown keys, refused values, a region outside the scope", () => {
    const stale = {
      regionCode: yuyaoStreet,
      platformKind: "station",
      teamId: "not-a-number",
      skill: "陪伴探访",
      page: "9",
      sort: "-oldColumn",
    };
    expect(filtersOfSaved(stale, config, haishu)).toEqual({ skill: "陪伴探访", isActive: "true" });
    expect(filtersOfSaved({}, config, haishu)).toEqual({ isActive: "true" });
  });

  it("replace a filter of the same name where it stands and add a new one last", () => {
    let saved: SavedFilter[] = [];
    let result = withSavedFilter(saved, " 南门在册 ", { regionCode: nanmen, isActive: "true" });
    expect(result.outcome).toBe("added");
    saved = result.filters;
    saved = withSavedFilter(saved, "全部", {}).filters;
    result = withSavedFilter(saved, "南门在册", { regionCode: nanmen });
    expect(result.outcome).toBe("replaced");
    expect(result.filters).toEqual([
      { name: "南门在册", search: { regionCode: nanmen } },
      { name: "全部", search: {} },
    ]);
    expect(withoutSavedFilter(result.filters, "南门在册")).toEqual([{ name: "全部", search: {} }]);
    expect(withoutSavedFilter(result.filters, "不存在")).toEqual(result.filters);
  });

  it("refuse a filter without a name, with a name over the limit (never cut) or beyond the list's room", () => {
    expect(withSavedFilter([], "   ", {}).outcome).toBe("emptyName");
    const long = "筛".repeat(maxSavedFilterNameLength + 1);
    expect(withSavedFilter([], long, {})).toEqual({ filters: [], outcome: "tooLong" });
    const full = Array.from({ length: maxSavedFilters }, (_, index) => ({
      name: `筛选${index}`,
      search: {},
    }));
    expect(withSavedFilter(full, "再来一个", {}).outcome).toBe("full");
    expect(withSavedFilter(full, "筛选3", { skill: "陪伴探访" }).outcome).toBe("replaced");
  });

  it("read back what they wrote, and nothing from text they cannot read", () => {
    const saved: SavedFilter[] = [
      { name: "南门在册", search: { regionCode: nanmen, isActive: "true" } },
      { name: "全部", search: { isActive: "" } },
    ];
    expect(parseSavedFilters(serializeSavedFilters(saved))).toEqual(saved);
    expect(parseSavedFilters(null)).toEqual([]);
    expect(parseSavedFilters("{not json")).toEqual([]);
    expect(parseSavedFilters(JSON.stringify({ version: 99, filters: saved }))).toEqual([]);
    expect(parseSavedFilters(JSON.stringify([saved]))).toEqual([]);
  });

  it("skip unreadable entries and keep the readable ones", () => {
    const text = JSON.stringify({
      version: 1,
      filters: [
        { name: "南门在册", search: { regionCode: nanmen, teamId: 12, isActive: "true" } },
        { name: "", search: {} },
        { name: "没有条件" },
        { name: "南门在册", search: {} },
        null,
        { name: "数组", search: ["x"] },
        { name: "余姚", search: { regionCode: yuyaoStreet } },
      ],
    });
    expect(parseSavedFilters(text)).toEqual([
      { name: "南门在册", search: { regionCode: nanmen, isActive: "true" } },
      { name: "余姚", search: { regionCode: yuyaoStreet } },
    ]);
  });

  it("recognise the filter the list currently shows", () => {
    expect(
      isSameSearch({ regionCode: nanmen, isActive: "true" }, { isActive: "true", regionCode: nanmen }),
    ).toBe(true);
    expect(isSameSearch({ regionCode: nanmen }, { regionCode: nanmen, isActive: "" })).toBe(false);
    expect(isSameSearch({}, {})).toBe(true);
  });
});
