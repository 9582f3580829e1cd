/**
 * Record pages' addresses (`/platforms/12`). Before they had pages, platforms, organizations and
 * social workers opened in a drawer over their list (`/platforms?platform=12`); such addresses
 * are bookmarked and shared, so they still lead to the record.
 */

/** The id in a record page's address, or null when it cannot name a record (the page says so). */
export function parseRecordId(param: string | null | undefined): number | null {
  if (!param || !/^[1-9]\d{0,15}$/.test(param)) return null;
  const id = Number(param);
  return Number.isSafeInteger(id) ? id : null;
}

/**
 * Where an old drawer address leads: `/platforms?platform=12` → `/platforms/12`; null when the
 * address names no record (the list itself). The list's other parameters are dropped: the page
 * has no list to apply them to.
 */
export function legacyRecordAddress(pathname: string, search: string, param: string): string | null {
  const id = parseRecordId(new URLSearchParams(search).get(param));
  if (id === null) return null;
  return `${pathname.replace(/\/+$/, "")}/${id}`;
}
