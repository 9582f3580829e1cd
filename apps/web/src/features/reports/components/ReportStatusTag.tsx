import type { ReportStatus } from "@xinqiao/shared";
import { Tag } from "antd";
import { useI18n } from "../../../i18n/i18nContext.ts";

const colors: Record<ReportStatus, string> = {
  draft: "default",
  submitted: "processing",
  approved: "success",
  returned: "warning",
};

export function ReportStatusTag({ status, testId }: { status: ReportStatus; testId?: string }) {
  const { t } = useI18n();
  return (
    <Tag color={colors[status]} data-testid={testId}>
      {t(`reports.status.${status}`)}
    </Tag>
  );
}
