import { ApiError } from "../../../api/client.ts";

/** True when the server refused a failed check character and lets this user accept it with a reason. */
export function asksForOverrideReason(error: unknown): boolean {
  return error instanceof ApiError && error.fields.some((field) => field.path === "creditCodeOverrideReason");
}
