import { z } from "zod";

/** Full-width digits, letters and spaces (common in pasted and Excel data) to their ASCII forms. */
export function toHalfWidthText(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ");
}

/** Identifier input as people type it: full-width, with spaces inside, lower-case x. */
export function normalizeIdentifier(text: string): string {
  return toHalfWidthText(text).replace(/\s+/g, "").toUpperCase();
}

/**
 * The name of an organisation, platform or team: 2 characters at least. A blank one is missing,
 * not too short, and the form and the import should say so.
 */
export function recordNameSchema(maxLength: number) {
  return z
    .string()
    .trim()
    .min(2, { error: (issue) => (issue.input === "" ? "不能为空" : "至少 2 个字符") })
    .max(maxLength);
}
