import { useMemo } from "react";
import { useI18n } from "../../../i18n/i18nContext.ts";

/** Dictionary codes to labels in the current language; unknown codes show as they are. */
export function usePlatformLabels() {
  const { t, tOptional } = useI18n();
  return useMemo(
    () => ({
      kind: (kind: string) => tOptional(`platforms.kind.${kind}`) ?? kind,
      kindShort: (kind: string) => tOptional(`platforms.kindShort.${kind}`) ?? kind,
      status: (status: string) => tOptional(`platforms.status.${status}`) ?? status,
      facility: (facility: string) => tOptional(`platforms.facility.${facility}`) ?? facility,
      level: (level: string) => tOptional(`platforms.level.${level}`) ?? level,
      employment: (status: string) => tOptional(`platforms.employment.${status}`) ?? status,
      area: (area: number | null) => (area === null ? "—" : t("platforms.areaValue", { area })),
      yesNo: (value: boolean) => t(value ? "platforms.yes" : "platforms.no"),
      /** A field's label for history entries; unknown fields show their code. */
      field: (field: string) => tOptional(`platforms.field.${field}`) ?? field,
    }),
    [t, tOptional],
  );
}
