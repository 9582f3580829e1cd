import type { AuditEntry } from "@xinqiao/shared";
import { ChangeHistory } from "../../../components/ChangeHistory.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";

/** Who changed what and when (a record's audit entries, newest first). */
export function HistoryTimeline({
  entries,
  isLoading,
  fieldKeyPrefix,
}: {
  entries: AuditEntry[] | undefined;
  isLoading: boolean;
  /** Where field names live in i18n: "volunteers.field" or "volunteers.teams.field". */
  fieldKeyPrefix: string;
}) {
  const { t, tOptional } = useI18n();
  const field = (key: string) =>
    tOptional(`${fieldKeyPrefix}.${key}`) ?? tOptional(`volunteers.ledger.${key}`) ?? key;
  return (
    <ChangeHistory
      entries={entries}
      isLoading={isLoading}
      testId="volunteer-history"
      labels={{
        action: (action) => tOptional(`volunteers.history.action.${action}`) ?? action,
        field,
        value: (_field, value) => (typeof value === "boolean" ? (value ? "✓" : "✗") : null),
        change: (name, before, after) => t("volunteers.history.change", { field: name, before, after }),
        single: (name, value) => t("volunteers.history.value", { field: name, value }),
        special: (entry, _before, after) =>
          entry.action === "volunteer.personalData.reveal"
            ? [t("volunteers.history.revealed", { field: field(String(after.field ?? "")) })]
            : null,
        // Raw ids mean nothing to a reader; the entry names what they point to.
        keys: (before, after) =>
          [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !key.endsWith("Id")),
        empty: t("volunteers.history.empty"),
        system: t("volunteers.history.system"),
      }}
    />
  );
}
