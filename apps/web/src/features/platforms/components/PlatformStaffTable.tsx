import type { PlatformDetail } from "@xinqiao/shared";
import { Table } from "antd";
import { Link } from "react-router";
import { recordPaths } from "../../../components/RecordLink.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { usePlatformLabels } from "../hooks/usePlatformLabels.ts";

/** The social workers employed at a platform, each opening their own page. */
export function PlatformStaffTable({ platform }: { platform: PlatformDetail }) {
  const { t } = useI18n();
  const labels = usePlatformLabels();
  return (
    <Table
      rowKey="id"
      size="small"
      dataSource={platform.staff}
      pagination={platform.staff.length > 20 ? { pageSize: 20 } : false}
      locale={{ emptyText: t("platforms.staff.empty") }}
      data-testid="platform-staff"
      columns={[
        {
          title: t("platforms.staff.name"),
          key: "name",
          render: (_: unknown, worker) => <Link to={recordPaths.socialWorker(worker.id)}>{worker.name}</Link>,
        },
        {
          title: t("platforms.staff.level"),
          key: "level",
          render: (_: unknown, worker) => labels.level(worker.qualificationLevel),
        },
        {
          title: t("platforms.staff.position"),
          key: "position",
          render: (_: unknown, worker) => worker.position ?? "—",
        },
        {
          title: t("platforms.staff.status"),
          key: "status",
          render: (_: unknown, worker) => labels.employment(worker.employmentStatus),
        },
      ]}
    />
  );
}
