import type { ActivityStatus } from "@xinqiao/shared";
import { Tag } from "antd";
import { useI18n } from "../../../i18n/i18nContext.ts";

const colors: Record<ActivityStatus, string> = {
  draft: "default",
  published: "processing",
  done: "success",
  cancelled: "error",
};

export function ActivityStatusTag({ status }: { status: ActivityStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={colors[status]} data-testid="activity-status">
      {t(`activities.status.${status}`)}
    </Tag>
  );
}
