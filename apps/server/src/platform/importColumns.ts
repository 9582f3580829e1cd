import type { RegionLevel } from "@xinqiao/shared";
import type { z } from "zod";
import {
  type ExcelColumn,
  type ImportRow,
  looksLikeMangledIdNumber,
  looseMatchKey,
  mangledNumberMessage,
  parseExcelDate,
  splitListCell,
} from "./excel/index.ts";
import type { RowProblem } from "./importFlow.ts";
import type { RegionResolver } from "./importRegions.ts";

/**
 * How every registry's import turns a row's cells into a record: dictionary values by label or
 * code (one value or a list), dates, codes Excel may have rounded, the region column (through
 * importRegions), and then the record validated by the registry's shared zod schema — the same
 * schema as the form — with each zod issue reported under its column's header.
 *
 * A row lists every problem it has. A cell that cannot be converted (an unknown dictionary value,
 * an unreadable date) is that column's problem, and the schema still checks everything else: the
 * refused value reaches the schema as missing, and the shared schemas run their rules between
 * fields on the fields that parsed (withFieldRules), so a rule that depends on the refused value
 * (a qualification level's certificate fields) neither hides another problem nor invents one.
 */

// ---------------------------------------------------------------- dictionaries

export interface Dictionary<V> {
  /** The zh-CN labels offered, in order: what a refusal lists. */
  readonly labels: readonly string[];
  /** Every value. */
  readonly values: readonly V[];
  /** The value a text names by its label, its code or an alias; undefined when it names none. */
  lookup(text: string): V | undefined;
}

/**
 * A dictionary from its shared definition: `{ code: label }` (the code is stored) or a list of
 * labels (the label is stored). Labels, codes and aliases match loosely, as headers do (width of
 * brackets, spaces, case). Aliases are other words people use ("服务站" for a station).
 */
export function dictionaryOf<V extends string>(
  entries: Readonly<Record<V, string>> | readonly V[],
  aliases: Readonly<Record<string, V>> = {},
): Dictionary<V> {
  const pairs: [V, string][] = Array.isArray(entries)
    ? (entries as readonly V[]).map((label) => [label, label])
    : (Object.entries(entries) as [V, string][]);
  return dictionaryOfPairs(pairs, aliases);
}

/** A dictionary of any values (booleans, null for "none") from [value, label] pairs. */
export function dictionaryOfPairs<V>(
  pairs: readonly (readonly [V, string])[],
  aliases: Readonly<Record<string, V>> = {},
): Dictionary<V> {
  const byKey = new Map<string, V>();
  for (const [alias, value] of Object.entries(aliases)) byKey.set(looseMatchKey(alias), value);
  for (const [value, label] of pairs) {
    if (typeof value === "string") byKey.set(looseMatchKey(value), value);
    byKey.set(looseMatchKey(label), value);
  }
  return {
    labels: pairs.map(([, label]) => label),
    values: pairs.map(([value]) => value),
    lookup(text) {
      const key = looseMatchKey(text);
      return byKey.has(key) ? byKey.get(key) : undefined;
    },
  };
}

/** 是/否 columns; blank is the caller's choice (usually 否). */
export const yesNoDictionary: Dictionary<boolean> = dictionaryOfPairs(
  [
    [true, "是"],
    [false, "否"],
  ],
  {
    y: true,
    yes: true,
    true: true,
    "1": true,
    "√": true,
    n: false,
    no: false,
    false: false,
    "0": false,
    "×": false,
  },
);

export function notAllowedMessage(entries: readonly string[], labels: readonly string[]): string {
  return `“${entries.join("、")}”不是可选值，可选：${labels.join("、")}`;
}

/**
 * The values of a multi-value cell: entries separated by 、,，;；/ or line breaks; an entry that
 * is no value but holds spaces is read as several ("养老服务 社会救助"). Unknown entries are
 * returned apart so that the row can name them.
 */
export function dictionaryListOf<V>(
  text: string | null | undefined,
  dictionary: Dictionary<V>,
): { values: V[]; unknown: string[] } {
  const values: V[] = [];
  const unknown: string[] = [];
  for (const entry of splitListCell(text)) {
    const found = dictionary.lookup(entry);
    const parts = found === undefined && /\s/.test(entry) ? entry.split(/\s+/).filter(Boolean) : null;
    for (const part of parts ?? [entry]) {
      const value = parts ? dictionary.lookup(part) : found;
      if (value === undefined) unknown.push(part);
      else if (!values.includes(value)) values.push(value);
    }
  }
  return { values, unknown };
}

// ---------------------------------------------------------------- zod issues

/**
 * The one mapping from a shared schema's zod issues to an import row's problems: each issue
 * under the header of the column its field comes from (the field's first path segment), with the
 * schema's own message. An issue of a field that no column carries is named by its path.
 */
export function rowProblemsFromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  headerOfField: (field: string) => string | undefined,
): RowProblem[] {
  return issues.map((issue) => {
    const field = String(issue.path[0] ?? "");
    const header = headerOfField(field);
    return header
      ? { column: header, message: issue.message }
      : { column: "—", message: `${field}：${issue.message}` };
  });
}

// ---------------------------------------------------------------- a registry's columns

/**
 * A registry's import columns and which schema field each column fills (a field of the same name
 * as a column's key needs no entry).
 */
export class ImportColumns<K extends string> {
  private readonly byKey: Map<K, ExcelColumn<K>>;

