/**
 * A user's saved filters of a list (保存的筛选), kept in localStorage per user and list like the
 * column settings (columnSettings.ts). A filter is stored as the address writes the list's
 * filters (useListSearchParams), so applying one reads it back through the same rules as a
 * bookmarked link: a filter the list no longer has, a value it no longer accepts or a region
 * outside the user's scope is dropped instead of breaking the list. Pure; useSavedFilters.ts
 * keeps them.
 */
import {
  type ListParams,
  type ListSearchConfig,
  listParamsOf,
  searchOf,
  withRegionInScope,
} from "../hooks/listSearch.ts";

export interface SavedFilter {
  name: string;
  /** The filters as address keys and values ("regionCode" → "330203001000"). */
  search: Record<string, string>;
}

/** What saved filters need of a list's address rules (its ListSearchConfig). */
export interface FilterSearchConfig {
  schema: ListSearchConfig<ListParams>["schema"];
  filters: readonly string[];
  defaults?: object;
}

export const maxSavedFilters = 20;
export const maxSavedFilterNameLength = 30;

const storagePrefix = "xinqiao.savedFilters";
const storageVersion = 1;
/** Paging and order are how a list is read, not what it holds: a saved filter keeps neither. */
const notFilters = new Set(["page", "pageSize", "sort"]);

/** One entry per user and list, so two users of one computer keep their own filters. */
export function savedFiltersStorageKey(userId: number, listKey: string): string {
  return `${storagePrefix}.${listKey}.user-${userId}`;
}

function asListConfig(config: FilterSearchConfig): ListSearchConfig<ListParams> {
  return { ...config, sortFields: [] } as unknown as ListSearchConfig<ListParams>;
}

/** The list's current filters as the address writes them (only what differs from the defaults). */
export function filterSearchOf(filters: object, config: FilterSearchConfig): Record<string, string> {
  const search = searchOf({ page: 1, pageSize: 20, ...filters }, asListConfig(config));
  return Object.fromEntries(Object.entries(search).filter(([key]) => !notFilters.has(key)));
}

/** A saved filter in today's terms, as filters for the list (without paging or order). */
export function filtersOfSaved(
  search: Record<string, string>,
  config: FilterSearchConfig,
  scopeCode: string,
): Record<string, unknown> {
  const params = withRegionInScope(
    listParamsOf(new URLSearchParams(search), asListConfig(config)),
    scopeCode,
  );
  return Object.fromEntries(Object.entries(params).filter(([key]) => !notFilters.has(key)));
}

export function isSameSearch(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

export type SaveOutcome = "added" | "replaced" | "full" | "emptyName" | "tooLong";

/**
 * The list with `search` saved under `name` (trimmed): a filter of the same name is replaced
 * where it stands, a new one goes last; refused without a name, with a name over the limit (it
 * is never cut) or when the list is full.
 */
export function withSavedFilter(
  saved: readonly SavedFilter[],
  name: string,
  search: Record<string, string>,
): { filters: SavedFilter[]; outcome: SaveOutcome } {
  const trimmed = name.trim();
  if (!trimmed) return { filters: [...saved], outcome: "emptyName" };
  if (trimmed.length > maxSavedFilterNameLength) return { filters: [...saved], outcome: "tooLong" };
  const entry = { name: trimmed, search: { ...search } };
  if (saved.some((filter) => filter.name === trimmed)) {
    return {
      filters: saved.map((filter) => (filter.name === trimmed ? entry : filter)),
      outcome: "replaced",
    };
  }
  if (saved.length >= maxSavedFilters) return { filters: [...saved], outcome: "full" };
  return { filters: [...saved, entry], outcome: "added" };
}

export function withoutSavedFilter(saved: readonly SavedFilter[], name: string): SavedFilter[] {
  return saved.filter((filter) => filter.name !== name);
}

/** Stored filters; none when there are none or they cannot be read. Unreadable entries are skipped. */
export function parseSavedFilters(text: string | null): SavedFilter[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    const { version, filters } = (value ?? {}) as { version?: unknown; filters?: unknown };
    if (version !== storageVersion || !Array.isArray(filters)) return [];
    const names = new Set<string>();
    return filters.flatMap((entry: unknown) => {
      const { name, search } = (entry ?? {}) as { name?: unknown; search?: unknown };
      if (typeof name !== "string" || !name.trim() || names.has(name)) return [];
      if (typeof search !== "object" || search === null || Array.isArray(search)) return [];
      names.add(name);
      const strings = Object.entries(search).filter(
        (pair): pair is [string, string] => typeof pair[1] === "string",
      );
      return [{ name, search: Object.fromEntries(strings) }];
    });
  } catch {
    return [];
  }
}

export function serializeSavedFilters(filters: readonly SavedFilter[]): string {
  return JSON.stringify({ version: storageVersion, filters });
}
