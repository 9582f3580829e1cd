import type { SocialOrganizationDetail } from "@xinqiao/shared";
import { Alert, App, Button, Drawer, Popconfirm, Space, Spin, Table, Tabs, Tag } from "antd";
import { useErrorText } from "../../../api/errorText.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useOrganizationLabels } from "../hooks/useOrganizationLabels.ts";
import { useSetSocialOrganizationActive } from "../hooks/useSocialOrganizationMutations.ts";
import { useSocialOrganization } from "../hooks/useSocialOrganizations.ts";
import { CreditCodeTag } from "./CreditCodeTag.tsx";
import { SocialOrganizationDescriptions } from "./SocialOrganizationDescriptions.tsx";
import { SocialOrganizationHistory } from "./SocialOrganizationHistory.tsx";

/** An organization's detail: fields, linked workers and platforms, history; buttons from the server's abilities. */
export function SocialOrganizationDetailDrawer({
  organizationId,
  onClose,
  onEdit,
}: {
  organizationId: number | null;
  onClose: () => void;
  onEdit: (organization: SocialOrganizationDetail) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const labels = useOrganizationLabels();
  const detail = useSocialOrganization(organizationId);
  const setActive = useSetSocialOrganizationActive();
  const organization = detail.data;

  const toggle = (target: SocialOrganizationDetail) =>
    setActive.mutate(
      { id: target.id, isActive: !target.isActive },
      {
        onSuccess: () =>
          message.success(
            t(target.isActive ? "socialOrganizations.deactivated" : "socialOrganizations.activated", {
              name: target.name,
            }),
          ),
      },
    );

  return (
    <Drawer
      open={organizationId !== null}
      onClose={onClose}
      size={900}
      destroyOnHidden
      title={
        organization ? (
          <Space wrap>
            {organization.name}
            <CreditCodeTag organization={organization} />
          </Space>
        ) : (
          t("socialOrganizations.title")
        )
      }
      extra={
        organization && (
          <Space>
            {organization.abilities.edit && (
              <Button
                type="primary"
                onClick={() => onEdit(organization)}
                data-testid="social-organization-edit"
              >
                {t("common.edit")}
              </Button>
            )}
            {(organization.abilities.deactivate || organization.abilities.activate) && (
              <Popconfirm
                title={t(
                  organization.isActive
                    ? "socialOrganizations.confirmDeactivate"
                    : "socialOrganizations.confirmActivate",
                  { name: organization.name },
                )}
                onConfirm={() => toggle(organization)}
              >
                <Button danger={organization.isActive} loading={setActive.isPending}>
                  {organization.isActive
                    ? t("socialOrganizations.deactivate")
                    : t("socialOrganizations.activate")}
                </Button>
              </Popconfirm>
            )}
          </Space>
        )
      }
    >
      <div data-testid="social-organization-detail">
        {detail.isLoading && <Spin />}
        {detail.error && <Alert type="error" showIcon title={errorText(detail.error)} />}
        {organization && (
          <Tabs
            items={[
              {
                key: "details",
                label: t("socialOrganizations.section.basic"),
                children: <SocialOrganizationDescriptions organization={organization} />,
              },
              {
                key: "workers",
                label: t("socialOrganizations.section.workers", { count: organization.workerCount }),
                children: (
                  <Table
                    rowKey="id"
                    size="small"
                    dataSource={organization.workers}
                    pagination={organization.workers.length > 20 ? { pageSize: 20 } : false}
                    locale={{ emptyText: t("socialOrganizations.workers.empty") }}
                    columns={[
                      { title: t("socialOrganizations.workers.name"), dataIndex: "name", key: "name" },
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
                ),
              },
              {
                key: "platforms",
                label: t("socialOrganizations.section.platforms", { count: organization.platformCount }),
                children: (
                  <Table
                    rowKey="id"
                    size="small"
                    dataSource={organization.platforms}
                    pagination={false}
                    locale={{ emptyText: t("socialOrganizations.platforms.empty") }}
                    columns={[
                      { title: t("socialOrganizations.platforms.name"), dataIndex: "name", key: "name" },
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
                ),
              },
              {
                key: "history",
                label: t("socialOrganizations.section.history"),
                children: <SocialOrganizationHistory organizationId={organization.id} />,
              },
            ]}
          />
        )}
      </div>
    </Drawer>
  );
}
