import { ChangeHistory } from "../../../components/ChangeHistory.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { usePlatformLabels } from "../hooks/usePlatformLabels.ts";
import { usePlatformHistory } from "../hooks/usePlatforms.ts";

/** Who changed what and when in a platform's record. */
export function PlatformHistory({ platformId }: { platformId: number }) {
  const { t, tOptional } = useI18n();
  const labels = usePlatformLabels();
  const history = usePlatformHistory(platformId);
  return (
    <ChangeHistory
      entries={history.data}
      isLoading={history.isLoading}
      testId="platform-history"
      labels={{
        action: (action) => tOptional(`platforms.history.action.${action}`) ?? action,
        field: labels.field,
        value: (field, value) => {
          if (field === "kind" && typeof value === "string") return labels.kind(value);
          if (field === "status" && typeof value === "string") return labels.status(value);
          if (field === "isActive" && typeof value === "boolean") return labels.yesNo(value);
          if (field === "facilities" && Array.isArray(value))
            return value.map(String).map(labels.facility).join("、") || "—";
          return null;
        },
        change: (field, before, after) => t("platforms.history.change", { field, before, after }),
        empty: t("platforms.history.empty"),
        system: t("platforms.history.system"),
      }}
    />
  );
}
