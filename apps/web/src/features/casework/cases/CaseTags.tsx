import type { ApprovalState, CaseStage, CaseSummary } from "@xinqiao/shared";
import { Space, Tag } from "antd";
import { useI18n } from "../../../i18n/i18nContext.ts";

const stageColors: Record<CaseStage, string> = {
  intake: "blue",
  assessment: "cyan",
  planning: "geekblue",
  intervention: "purple",
  evaluation: "gold",
  closed: "green",
  declined: "default",
  suspended: "orange",
  referred: "magenta",
};

export function StageTag({ stage }: { stage: CaseStage }) {
  const { t } = useI18n();
  return (
    <Tag color={stageColors[stage]} data-testid="case-stage">
      {t(`cases.stage.${stage}`)}
    </Tag>
  );
}

const approvalColors: Record<ApprovalState, string> = {
  none: "default",
  pending: "processing",
  returned: "error",
  approved: "success",
};

/** The plan's and the closing's approval, shown only once submitted. */
export function ApprovalTags({ item }: { item: Pick<CaseSummary, "planApproval" | "closingApproval"> }) {
  const { t } = useI18n();
  const shown = [
    ["cases.planApproval", item.planApproval],
    ["cases.closingApproval", item.closingApproval],
  ] as const;
  return (
    <Space size={[0, 4]} wrap>
      {shown
        .filter(([, state]) => state !== "none")
        .map(([key, state]) => (
          <Tag key={key} color={approvalColors[state]} data-testid="case-approval">
            {t(key, { state: t(`cases.approval.${state}`) })}
          </Tag>
        ))}
    </Space>
  );
}

/** 本阶段期限: the date, red when overdue. */
export function DueTag({ item }: { item: Pick<CaseSummary, "stageDueOn" | "isOverdue"> }) {
  const { t } = useI18n();
  if (!item.stageDueOn) return <>—</>;
  return item.isOverdue ? (
    <Tag color="red">
      {t("cases.overdue")} · {item.stageDueOn}
    </Tag>
  ) : (
    <span>{t("cases.dueOn", { date: item.stageDueOn })}</span>
  );
}
