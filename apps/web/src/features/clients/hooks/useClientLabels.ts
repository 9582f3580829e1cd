import { useMemo } from "react";
import { useI18n } from "../../../i18n/i18nContext.ts";

/**
 * Categories are stored as their Chinese labels (the shared dictionary), risk levels and consent
 * kinds as codes; each language shows them through `clients.category.*`, `clients.risk.*` and
 * `clients.consentKind.*`. A value the messages do not know (an older one) is shown as stored.
 */
export function useClientLabels() {
  const { t, tOptional } = useI18n();
  return useMemo(
    () => ({
      category: (category: string) => tOptional(`clients.category.${category}`) ?? category,
      risk: (level: string) => tOptional(`clients.risk.${level}`) ?? level,
      consentKind: (kind: string) => tOptional(`clients.consentKind.${kind}`) ?? kind,
      sex: (sex: string) => tOptional(`clients.sex.${sex}`) ?? sex,
      yesNo: (value: boolean) => (value ? t("clients.yes") : t("clients.no")),
      field: (field: string) => tOptional(`clients.field.${field}`) ?? field,
    }),
    [t, tOptional],
  );
}
