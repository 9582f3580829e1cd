import { createContext, useContext } from "react";
import type { Locale, Translate } from "./locale.ts";

export interface I18nValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
  /** For keys built from server codes (audit actions): null when there is no translation. */
  tOptional: (key: string) => string | null;
}

export const I18nContext = createContext<I18nValue | null>(null);

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n must be used inside <I18nProvider>");
  return value;
}
