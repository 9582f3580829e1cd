import type { FormInstance } from "antd";
import { ApiError } from "../api/client.ts";
import { applyServerFieldErrors } from "../api/formErrors.ts";

/**
 * Places the server's field messages next to their form fields. The server names the field in
 * its messages ("身份证号：校验位不正确…"); next to the field the label is already shown, so the
 * label (from `labels`, by the path's last non-index part) is dropped first.
 */
export function applyFieldErrors(
  form: FormInstance,
  error: unknown,
  fieldNames: readonly string[],
  labels: Record<string, string>,
): boolean {
  if (!(error instanceof ApiError)) return false;
  const fields = error.fields.map((field) => {
    const last =
      field.path
        .split(".")
        .filter((part) => !/^\d+$/.test(part))
        .pop() ?? field.path;
    const label = labels[last];
    return label && field.message.startsWith(`${label}：`)
      ? { ...field, message: field.message.slice(label.length + 1) }
      : field;
  });
  return applyServerFieldErrors(
    form,
    new ApiError(error.status, error.code, error.message, fields, error.body),
    fieldNames,
  );
}
