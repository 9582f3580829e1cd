import { errorCodes, translateMessage } from "@xinqiao/shared";
import { useCallback } from "react";
import { useI18n } from "../i18n/i18nContext.ts";
import type { Locale, Translate } from "../i18n/locale.ts";
import type { MessageKey } from "../i18n/zh-CN.ts";
import { ApiError } from "./client.ts";

/**
 * The text to show for a failure: the server's own message, the most precise one (it names the
 * field and the rule), with the fields' messages after it. The server answers in the app's
 * language; what it could not translate is read through the shared catalogue here (job
 * failures arrive inside 200 answers), and a failure without a message falls back to its code.
 */
export function errorText(error: unknown, locale: Locale, t: Translate): string {
  if (!(error instanceof ApiError)) return t("error.UNKNOWN");
  if (error.code === "NETWORK") return t("error.NETWORK");
  if (!error.message)
    return error.code in errorCodes ? t(`error.${error.code}` as MessageKey) : t("error.UNKNOWN");
  const message = translateMessage(error.message, locale);
  const details = error.fields
    .map((field) => translateMessage(field.message, locale))
    .filter((text) => text !== message);
  return details.length > 0
    ? t("error.withDetails", { message, details: details.join(t("common.listSeparator")) })
    : message;
}

export function useErrorText(): (error: unknown) => string {
  const { locale, t } = useI18n();
  return useCallback((error: unknown) => errorText(error, locale, t), [locale, t]);
}
