import { errorCodes } from "@xinqiao/shared";
import { useCallback } from "react";
import { useI18n } from "../i18n/i18nContext.ts";
import type { Locale, Translate } from "../i18n/locale.ts";
import type { MessageKey } from "../i18n/zh-CN.ts";
import { ApiError } from "./client.ts";

/**
 * The text to show for a failure. In Chinese the server's own message is the most precise one
 * (it names the field and the rule); in other languages the stable error code is translated.
 */
export function errorText(error: unknown, locale: Locale, t: Translate): string {
  if (!(error instanceof ApiError)) return t("error.UNKNOWN");
  if (error.code === "NETWORK") return t("error.NETWORK");
  if (locale === "zh-CN") {
    const details = error.fields.map((field) => field.message).filter((text) => text !== error.message);
    return details.length > 0
      ? t("error.withDetails", { message: error.message, details: details.join(t("common.listSeparator")) })
      : error.message;
  }
  if (error.code in errorCodes) return t(`error.${error.code}` as MessageKey);
  return t("error.UNKNOWN");
}

export function useErrorText(): (error: unknown) => string {
  const { locale, t } = useI18n();
  return useCallback((error: unknown) => errorText(error, locale, t), [locale, t]);
}
