import { modules } from "../app/modules.ts";
import { sharedMessagesEn } from "./en-US.ts";
import type { Locale } from "./locale.ts";
import { type MessageKey, sharedMessagesZh } from "./zh-CN.ts";

const shared: Record<Locale, Readonly<Record<string, string>>> = {
  "zh-CN": sharedMessagesZh,
  "en-US": sharedMessagesEn,
};

function catalogOf(locale: Locale): Record<MessageKey, string> {
  // Each feature types its own strings in both languages; catalogs.test.ts checks that every
  // feature's strings arrive here, which the types alone cannot.
  return Object.assign({}, shared[locale], ...modules.map((module) => module.messages?.[locale] ?? {}));
}

/** Every UI string by language: the shared ones and every registered module's. */
export const catalogs: Record<Locale, Record<MessageKey, string>> = {
  "zh-CN": catalogOf("zh-CN"),
  "en-US": catalogOf("en-US"),
};
