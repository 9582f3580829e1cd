import { useQueryClient } from "@tanstack/react-query";
import { ReverseEntryAction } from "../../../components/ReverseEntryAction.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { activityActions, activityKeys } from "../api.ts";

/**
 * Corrects a confirmed activity entry from the activity's page: the volunteers' ledger adds the
 * reversing entry (its own route, permission and audit); the page then shows it reversed.
 */
export function ReverseEntryButton({
  activityId,
  volunteerId,
  entryId,
  hours,
}: {
  activityId: number;
  volunteerId: number;
  entryId: number;
  hours: number;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  return (
    <ReverseEntryAction
      summary={[{ label: t("activities.signup.hours"), value: hours }]}
      labels={{
        action: t("activities.hours.reverse"),
        title: t("activities.hours.reverseTitle"),
        rule: t("activities.hours.reverseRule"),
        reason: t("activities.hours.reverseReason"),
        reasonPlaceholder: t("activities.hours.reverseReasonPlaceholder"),
        submit: t("activities.hours.reverse"),
      }}
      onReverse={async (reason) => {
        await activityActions.reverseEntry(volunteerId, entryId, reason);
        await queryClient.invalidateQueries({ queryKey: activityKeys.detail(activityId) });
      }}
      testId="activity-reverse-entry"
    />
  );
}
