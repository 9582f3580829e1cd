import { isWithinRegion } from "@xinqiao/shared";

/** The paging and sorting every registry list has besides its filters. */
export interface ListParams {
  page: number;
  pageSize: number;
  sort?: string;
  q?: string;
}

/** One field of a zod object schema; structural, so the web needs no zod dependency of its own. */
interface FieldParser {
  safeParse(input: unknown): { success: boolean; data?: unknown };
}

export interface ListSearchConfig<P extends ListParams> {
  /**
   * The list endpoint's query schema (from @xinqiao/shared): a value the server would refuse is
   * dropped here, so a hand-edited address falls back to the defaults instead of a failed list.
   */
  schema: { shape: Record<string, FieldParser> };
  /** The filters the list's filter bar shows; others in the address would filter invisibly. */
  filters: readonly Exclude<keyof P & string, keyof ListParams>[];
  /** The sort keys of the table's columns; the server refuses any other. */
  sortFields: readonly string[];
  /** Filters that apply while the address does not mention them (e.g. active records only). */
  defaults?: Partial<P>;
}

const basics = { page: 1, pageSize: 20 };

function keysOf<P extends ListParams>(config: ListSearchConfig<P>): string[] {
  return ["page", "pageSize", "sort", "q", ...config.filters];
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}

/**
 * The list's parameters from the address. A key left out means its default; "key=" means the
 * user cleared a default filter (e.g. all records, not only active ones); an invalid value is
 * ignored.
 */
export function listParamsOf<P extends ListParams>(search: URLSearchParams, config: ListSearchConfig<P>): P {
  const defaults: Record<string, unknown> = { ...basics, ...config.defaults };
  const params: Record<string, unknown> = { ...defaults };
  for (const key of keysOf(config)) {
    const raw = search.get(key);
    const field = config.schema.shape[key];
    if (raw === null || !field) continue;
    if (raw === "") {
      if (!(key in basics)) delete params[key];
      continue;
    }
    const parsed = field.safeParse(raw);
    if (parsed.success && !isEmpty(parsed.data)) params[key] = parsed.data;
  }
  const sort = params.sort;
  if (typeof sort === "string" && !config.sortFields.includes(sort.replace(/^-/, ""))) {
    if (isEmpty(defaults.sort)) delete params.sort;
    else params.sort = defaults.sort;
  }
  return params as P;
}

/**
 * The list's parameters with a region filter outside the user's scope dropped (a link from a
 * user of another district, an edited address): the list falls back to the whole scope, as its
 * filter shows, rather than to a region the user can neither see nor name.
 */
export function withRegionInScope<P extends ListParams>(params: P, scopeCode: string): P {
  const { regionCode, ...others } = params as P & { regionCode?: unknown };
  if (typeof regionCode !== "string" || isWithinRegion(regionCode, scopeCode)) return params;
  return others as unknown as P;
}

/** The address's share of the list: only what differs from the defaults, so plain lists keep plain links. */
export function searchOf<P extends ListParams>(
  params: P,
  config: ListSearchConfig<P>,
): Record<string, string> {
  const defaults: Record<string, unknown> = { ...basics, ...config.defaults };
  const values = params as unknown as Record<string, unknown>;
  const search: Record<string, string> = {};
  for (const key of keysOf(config)) {
    const value = values[key];
    if (value === defaults[key] || (isEmpty(value) && isEmpty(defaults[key]))) continue;
    search[key] = isEmpty(value) ? "" : String(value);
  }
  return search;
}

/** The address with the list's keys replaced; other keys (an open drawer, a tab) stay. */
export function mergeSearch<P extends ListParams>(
  current: URLSearchParams,
  params: P,
  config: ListSearchConfig<P>,
  others: Record<string, string | null> = {},
): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const key of keysOf(config)) next.delete(key);
  for (const [key, value] of Object.entries(searchOf(params, config))) next.set(key, value);
  for (const [key, value] of Object.entries(others)) {
    if (value === null) next.delete(key);
    else next.set(key, value);
  }
  return next;
}
