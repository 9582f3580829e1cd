import type { CourseStatus } from "@xinqiao/shared";
import { Tag } from "antd";
import { useI18n } from "../../../i18n/i18nContext.ts";

const colors: Record<CourseStatus, string> = { open: "processing", completed: "success", cancelled: "error" };

export function CourseStatusTag({ status }: { status: CourseStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={colors[status]} data-testid="course-status">
      {t(`training.status.${status}`)}
    </Tag>
  );
}
