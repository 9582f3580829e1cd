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

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const controlCharacter = /[\u0000-\u001f\u007f]/;
const markupCharacter = /[<>]/;

/**
 * Why a name is refused, or null: a person's or organization's name holds no markup (`<script>`
 * pasted into a form or a spreadsheet) and no control characters (tabs and line breaks copied
 * from Excel, which break exports and printed certificates). Every page renders names as text,
 * so this is about keeping the registries clean, not about escaping.
 */
export function nameCharacterProblem(name: string): string | null {
  if (markupCharacter.test(name)) return "不能包含“<”或“>”";
  if (controlCharacter.test(name)) return "不能包含换行、制表符等控制字符";
  return null;
}

/** The check of nameCharacterProblem, for a name schema built by hand (`.superRefine(plainName)`). */
export function plainName(name: string, ctx: z.RefinementCtx): void {
  const problem = nameCharacterProblem(name);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
}

/** Longest name of a person in every registry (姓名, 负责人, 法定代表人, 确认人…). */
export const personNameMaxLength = 50;

/** A person's name: required, plain text. */
export function personNameSchema(maxLength: number = personNameMaxLength) {
  return z.string().trim().min(1, "不能为空").max(maxLength).superRefine(plainName);
}

/** A person's name that may be left out (blank is the caller's to turn into null). */
export function optionalPersonNameSchema(maxLength: number = personNameMaxLength) {
  return z.string().trim().max(maxLength).superRefine(plainName).nullable().optional();
}

/**
 * The name of an organisation, platform or team: 2 characters at least, plain text. A blank one
 * is missing, not too short, and the form and the import should say so.
 */
export function recordNameSchema(maxLength: number) {
  return z
    .string()
    .trim()
    .min(2, { error: (issue) => (issue.input === "" ? "不能为空" : "至少 2 个字符") })
    .max(maxLength)
    .superRefine(plainName);
}

/** An organization named in free text (出具组织, 登记管理机关): required, plain text, 1 character or more. */
export function organizationNameSchema(maxLength: number) {
  return z.string().trim().min(1, "不能为空").max(maxLength).superRefine(plainName);
}