  constructor(
    readonly columns: readonly ExcelColumn<K>[],
    private readonly fieldColumns: Readonly<Partial<Record<string, K>>> = {},
  ) {
    this.byKey = new Map(columns.map((column) => [column.key, column]));
  }

  header(key: K): string {
    return this.byKey.get(key)?.header ?? key;
  }

  /** Where a header's column is in the template (for sorting a row's problems); unknown ones last. */
  order(header: string): number {
    const index = this.columns.findIndex((column) => column.header === header);
    return index === -1 ? this.columns.length : index;
  }

  columnOfField(field: string): K | undefined {
    return this.fieldColumns[field] ?? (this.byKey.has(field as K) ? (field as K) : undefined);
  }

  /** A fresh check of one row. */
  check(row: ImportRow<K>): ImportRowCheck<K> {
    return new ImportRowCheck(this, row);
  }

  isRequired(key: K): boolean {
    return this.byKey.get(key)?.required === true;
  }
}

/**
 * One row being read: its cells converted, its problems collected by column (a column's first
 * problem is its reason; later ones for the same column are dropped), then the record checked by
 * the schema. `problems` is what the import flow reports.
 */
export class ImportRowCheck<K extends string> {
  private readonly found: RowProblem[] = [];
  /** Headers of the columns that have their problem. */
  private readonly refused = new Set<string>();

  constructor(
    private readonly columns: ImportColumns<K>,
    readonly row: ImportRow<K>,
  ) {}

  /** The cell's text, trimmed by the reader; null when empty. */
  text(key: K): string | null {
    return this.row.values[key] ?? null;
  }

  /** Records the column's problem (its first one only). */
  refuse(key: K, message: string): void {
    this.add({ column: this.columns.header(key), message });
  }

  isRefused(key: K): boolean {
    return this.refused.has(this.columns.header(key));
  }

  private add(problem: RowProblem): void {
    if (this.refused.has(problem.column)) return;
    this.refused.add(problem.column);
    this.found.push(problem);
  }

  /** The row's problems so far, one per column, in the template's column order. */
  get problems(): RowProblem[] {
    return [...this.found].sort((a, b) => this.columns.order(a.column) - this.columns.order(b.column));
  }

  /** The cell's text; a required column left empty is refused. */
  required(key: K): string | null {
    const text = this.text(key);
    if (text === null && this.columns.isRequired(key)) this.refuse(key, "不能为空");
    return text;
  }

  /**
   * A code typed as text (ID number, credit code): refused when Excel has turned it into a
   * number and rounded it (1.10105E+17, or a number of 16 digits or more).
   */
  code(key: K): string | null {
    const text = this.text(key);
    if (text !== null && looksLikeMangledIdNumber(text, this.row.numericCellKeys.includes(key))) {
      this.refuse(key, mangledNumberMessage(this.columns.header(key)));
      return null;
    }
    return text;
  }

  /** A date in any form the reader knows (2024-01-05, 2024/1/5, 2024年1月5日, a date cell); null when empty or refused. */
  date(key: K): string | null {
    const text = this.text(key);
    if (text === null) return null;
    const date = parseExcelDate(text);
    if (!date) this.refuse(key, `无法识别的日期“${text}”，请写成 2024-01-05、2024/1/5 或 2024年1月5日`);
    return date;
  }

  /**
   * A dictionary value by its label or code; undefined when empty or refused. A required column
   * left empty, or a value the dictionary does not know, is refused.
   */
  dictionary<V>(key: K, dictionary: Dictionary<V>): V | undefined {
    const text = this.text(key);
    if (text === null) {
      if (this.columns.isRequired(key)) this.refuse(key, "不能为空");
      return undefined;
    }
    const value = dictionary.lookup(text);
    if (value === undefined) this.refuse(key, notAllowedMessage([text], dictionary.labels));
    return value;
  }

  /** The values of a multi-value cell; null when it is empty. Unknown entries are the column's problem. */
  dictionaryList<V>(key: K, dictionary: Dictionary<V>): V[] | null {
    const text = this.text(key);
    if (text === null) return null;
    const { values, unknown } = dictionaryListOf(text, dictionary);
    if (unknown.length > 0) this.refuse(key, notAllowedMessage(unknown, dictionary.labels));
    return values;
  }

  /**
   * The region the cell names (see importRegions), at one of the registry's levels and inside the
   * user's scope; "" when empty or refused (the schema's own complaint about "" is then dropped).
   */
  region(key: K, regions: RegionResolver, levels: readonly RegionLevel[]): string {
    const resolved = regions.resolve(this.text(key), levels);
    if (resolved.ok) return resolved.code;
    if (resolved.reason !== "empty" || this.columns.isRequired(key)) this.refuse(key, resolved.message);
    return "";
  }

  /**
   * The record checked by the shared schema; null when the row has any problem (then
   * `problems` holds them all, the schema's included). Every issue of the schema becomes a
   * problem of its column, unless the column was already refused (a refused cell reaches the
   * schema as missing or blank, and "不能为空" would only contradict the reason given).
   */
  validate<S extends z.ZodType>(schema: S, draft: { [P in keyof z.input<S>]?: unknown }): z.output<S> | null {
    const parsed = schema.safeParse(draft);
    if (!parsed.success) {
      const problems = rowProblemsFromZodIssues(parsed.error.issues, (field) => {
        const key = this.columns.columnOfField(field);
        return key === undefined ? undefined : this.columns.header(key);
      });
      for (const problem of problems) this.add(problem);
    }
    return parsed.success && this.found.length === 0 ? parsed.data : null;
  }
}
