/** Thousands separators for counts; "—" when a value was never entered. */
export function formatCount(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return "—";
  return value.toLocaleString(locale);
}
