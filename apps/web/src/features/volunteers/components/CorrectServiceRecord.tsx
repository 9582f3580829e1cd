import type { VolunteerServiceRecord } from "@xinqiao/shared";
import { App } from "antd";
import { ReverseEntryAction } from "../../../components/ReverseEntryAction.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useReverseServiceRecord } from "../hooks/useVolunteerMutations.ts";

/** 更正 on one ledger entry: shows what will be reversed and sends the reason. */
export function CorrectServiceRecord({ record }: { record: VolunteerServiceRecord }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const reverse = useReverseServiceRecord();
  const isRedemption = record.entryKind === "redeemed";
  return (
    <ReverseEntryAction
      testId={`correct-record-${record.id}`}
      labels={{
        action: t("volunteers.ledger.correct"),
        title: t("volunteers.ledger.correctTitle"),
        rule: t("volunteers.ledger.correctRule"),
        reason: t("volunteers.ledger.reason"),
        reasonPlaceholder: t("volunteers.ledger.reasonPlaceholder"),
        submit: t("volunteers.ledger.correctSubmit"),
      }}
      summary={[
        {
          label: t(isRedemption ? "volunteers.ledger.redeemDate" : "volunteers.ledger.serviceDate"),
          value: record.serviceDate,
        },
        { label: t("volunteers.ledger.kind"), value: t(`volunteers.ledger.kind.${record.entryKind}`) },
        {
          label: t(isRedemption ? "volunteers.ledger.redeemContent" : "volunteers.ledger.content"),
          value: record.content,
        },
        { label: t("volunteers.ledger.hours"), value: record.hours },
        { label: t("volunteers.ledger.recordingOrganization"), value: record.recordingOrganization },
      ]}
      onReverse={async (reason) => {
        await reverse.mutateAsync({ id: record.volunteerId, recordId: record.id, reason });
        message.success(t("volunteers.ledger.correctDone", { hours: Math.abs(record.hours) }));
      }}
    />
  );
}
