import { useMemo } from "react";
import { useI18n } from "../../../i18n/i18nContext.ts";

/** Dictionary codes to labels in the current language; unknown codes show as they are. */
export function useOrganizationLabels() {
  const { t, tOptional } = useI18n();
  return useMemo(
    () => ({
      type: (type: string) => tOptional(`socialOrganizations.type.${type}`) ?? type,
      status: (status: string) => tOptional(`socialOrganizations.status.${status}`) ?? status,
      grade: (grade: string | null) => grade ?? t("socialOrganizations.grade.none"),
      domain: (domain: string) => tOptional(`socialOrganizations.domain.${domain}`) ?? domain,
      level: (level: string) => tOptional(`socialOrganizations.level.${level}`) ?? level,
      employment: (status: string) => tOptional(`socialOrganizations.employment.${status}`) ?? status,
      platformKind: (kind: string) => tOptional(`socialOrganizations.platformKind.${kind}`) ?? kind,
      platformStatus: (status: string) => tOptional(`socialOrganizations.platformStatus.${status}`) ?? status,
      yesNo: (value: boolean) => t(value ? "socialOrganizations.yes" : "socialOrganizations.no"),
      /** A field's label for history entries; unknown fields show their code. */
      field: (field: string) => tOptional(`socialOrganizations.field.${field}`) ?? field,
    }),
    [t, tOptional],
  );
}
