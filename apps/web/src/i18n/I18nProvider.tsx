import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { type ReactNode, useCallback, useEffect, useMemo, useState } from "react";
import { catalogs } from "./catalogs.ts";
import { I18nContext, type I18nValue } from "./i18nContext.ts";
import { format, type Locale, readStoredLocale, storeLocale } from "./locale.ts";

const dayjsLocales: Record<Locale, string> = { "zh-CN": "zh-cn", "en-US": "en" };

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(readStoredLocale);

  useEffect(() => {
    dayjs.locale(dayjsLocales[locale]);
    document.documentElement.lang = locale;
    document.title = catalogs[locale]["app.documentTitle"];
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo<I18nValue>(() => {
    const catalog = catalogs[locale];
    const known: Record<string, string> = catalog;
    return {
      locale,
      setLocale,
      t: (key, params) => format(catalog[key], params),
      tOptional: (key) => known[key] ?? null,
    };
  }, [locale, setLocale]);

  return <I18nContext value={value}>{children}</I18nContext>;
}
