import { ChangeHistory } from "../../../components/ChangeHistory.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useOrganizationLabels } from "../hooks/useOrganizationLabels.ts";
import { useSocialOrganizationHistory } from "../hooks/useSocialOrganizations.ts";

/** Who changed what and when in an organization's record. */
export function SocialOrganizationHistory({ organizationId }: { organizationId: number }) {
  const { t, tOptional } = useI18n();
  const labels = useOrganizationLabels();
  const history = useSocialOrganizationHistory(organizationId);
  return (
    <ChangeHistory
      entries={history.data}
      isLoading={history.isLoading}
      testId="social-organization-history"
      labels={{
        action: (action) => tOptional(`socialOrganizations.history.action.${action}`) ?? action,
        field: labels.field,
        value: (field, value) => {
          if (field === "status" && typeof value === "string") return labels.status(value);
          if (field === "orgType" && typeof value === "string") return labels.type(value);
          if (field === "isActive" && typeof value === "boolean") return labels.yesNo(value);
          return null;
        },
        change: (field, before, after) => t("socialOrganizations.history.change", { field, before, after }),
        empty: t("socialOrganizations.history.empty"),
        system: t("socialOrganizations.history.system"),
      }}
    />
  );
}
