/**
 * A list stored as JSON text (skills, domains, facilities…): its strings, or an empty list when
 * the text is not a JSON array — a damaged cell reads as empty rather than failing the page.
 */
export function parseJsonList(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}
