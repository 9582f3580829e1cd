import { ChangeHistory } from "../../../components/ChangeHistory.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useClientLabels } from "../hooks/useClientLabels.ts";
import { useClientHistory } from "../hooks/useClients.ts";

/** Who changed what and when (the record's audit entries, reveals and consents too), newest first. */
export function ClientHistory({ clientId }: { clientId: number }) {
  const { t, tOptional } = useI18n();
  const labels = useClientLabels();
  const history = useClientHistory(clientId);

  /** Codes as the user reads them (高, not high); other values as recorded. */
  const shown = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return "—";
    if (typeof value === "boolean") return labels.yesNo(value);
    if (Array.isArray(value)) {
      if (value.length === 0) return "—";
      return value
        .map((item) =>
          field === "categories"
            ? labels.category(String(item))
            : typeof item === "object" && item !== null
              ? Object.values(item).join(" ")
              : String(item),
        )
        .join("、");
    }
    const text = String(value);
    if (field === "riskLevel") return labels.risk(text);
    if (field === "sex") return labels.sex(text);
    if (field === "kind") return labels.consentKind(text);
    return text;
  };

  return (
    <ChangeHistory
      entries={history.data}
      isLoading={history.isLoading}
      testId="client-history"
      labels={{
        action: (action) => tOptional(`audit.actionName.${action}`) ?? action,
        field: labels.field,
        value: shown,
        change: (field, before, after) => t("clients.history.change", { field, before, after }),
        special: (entry, _before, after) => {
          if (entry.action === "client.personalData.reveal") {
            return [t("clients.history.revealed", { field: labels.field(String(after.field ?? "")) })];
          }
          if (entry.action === "client.consent.record") {
            return [
              t("clients.history.consentRecorded", {
                kind: labels.consentKind(String(after.kind ?? "")),
                givenOn: String(after.givenOn ?? ""),
              }),
            ];
          }
          if (entry.action === "client.consent.withdraw") {
            return [
              t("clients.history.consentWithdrawn", { kind: labels.consentKind(String(after.kind ?? "")) }),
            ];
          }
          return null;
        },
        empty: t("clients.history.empty"),
        system: t("clients.history.system"),
      }}
    />
  );
}
