import { ChangeHistory } from "../../../components/ChangeHistory.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useSocialWorkerHistory } from "../hooks/useSocialWorkers.ts";
import { useWorkerLabels } from "../hooks/useWorkerLabels.ts";

/** Who changed what and when (the record's audit entries), newest first. */
export function SocialWorkerHistory({ workerId }: { workerId: number }) {
  const { t, tOptional } = useI18n();
  const labels = useWorkerLabels();
  const history = useSocialWorkerHistory(workerId);

  /** Codes as the user reads them (社会工作师, not intermediate); other values as recorded. */
  const shown = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return "—";
    if (typeof value === "boolean") return labels.yesNo(value);
    if (Array.isArray(value)) {
      if (value.length === 0) return "—";
      const label =
        field === "domains" ? labels.domain : field === "otherCertificates" ? labels.certificate : String;
      return value.map((item) => label(String(item))).join("、");
    }
    const text = String(value);
    const coded: Record<string, string | null> = {
      qualificationLevel: tOptional(`socialWorkers.level.${text}`),
      education: tOptional(`socialWorkers.education.${text}`),
      employmentStatus: tOptional(`socialWorkers.status.${text}`),
      employerKind: tOptional(`socialWorkers.employerKind.${text}`),
      sex: tOptional(`socialWorkers.sex.${text}`),
    };
    return coded[field] ?? text;
  };

  return (
    <ChangeHistory
      entries={history.data}
      isLoading={history.isLoading}
      testId="social-worker-history"
      labels={{
        action: (action) => tOptional(`socialWorkers.history.action.${action}`) ?? action,
        field: labels.field,
        value: shown,
        change: (field, before, after) => t("socialWorkers.history.change", { field, before, after }),
        special: (entry, _before, after) => {
          if (entry.action === "socialWorker.personalData.reveal") {
            return [t("socialWorkers.history.revealed", { field: labels.field(String(after.field ?? "")) })];
          }
          if (entry.action === "socialWorker.educationHours.add") {
            // Entries audited before kinds existed carry no kind: they were training.
            const key =
              after.kind === "degree"
                ? "socialWorkers.history.degreeAdded"
                : "socialWorkers.history.hoursAdded";
            return [
              t(key, {
                completedOn: String(after.completedOn ?? ""),
                hours: String(after.hours ?? ""),
                description: String(after.description ?? ""),
              }),
            ];
          }
          return null;
        },
        empty: t("socialWorkers.history.empty"),
        system: t("socialWorkers.history.system"),
      }}
    />
  );
}
