import { fieldLabels, translateMessage } from "@xinqiao/shared";
import type { FormInstance } from "antd";
import { readStoredLocale } from "../i18n/locale.ts";
import { ApiError } from "./client.ts";

/**
 * Puts validation messages where the user looks: next to the form field. Client-side, a form
 * validates with the same zod schema as the server; server-side field errors from the error
 * envelope land on the same fields. Typed structurally so the web does not import zod itself.
 */
interface SchemaIssue {
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
}

export interface SafeParser<T> {
  safeParse(
    input: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<SchemaIssue> } };
}

type FieldPath = (string | number)[];

function toFieldPath(path: ReadonlyArray<PropertyKey>): FieldPath {
  return path.filter((part): part is string | number => typeof part !== "symbol");
}

/**
 * "用户名：至少 3 个字符" → "至少 3 个字符": the form already shows the label. In English the
 * message is read through the shared catalogue (the server's already is: "Username: …").
 */
function shownOnField(path: FieldPath, message: string): string {
  const locale = readStoredLocale();
  const last = [...path].reverse().find((part) => typeof part === "string");
  const label = last === undefined ? undefined : fieldLabels[last];
  const bare = label && message.startsWith(`${label}：`) ? message.slice(label.length + 1) : message;
  const translated = translateMessage(bare, locale);
  const englishLabel = label ? translateMessage(label, locale) : undefined;
  return englishLabel && translated.startsWith(`${englishLabel}: `)
    ? translated.slice(englishLabel.length + 2)
    : translated;
}

/**
 * Shows the messages on their fields. With `replaceAll`, every other field's errors are cleared:
 * the schema has just judged the whole form, and a rule's message left on a field the user did
 * not touch (登记日期 "不能早于发证日期" after the 发证日期 was corrected) would be stale.
 */
function setErrors(
  form: FormInstance,
  entries: { path: FieldPath; message: string }[],
  replaceAll = false,
): void {
  const byName = new Map<string, { name: FieldPath; errors: string[] }>();
  for (const entry of entries) {
    const key = entry.path.join(".");
    const existing = byName.get(key) ?? { name: entry.path, errors: [] };
    const message = shownOnField(entry.path, entry.message);
    if (!existing.errors.includes(message)) existing.errors.push(message);
    byName.set(key, existing);
  }
  const stale = replaceAll
    ? form
        .getFieldsError()
        .filter((field) => field.errors.length > 0 && !byName.has(field.name.join(".")))
        .map((field) => ({ name: field.name, errors: [] }))
    : [];
  form.setFields([...stale, ...byName.values()]);
}

/**
 * Returns the parsed body, or null after showing the issues on the form's fields — every issue
 * at once (the shared schemas run their rules between fields in the same pass as the fields),
 * so one submit shows all that is wrong.
 */
export function validateWithSchema<T>(form: FormInstance, schema: SafeParser<T>, values: unknown): T | null {
  const result = schema.safeParse(values);
  const issues = result.success ? [] : result.error.issues;
  setErrors(
    form,
    issues.map((issue) => ({ path: toFieldPath(issue.path), message: issue.message })),
    true,
  );
  return result.success ? result.data : null;
}

/**
 * Shows the server's field errors on the form fields named in `fieldNames`; returns true when
 * every field error found a place (otherwise the caller shows the message globally).
 */
export function applyServerFieldErrors(
  form: FormInstance,
  error: unknown,
  fieldNames: readonly string[],
): boolean {
  if (!(error instanceof ApiError) || error.fields.length === 0) return false;
  const known = new Set(fieldNames);
  const placed = error.fields
    .map((field) => ({
      path: field.path.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
      message: field.message,
    }))
    .filter((field) => typeof field.path[0] === "string" && known.has(field.path[0]));
  setErrors(form, placed);
  return placed.length === error.fields.length;
}

/**
 * Errors placed with `setFields` stay until replaced (these forms have no antd rules), so a
 * form clears a field's errors as soon as the user changes it: pass this as `onValuesChange`.
 */
export function clearErrorsOfChangedFields(form: FormInstance): (changed: object) => void {
  return (changed) => form.setFields(Object.keys(changed).map((name) => ({ name, errors: [] })));
}
