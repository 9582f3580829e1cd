import { describe, expect, it } from "vitest";
import {
  type ColumnOption,
  type ColumnState,
  columnSettingsStorageKey,
  defaultColumnStates,
  isDefaultColumnStates,
  mergeColumnStates,
  moveColumn,
  neighbourOf,
  parseColumnStates,
  serializeColumnStates,
  setColumnVisible,
} from "./columnSettings.ts";

// A list as the registries build them: the name pinned left, the actions pinned right.
const columns: ColumnOption[] = [
  { key: "name", isOptional: false, pin: "left" },
  { key: "level", isOptional: false },
  { key: "education", isOptional: true },
  { key: "hours", isOptional: false },
  { key: "expiry", isOptional: false },
  { key: "actions", isOptional: false, pin: "right" },
];

const keys = (states: readonly ColumnState[]) => states.map((state) => state.key);
const shown = (states: readonly ColumnState[]) =>
  states.filter((state) => state.isVisible).map((state) => state.key);

describe("column settings", () => {
  it("start from the list's order with its optional columns hidden", () => {
    const defaults = defaultColumnStates(columns);
    expect(keys(defaults)).toEqual(["name", "level", "education", "hours", "expiry", "actions"]);
    expect(shown(defaults)).toEqual(["name", "level", "hours", "expiry", "actions"]);
    expect(isDefaultColumnStates(columns, defaults)).toBe(true);
  });

  it("keep the user's order and visibility", () => {
    const stored: ColumnState[] = [
      { key: "expiry", isVisible: true },
      { key: "education", isVisible: true },
      { key: "level", isVisible: false },
      { key: "hours", isVisible: true },
    ];
    const merged = mergeColumnStates(columns, stored);
    expect(keys(merged)).toEqual(["name", "expiry", "education", "level", "hours", "actions"]);
    expect(shown(merged)).toEqual(["name", "expiry", "education", "hours", "actions"]);
    expect(isDefaultColumnStates(columns, merged)).toBe(false);
  });

  it("drop columns a later release removed and stored twice", () => {
    const stored: ColumnState[] = [
      { key: "hours", isVisible: true },
      { key: "retired", isVisible: true },
      { key: "hours", isVisible: false },
      { key: "level", isVisible: true },
      { key: "education", isVisible: false },
      { key: "expiry", isVisible: true },
    ];
    expect(keys(mergeColumnStates(columns, stored))).toEqual([
      "name",
      "hours",
      "level",
      "education",
      "expiry",
      "actions",
    ]);
  });

  it("place a column a later release added after the column it follows, shown by its default", () => {
    const stored: ColumnState[] = [
      { key: "hours", isVisible: true },
      { key: "level", isVisible: true },
      { key: "expiry", isVisible: false },
    ];
    const merged = mergeColumnStates(columns, stored);
    // education follows level by default; it came after the user stored their settings.
    expect(keys(merged)).toEqual(["name", "hours", "level", "education", "expiry", "actions"]);
    expect(shown(merged)).toEqual(["name", "hours", "level", "actions"]);
    const added = mergeColumnStates([...columns, { key: "phone", isOptional: false }], stored);
    expect(shown(added)).toContain("phone");
  });

  it("keep pinned columns shown and at their edge whatever was stored", () => {
    const stored: ColumnState[] = [
      { key: "actions", isVisible: false },
      { key: "level", isVisible: true },
      { key: "name", isVisible: false },
    ];
    const merged = mergeColumnStates(columns, stored);
    expect(merged[0]).toEqual({ key: "name", isVisible: true });
    expect(merged.at(-1)).toEqual({ key: "actions", isVisible: true });
  });

  it("move columns among the movable ones only", () => {
    const defaults = defaultColumnStates(columns);
    expect(keys(moveColumn(columns, defaults, "expiry", "level"))).toEqual([
      "name",
      "expiry",
      "level",
      "education",
      "hours",
      "actions",
    ]);
    expect(keys(moveColumn(columns, defaults, "level", "hours"))).toEqual([
      "name",
      "education",
      "hours",
      "level",
      "expiry",
      "actions",
    ]);
    expect(moveColumn(columns, defaults, "level", "name")).toEqual(defaults);
    expect(moveColumn(columns, defaults, "actions", "level")).toEqual(defaults);
    expect(neighbourOf(columns, defaults, "level", -1)).toBeNull();
    expect(neighbourOf(columns, defaults, "level", 1)).toBe("education");
    expect(neighbourOf(columns, defaults, "expiry", 1)).toBeNull();
    expect(shown(setColumnVisible(defaults, "education", true))).toContain("education");
  });

  it("survive storage: what is written reads back, anything else reads as no settings", () => {
    const states = setColumnVisible(defaultColumnStates(columns), "hours", false);
    expect(parseColumnStates(serializeColumnStates(states))).toEqual(states);
    expect(parseColumnStates(null)).toBeNull();
    expect(parseColumnStates("not json")).toBeNull();
    expect(parseColumnStates('["hours"]')).toBeNull();
    expect(parseColumnStates('{"version":99,"columns":[]}')).toBeNull();
    expect(
      parseColumnStates('{"version":1,"columns":[{"key":"hours","isVisible":false},{"key":3},null]}'),
    ).toEqual([{ key: "hours", isVisible: false }]);
  });

  it("are kept per user and per table", () => {
    expect(columnSettingsStorageKey(3, "socialWorkers")).not.toBe(
      columnSettingsStorageKey(4, "socialWorkers"),
    );
    expect(columnSettingsStorageKey(3, "socialWorkers")).not.toBe(columnSettingsStorageKey(3, "volunteers"));
  });
});
