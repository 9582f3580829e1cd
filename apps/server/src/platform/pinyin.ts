import { type RawBuilder, type SqlBool, sql } from "kysely";
import { pinyin } from "pinyin-pro";
import { like, likeContains } from "./pagination.ts";

/**
 * Quick search by name, full pinyin or pinyin initials ("zs" finds 张三), shared by every
 * registry: each searchable table keeps `pinyin` and `pinyin_initials` columns filled from the
 * name on write, so a search is an indexed-friendly LIKE rather than conversion at query time.
 */
export function pinyinOf(name: string): { full: string; initials: string } {
  const syllables = pinyin(name, { toneType: "none", type: "array", nonZh: "consecutive" });
  const initials =
    initialsOf(name, syllables) ??
    pinyin(name, { pattern: "first", toneType: "none", type: "array", nonZh: "consecutive" });
  return {
    full: syllables.join("").toLowerCase().replace(/\s+/g, ""),
    initials: initials.join("").toLowerCase().replace(/\s+/g, ""),
  };
}

/**
 * The initials from the syllables already converted — the first letter of each Chinese
 * character's syllable, other runs as they are — which is what pinyin-pro's "first" pattern gives
 * in a second conversion that cost as much as the first (imports convert 50,000 names). Null when
 * the syllables do not line up with the name's characters and runs; then the caller converts.
 */
function initialsOf(name: string, syllables: string[]): string[] | null {
  const parts = name.match(/\p{Script=Han}|[^\p{Script=Han}]+/gu) ?? [];
  if (parts.length !== syllables.length) return null;
  const initials: string[] = [];
  for (const [i, part] of parts.entries()) {
    const syllable = syllables[i] ?? "";
    initials.push(/^\p{Script=Han}$/u.test(part) ? (Array.from(syllable)[0] ?? "") : syllable);
  }
  return initials;
}

/**
 * `alongside` is repeated inside each branch of the OR (rather than and-ed outside it) so that a
 * composite index — (district, pinyin_initials) on the large volunteer table — serves it in every
 * branch.
 */
export function matchesNameOrPinyin(
  q: string,
  columns: { name: string; pinyin: string; initials: string },
  alongside?: RawBuilder<SqlBool>,
): RawBuilder<SqlBool> {
  const text = q.trim();
  const latin = text.toLowerCase().replace(/\s+/g, "");
  const and = (condition: RawBuilder<SqlBool>) =>
    alongside ? sql<SqlBool>`(${condition} and ${alongside})` : condition;
  if (/^[a-z]+$/.test(latin)) {
    return sql<SqlBool>`(${and(startsWith(columns.initials, latin))} or ${and(startsWith(columns.pinyin, latin))})`;
  }
  return and(like(columns.name, likeContains(text)));
}

/**
 * A prefix match written as a range ("zs" ≤ x < "zt") rather than LIKE 'zs%': a B-tree index
 * serves the range on SQLite and on PostgreSQL whatever the database's collation.
 */
function startsWith(column: string, prefix: string): RawBuilder<SqlBool> {
  const upper = nextPrefix(prefix);
  return upper
    ? sql<SqlBool>`(${sql.ref(column)} >= ${prefix} and ${sql.ref(column)} < ${upper})`
    : sql<SqlBool>`${sql.ref(column)} >= ${prefix}`;
}

/** The smallest string above every string starting with the lower-case prefix ("az" → "b"). */
export function nextPrefix(prefix: string): string | null {
  const trimmed = prefix.replace(/z+$/, "");
  if (trimmed === "") return null;
  return trimmed.slice(0, -1) + String.fromCharCode(trimmed.charCodeAt(trimmed.length - 1) + 1);
}
