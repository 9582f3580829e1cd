import type { SocialOrganizationDetail } from "@xinqiao/shared";
import { Table, Tag } from "antd";
import { Link } from "react-router";
import { recordPaths } from "../../../components/RecordLink.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useOrganizationLabels } from "../hooks/useOrganizationLabels.ts";

/** The social workers an organization employs (those in the viewer's scope), each opening their page. */
export function OrganizationWorkersTable({ organization }: { organization: SocialOrganizationDetail }) {
  const { t } = useI18n();
  const labels = useOrganizationLabels();
  return (
    <Table
      rowKey="id"
      size="small"
      dataSource={organization.workers}
      pagination={organization.workers.length > 20 ? { pageSize: 20 } : false}
      locale={{ emptyText: t("socialOrganizations.workers.empty") }}
      data-testid="social-organization-workers"
      columns={[
        {
          title: t("socialOrganizations.workers.name"),
          key: "name",
          render: (_: unknown, worker) => <Link to={recordPaths.socialWorker(worker.id)}>{worker.name}</Link>,
        },
        {
          title: t("socialOrganizations.workers.level"),
          key: "level",
          render: (_: unknown, worker) => labels.level(worker.qualificationLevel),
        },
        {
          title: t("socialOrganizations.workers.position"),
          key: "position",
          render: (_: unknown, worker) => worker.position ?? "—",
        },
        {
          title: t("socialOrganizations.workers.status"),
          key: "status",
          render: (_: unknown, worker) => labels.employment(worker.employmentStatus),
        },
      ]}
    />
  );
}

/** The platforms an organization operates (those in the viewer's scope), each opening its page. */
export function OrganizationPlatformsTable({ organization }: { organization: SocialOrganizationDetail }) {
  const { t } = useI18n();
  const labels = useOrganizationLabels();
  return (
    <Table
      rowKey="id"
      size="small"
      dataSource={organization.platforms}
      pagination={false}
      locale={{ emptyText: t("socialOrganizations.platforms.empty") }}
      data-testid="social-organization-platforms"
      columns={[
        {
          title: t("socialOrganizations.platforms.name"),
          key: "name",
          render: (_: unknown, platform) => (
            <Link to={recordPaths.platform(platform.id)}>{platform.name}</Link>
          ),
        },
        {
          title: t("socialOrganizations.platforms.kind"),
          key: "kind",
          render: (_: unknown, platform) => labels.platformKind(platform.kind),
        },
        {
          title: t("socialOrganizations.platforms.status"),
          key: "status",
          render: (_: unknown, platform) => (
            <Tag color={platform.status === "operating" ? "green" : "default"}>
              {labels.platformStatus(platform.status)}
            </Tag>
          ),
        },
      ]}
    />
  );
}
