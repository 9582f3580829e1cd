import type { ProjectStatus } from "@xinqiao/shared";
import { Tag } from "antd";
import { useI18n } from "../../../i18n/i18nContext.ts";

const colors: Record<ProjectStatus, string> = {
  draft: "default",
  applied: "processing",
  returned: "warning",
  approved: "cyan",
  established: "blue",
  implementing: "green",
  midterm: "green",
  closed: "purple",
  evaluated: "purple",
};

export function ProjectStatusTag({ status }: { status: ProjectStatus }) {
  const { t } = useI18n();
  return <Tag color={colors[status]}>{t(`projects.status.${status}`)}</Tag>;
}
