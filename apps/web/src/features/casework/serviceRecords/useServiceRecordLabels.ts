import { useMemo } from "react";
import { useI18n } from "../../../i18n/i18nContext.ts";

/**
 * Types and domains are stored as their Chinese labels, methods as codes; each language shows
 * them through `serviceRecords.type.*`, `.domain.*` and `.method.*` (an unknown value as stored).
 */
export function useServiceRecordLabels() {
  const { tOptional } = useI18n();
  return useMemo(
    () => ({
      method: (method: string) => tOptional(`serviceRecords.method.${method}`) ?? method,
      type: (type: string) => tOptional(`serviceRecords.type.${type}`) ?? type,
      domain: (domain: string) => tOptional(`serviceRecords.domain.${domain}`) ?? domain,
      field: (field: string) => tOptional(`serviceRecords.field.${field}`) ?? field,
    }),
    [tOptional],
  );
}
