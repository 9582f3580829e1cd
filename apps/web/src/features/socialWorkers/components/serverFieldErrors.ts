import { socialWorkerFieldLabels } from "@xinqiao/shared";
import type { FormInstance } from "antd";
import { ApiError } from "../../../api/client.ts";
import { applyServerFieldErrors } from "../../../api/formErrors.ts";

/**
 * The server names the field in its messages ("身份证号：校验位不正确…"); next to the field the
 * label is already shown, so it is dropped before the message is placed there.
 */
export function applyWorkerFieldErrors(
  form: FormInstance,
  error: unknown,
  fieldNames: readonly string[],
): boolean {
  if (!(error instanceof ApiError)) return false;
  const fields = error.fields.map((field) => {
    const last =
      field.path
        .split(".")
        .filter((part) => !/^\d+$/.test(part))
        .pop() ?? field.path;
    const label = socialWorkerFieldLabels[last];
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
