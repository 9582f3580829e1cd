import type { ListQuery, Page } from "@xinqiao/shared";
import { type RawBuilder, type SqlBool, sql } from "kysely";
import { invalid } from "./errors.ts";

/**
 * The list mechanism every module uses: one parameter shape (page, pageSize ≤ 200, sort, q),
 * a whitelist of sortable fields per list (so `sort` never reaches SQL unchecked) and one page
 * envelope.
 */
export interface SortOrder {
  column: string;
  direction: "asc" | "desc";
}

export function sortOrder(
  sort: string | undefined,
  sortable: Record<string, string>,
  fallback: SortOrder,
): SortOrder {
  if (!sort) return fallback;
  const descending = sort.startsWith("-");
  const field = descending ? sort.slice(1) : sort;
  const column = sortable[field];
  if (!column) {
    throw invalid([
      { path: "sort", message: `排序：不支持按 ${field} 排序，可选 ${Object.keys(sortable).join("、")}` },
    ]);
  }
  return { column, direction: descending ? "desc" : "asc" };
}

export function pageWindow(query: Pick<ListQuery, "page" | "pageSize">): { limit: number; offset: number } {
  return { limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
}

export function toPage<T>(items: T[], total: number, query: Pick<ListQuery, "page" | "pageSize">): Page<T> {
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** Escapes LIKE wildcards in user input; pair with `escape '\\'` in the query. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function likeStartsWith(text: string): string {
  return `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `column LIKE pattern` with the same escape character on SQLite and PostgreSQL. */
export function like(column: string, pattern: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} like ${pattern} escape '\\'`;
}
