import type { Page, SocialOrganization } from "@xinqiao/shared";
import { type TableColumnsType, Tag, Typography } from "antd";
import { RegistryTable, type RegistryTableChange } from "../../../components/RegistryTable.tsx";
import { recordNameColumn, viewEditColumn } from "../../../components/registryColumns.tsx";
import { sortOrderOf } from "../../../components/sortOrder.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useOrganizationLabels } from "../hooks/useOrganizationLabels.ts";
import type { OrganizationSortField } from "../listParams.ts";

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
  const sortable = (key: OrganizationSortField) => ({ key, sorter: true, sortOrder: sortOrderOf(sort, key) });

  const columns: TableColumnsType<SocialOrganization> = [
    recordNameColumn<SocialOrganization>({
      title: t("socialOrganizations.field.name"),
      inactiveLabel: t("socialOrganizations.inactive"),
      sortOrder: sortOrderOf(sort, "name"),
      width: 260,
      onOpen,
    }),
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
    viewEditColumn<SocialOrganization>({
      title: t("common.actions"),
      viewLabel: t("socialOrganizations.view"),
      editLabel: t("common.edit"),
      canEdit: (organization) => organization.abilities.edit,
      width: 120,
      onOpen,
      onEdit,
    }),
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
