import type { Page, SocialOrganization } from "@xinqiao/shared";
import { Button, Space, type TableColumnsType, Tag, Typography } from "antd";
import { RegistryTable, type RegistryTableChange } from "../../../components/RegistryTable.tsx";
import { sortOrderOf } from "../../../components/sortOrder.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useOrganizationLabels } from "../hooks/useOrganizationLabels.ts";

export type SocialOrganizationTableChange = RegistryTableChange;

/** Server-side paging and sorting; a row opens the organization's detail. */
export function SocialOrganizationTable({
  data,
  isLoading,
  sort,
  onChange,
  onOpen,
  onEdit,
}: {
  data: Page<SocialOrganization> | undefined;
  isLoading: boolean;
  sort: string | undefined;
  onChange: (change: SocialOrganizationTableChange) => void;
  onOpen: (organization: SocialOrganization) => void;
  onEdit: (organization: SocialOrganization) => void;
}) {
  const { t } = useI18n();
  const labels = useOrganizationLabels();
  const sortable = (key: string) => ({ key, sorter: true, sortOrder: sortOrderOf(sort, key) });

  const columns: TableColumnsType<SocialOrganization> = [
    {
      title: t("socialOrganizations.field.name"),
      ...sortable("name"),
      fixed: "left",
      width: 260,
      render: (_: unknown, organization) => (
        <Space size={4} wrap>
          <Button
            type="link"
            size="small"
            style={{ padding: 0, whiteSpace: "normal", textAlign: "left" }}
            onClick={() => onOpen(organization)}
          >
            {organization.name}
          </Button>
          {!organization.isActive && <Tag>{t("socialOrganizations.inactive")}</Tag>}
        </Space>
      ),
    },
    {
      title: t("socialOrganizations.field.creditCode"),
      ...sortable("creditCode"),
      width: 200,
      render: (_: unknown, organization) => (
        <Typography.Text
          code
          type={organization.isCreditCodeCheckValid ? undefined : "warning"}
          title={organization.isCreditCodeCheckValid ? undefined : t("socialOrganizations.check.overridden")}
        >
          {organization.creditCode}
        </Typography.Text>
      ),
    },
    {
      title: t("socialOrganizations.field.orgType"),
      ...sortable("orgType"),
      width: 130,
      render: (_: unknown, organization) => labels.type(organization.orgType),
    },
    {
      title: t("socialOrganizations.field.regionCode"),
      ...sortable("regionCode"),
      width: 170,
      ellipsis: true,
      render: (_: unknown, organization) => organization.regionPath.map((step) => step.name).join(" · "),
    },
    {
      title: t("socialOrganizations.field.evaluationGrade"),
      ...sortable("evaluationGrade"),
      width: 100,
      render: (_: unknown, organization) =>
        organization.evaluationGrade ? <Tag color="gold">{organization.evaluationGrade}</Tag> : "—",
    },
    {
      title: t("socialOrganizations.field.staffCount"),
      ...sortable("staffCount"),
      width: 110,
      align: "right",
      render: (_: unknown, organization) => organization.staffCount,
    },
    {
      title: t("socialOrganizations.field.workerCount"),
      ...sortable("workerCount"),
      width: 130,
      align: "right",
      render: (_: unknown, organization) => organization.workerCount,
    },
    {
      title: t("socialOrganizations.field.registeredOn"),
      ...sortable("registeredOn"),
      width: 120,
      render: (_: unknown, organization) => organization.registeredOn ?? "—",
    },
    {
      title: t("socialOrganizations.field.status"),
      ...sortable("status"),
      width: 100,
      render: (_: unknown, organization) => (
        <Tag
          color={
            organization.status === "active"
              ? "green"
              : organization.status === "suspended"
                ? "orange"
                : "default"
          }
        >
          {labels.status(organization.status)}
        </Tag>
      ),
    },
    {
      title: t("common.actions"),
      key: "actions",
      fixed: "right",
      width: 120,
      render: (_: unknown, organization) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => onOpen(organization)}>
            {t("socialOrganizations.view")}
          </Button>
          {organization.abilities.edit && (
            <Button type="link" size="small" onClick={() => onEdit(organization)}>
              {t("common.edit")}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <RegistryTable<SocialOrganization>
      columns={columns}
      data={data}
      isLoading={isLoading}
      onChange={onChange}
      scrollX={1500}
      emptyText={t("socialOrganizations.empty")}
      testId="social-organization-table"
    />
  );
}
