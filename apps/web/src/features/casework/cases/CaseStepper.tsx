import { activeCaseStages, type CaseDetail } from "@xinqiao/shared";
import { Steps } from "antd";
import { useI18n } from "../../../i18n/i18nContext.ts";

/** 接案 → 预估 → 计划 → 介入 → 评估 → 结案, with 中止 / 转介 / 不予接案 shown where they left the line. */
export function CaseStepper({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  const line = [...activeCaseStages, "closed"] as const;
  const where = detail.stage === "suspended" ? detail.suspendedFrom : detail.stage;
  const index = line.indexOf(where as (typeof line)[number]);
  const offLine = detail.stage === "declined" || detail.stage === "referred" || detail.stage === "suspended";
  return (
    <Steps
      size="small"
      current={index === -1 ? 0 : index}
      status={offLine ? "error" : detail.stage === "closed" ? "finish" : "process"}
      items={line.map((stage, i) => ({
        title: t(`cases.stage.${stage}`),
        description: i === index && offLine ? t(`cases.stage.${detail.stage}`) : undefined,
      }))}
      data-testid="case-stepper"
    />
  );
}
