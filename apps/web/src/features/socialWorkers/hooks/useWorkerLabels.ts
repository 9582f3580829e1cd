import type {
  EducationLevel,
  EmployerKind,
  QualificationLevel,
  WorkerEmploymentStatus,
} from "@xinqiao/shared";
import { useMemo } from "react";
import { useI18n } from "../../../i18n/i18nContext.ts";

/** Dictionary codes to labels in the current language (Chinese labels come from the shared dictionaries). */
export function useWorkerLabels() {
  const { t, tOptional } = useI18n();
  return useMemo(
    () => ({
      level: (level: QualificationLevel) => t(`socialWorkers.level.${level}`),
      education: (education: EducationLevel) => t(`socialWorkers.education.${education}`),
      status: (status: WorkerEmploymentStatus) => t(`socialWorkers.status.${status}`),
      employerKind: (kind: EmployerKind) => t(`socialWorkers.employerKind.${kind}`),
      sex: (sex: "male" | "female") => t(`socialWorkers.sex.${sex}`),
      domain: (domain: string) => tOptional(`socialWorkers.domain.${domain}`) ?? domain,
      certificate: (certificate: string) =>
        tOptional(`socialWorkers.certificate.${certificate}`) ?? certificate,
      yesNo: (value: boolean) => t(value ? "socialWorkers.yes" : "socialWorkers.no"),
      /** A field's label for history entries; unknown fields show their code. */
      field: (field: string) => tOptional(`socialWorkers.field.${field}`) ?? field,
    }),
    [t, tOptional],
  );
}
