/**
 * A list's column settings — which columns show and in which order — as the user left them,
 * merged with the columns the current release defines. Pure, so the merge rules are tested
 * without a browser; useColumnSettings.ts keeps them per user in localStorage.
 */

/** What the settings need to know of a column. */
export interface ColumnOption {
  key: string;
  /** Hidden until the user shows it. */
  isOptional: boolean;
  /** Fixed to an edge of the table: always shown, never moved. */
  pin?: "left" | "right";
}

export interface ColumnState {
  key: string;
  isVisible: boolean;
}

const storagePrefix = "xinqiao.columns";
const storageVersion = 1;

/** One entry per user and table, so two users of one computer keep their own columns. */
export function columnSettingsStorageKey(userId: number, tableKey: string): string {
  return `${storagePrefix}.${tableKey}.user-${userId}`;
}

export function defaultColumnStates(options: readonly ColumnOption[]): ColumnState[] {
  return mergeColumnStates(options, null);
}

/**
 * The columns in the user's order and visibility, in today's terms: keys a later release removed
 * are dropped, a column it added comes after the column it follows by default (shown or not by
 * its default), and pinned columns keep their edge whatever was stored.
 */
export function mergeColumnStates(
  options: readonly ColumnOption[],
  stored: readonly ColumnState[] | null,
): ColumnState[] {
  const movable = options.filter((option) => !option.pin);
  const movableKeys = new Set(movable.map((option) => option.key));
  const merged: ColumnState[] = [];
  for (const state of stored ?? []) {
    if (movableKeys.has(state.key) && !merged.some((known) => known.key === state.key))
      merged.push({ key: state.key, isVisible: state.isVisible });
  }
  movable.forEach((option, index) => {
    if (merged.some((known) => known.key === option.key)) return;
    const before = movable
      .slice(0, index)
      .map((previous) => merged.findIndex((known) => known.key === previous.key))
      .filter((position) => position >= 0);
    const at = before.length > 0 ? Math.max(...before) + 1 : 0;
    merged.splice(at, 0, { key: option.key, isVisible: !option.isOptional });
  });
  const pinned = (pin: "left" | "right") =>
    options.filter((option) => option.pin === pin).map((option) => ({ key: option.key, isVisible: true }));
  return [...pinned("left"), ...merged, ...pinned("right")];
}

export function isDefaultColumnStates(options: readonly ColumnOption[], states: readonly ColumnState[]) {
  const defaults = defaultColumnStates(options);
  return (
    defaults.length === states.length &&
    defaults.every(
      (state, index) => state.key === states[index]?.key && state.isVisible === states[index]?.isVisible,
    )
  );
}

export function setColumnVisible(
  states: readonly ColumnState[],
  key: string,
  isVisible: boolean,
): ColumnState[] {
  return states.map((state) => (state.key === key ? { ...state, isVisible } : state));
}

/**
 * Moves a column to where `targetKey` is (a drag) — within the movable columns, since the
 * pinned ones never move; the same list when either is pinned or unknown.
 */
export function moveColumn(
  options: readonly ColumnOption[],
  states: readonly ColumnState[],
  key: string,
  targetKey: string,
): ColumnState[] {
  const pinned = new Set(options.filter((option) => option.pin).map((option) => option.key));
  const from = states.findIndex((state) => state.key === key);
  const to = states.findIndex((state) => state.key === targetKey);
  if (from < 0 || to < 0 || from === to || pinned.has(key) || pinned.has(targetKey)) return [...states];
  const next = [...states];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

/** The neighbour a column swaps with when moved up (-1) or down (+1); null at the movable edge. */
export function neighbourOf(
  options: readonly ColumnOption[],
  states: readonly ColumnState[],
  key: string,
  step: -1 | 1,
): string | null {
  const pinned = new Set(options.filter((option) => option.pin).map((option) => option.key));
  const index = states.findIndex((state) => state.key === key);
  const neighbour = index < 0 ? undefined : states[index + step];
  return neighbour && !pinned.has(key) && !pinned.has(neighbour.key) ? neighbour.key : null;
}

/** Stored settings, or null when there are none or they cannot be read (then the defaults apply). */
export function parseColumnStates(text: string | null): ColumnState[] | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return null;
    const { version, columns } = value as { version?: unknown; columns?: unknown };
    if (version !== storageVersion || !Array.isArray(columns)) return null;
    return columns.flatMap((entry: unknown) => {
      const { key, isVisible } = (entry ?? {}) as { key?: unknown; isVisible?: unknown };
      return typeof key === "string" && typeof isVisible === "boolean" ? [{ key, isVisible }] : [];
    });
  } catch {
    return null;
  }
}

export function serializeColumnStates(states: readonly ColumnState[]): string {
  return JSON.stringify({
    version: storageVersion,
    columns: states.map(({ key, isVisible }) => ({ key, isVisible })),
  });
}
