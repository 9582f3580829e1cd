import { fieldLabels } from "@xinqiao/shared";
import type { FormInstance } from "antd";
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

/** "用户名：至少 3 个字符" → "至少 3 个字符": the form already shows the label. */
function withoutLabel(path: FieldPath, message: string): string {
  const last = [...path].reverse().find((part) => typeof part === "string");
  const label = last === undefined ? undefined : fieldLabels[last];
  return label && message.startsWith(`${label}：`) ? message.slice(label.length + 1) : message;
}

function setErrors(form: FormInstance, entries: { path: FieldPath; message: string }[]): void {
  const byName = new Map<string, { name: FieldPath; errors: string[] }>();
  for (const entry of entries) {
    const key = entry.path.join(".");
    const existing = byName.get(key) ?? { name: entry.path, errors: [] };
    existing.errors.push(withoutLabel(entry.path, entry.message));
    byName.set(key, existing);
  }
  form.setFields([...byName.values()]);
}

/** Returns the parsed body, or null after showing the issues on the form's fields. */
export function validateWithSchema<T>(form: FormInstance, schema: SafeParser<T>, values: unknown): T | null {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  setErrors(
    form,
    result.error.issues.map((issue) => ({ path: toFieldPath(issue.path), message: issue.message })),
  );
  return null;
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
