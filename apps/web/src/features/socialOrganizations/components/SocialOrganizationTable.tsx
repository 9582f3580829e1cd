import type { Page, SocialOrganization } from "@xinqiao/shared";
import { Tag, Typography } from "antd";
import { recordPaths } from "../../../components/RecordLink.tsx";
import {
  type BulkActionsOption,
  RegistryTable,
  type RegistryTableChange,
} from "../../../components/RegistryTable.tsx";
import {
  ellipsis,
  ellipsisCell,
  type RegistryColumn,
  recordNameColumn,
  viewEditColumn,
} from "../../../components/registryColumns.tsx";
import { sortOrderOf } from "../../../components/sortOrder.ts";
import { useReturnState } from "../../../hooks/useReturnState.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useOrganizationLabels } from "../hooks/useOrganizationLabels.ts";
import type { OrganizationSortField } from "../listParams.ts";

export type SocialOrganizationTableChange = RegistryTableChange;

/**
 * Server-side paging and sorting; a name opens the organization's page. Staff count and
 * registration date start hidden (column settings) so registered social workers and the
 * registration status fit a 1440 px screen beside the actions and, with `bulk`, the check boxes.
 */
export function SocialOrganizationTable({
  data,
  isLoading,
  sort,
  onChange,
  onEdit,
  bulk,
}: {
  data: Page<SocialOrganization> | undefined;
  isLoading: boolean;
  sort: string | undefined;
  onChange: (change: SocialOrganizationTableChange) => void;
  onEdit: (organization: SocialOrganization) => void;
  /** Row selection and the bulk actions on it. */
  bulk?: BulkActionsOption;
}) {
  const { t } = useI18n();
  const labels = useOrganizationLabels();
  const returnState = useReturnState();
  const page = (organization: SocialOrganization) => recordPaths.socialOrganization(organization.id);
  const sortable = (key: OrganizationSortField) => ({ key, sorter: true, sortOrder: sortOrderOf(sort, key) });

  const columns: RegistryColumn<SocialOrganization>[] = [
    recordNameColumn<SocialOrganization>({
      title: t("socialOrganizations.field.name"),
      inactiveLabel: t("socialOrganizations.inactive"),
      sortOrder: sortOrderOf(sort, "name"),
      width: 210,
      to: page,
      state: returnState,
      testId: "social-organization-link",
    }),
    {
      title: t("socialOrganizations.field.creditCode"),
      ...sortable("creditCode"),
      width: 170,
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
      width: 110,
      render: (_: unknown, organization) => labels.type(organization.orgType),
    },
    {
      title: t("socialOrganizations.field.regionCode"),
      ...sortable("regionCode"),
      width: 140,
      ...ellipsis,
      render: (_: unknown, organization) =>
        ellipsisCell(organization.regionPath.map((step) => step.name).join(" · ")),
    },
    {
      title: t("socialOrganizations.field.evaluationGrade"),
      ...sortable("evaluationGrade"),
      width: 96,
      render: (_: unknown, organization) =>
        organization.evaluationGrade ? <Tag color="gold">{organization.evaluationGrade}</Tag> : "—",
    },
    {
      title: t("socialOrganizations.field.staffCount"),
      ...sortable("staffCount"),
      width: 96,
      isOptional: true,
      align: "right",
      render: (_: unknown, organization) => organization.staffCount,
    },
    {
      title: t("socialOrganizations.field.workerCount"),
      ...sortable("workerCount"),
      width: 140,
      align: "right",
      render: (_: unknown, organization) => organization.workerCount,
    },
    {
      title: t("socialOrganizations.field.registeredOn"),
      ...sortable("registeredOn"),
      width: 100,
      isOptional: true,
      render: (_: unknown, organization) => organization.registeredOn ?? "—",
    },
    {
      title: t("socialOrganizations.field.status"),
      ...sortable("status"),
      width: 96,
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
      width: 100,
      to: page,
      state: returnState,
      onEdit,
    }),
  ];

  return (
    <RegistryTable<SocialOrganization>
      tableKey="socialOrganizations"
      columns={columns}
      data={data}
      isLoading={isLoading}
      onChange={onChange}
      bulk={bulk}
      emptyText={t("socialOrganizations.empty")}
      testId="social-organization-table"
    />
  );
}
