import { type RawBuilder, type SqlBool, sql } from "kysely";
import { pinyin } from "pinyin-pro";
import { like, likeContains, likeStartsWith } from "./pagination.ts";

/**
 * Quick search by name, full pinyin or pinyin initials ("zs" finds 张三), shared by every
 * registry: each searchable table keeps `pinyin` and `pinyin_initials` columns filled from the
 * name on write, so a search is an indexed-friendly LIKE rather than conversion at query time.
 */
export function pinyinOf(name: string): { full: string; initials: string } {
  const syllables = pinyin(name, { toneType: "none", type: "array", nonZh: "consecutive" });
  const initials = pinyin(name, { pattern: "first", toneType: "none", type: "array", nonZh: "consecutive" });
  return {
    full: syllables.join("").toLowerCase().replace(/\s+/g, ""),
    initials: initials.join("").toLowerCase().replace(/\s+/g, ""),
  };
}

export function matchesNameOrPinyin(
  q: string,
  columns: { name: string; pinyin: string; initials: string },
): RawBuilder<SqlBool> {
  const text = q.trim();
  const latin = text.toLowerCase().replace(/\s+/g, "");
  if (/^[a-z]+$/.test(latin)) {
    return sql<SqlBool>`(${like(columns.initials, likeStartsWith(latin))} or ${like(columns.pinyin, likeStartsWith(latin))})`;
  }
  return like(columns.name, likeContains(text));
}
