import { normalizeIdentifier } from "./text.ts";

/** Mainland mobile numbers: 11 digits starting 1[3-9], optionally written with +86 / 86. */
export type MobileResult = { ok: true; value: string } | { ok: false; message: string };

export function parseMobile(input: string): MobileResult {
  const value = normalizeIdentifier(input)
    .replace(/-/g, "")
    .replace(/^\+?86(?=1\d{10}$)/, "");
  if (!/^1[3-9]\d{9}$/.test(value)) return { ok: false, message: "应为 11 位手机号码，以 13–19 开头" };
  return { ok: true, value };
}
