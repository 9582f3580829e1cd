import { socialOrganizationFieldLabels } from "@xinqiao/shared";
import type { FormInstance } from "antd";
import { ApiError } from "../../../api/client.ts";
import { applyServerFieldErrors } from "../../../api/formErrors.ts";

/**
 * The server names the field in its messages ("统一社会信用代码：校验位不正确…"); next to the
 * field the label is already shown, so it is dropped before the message is placed there.
 */
export function applyFieldErrors(
  form: FormInstance,
  error: unknown,
  fieldNames: readonly string[],
  labels: Record<string, string> = socialOrganizationFieldLabels,
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

/** True when the server refused a failed check character and lets this user accept it with a reason. */
export function asksForOverrideReason(error: unknown): boolean {
  return error instanceof ApiError && error.fields.some((field) => field.path === "creditCodeOverrideReason");
}
