import type { Page, Platform } from "@xinqiao/shared";
import { Tag } from "antd";
import { RecordLink, recordPaths } from "../../../components/RecordLink.tsx";
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
import { usePlatformLabels } from "../hooks/usePlatformLabels.ts";
import type { PlatformSortField } from "../listParams.ts";
import { StandardTags } from "./StandardTags.tsx";

export type PlatformTableChange = RegistryTableChange;

const statusColors: Record<string, string> = {
  planning: "blue",
  operating: "green",
  suspended: "orange",
  revoked: "default",
};

/**
 * Server-side paging and sorting; a name opens the platform's page. Floor area and opening date
 * start hidden (column settings) so the rest fit a 1440 px screen beside the actions and, with
 * `bulk`, the check boxes (region and operator are cut to their width, whole on hover).
 */
export function PlatformTable({
  data,
  isLoading,
  sort,
  onChange,
  onEdit,
  bulk,
}: {
  data: Page<Platform> | undefined;
  isLoading: boolean;
  sort: string | undefined;
  onChange: (change: PlatformTableChange) => void;
  onEdit: (platform: Platform) => void;
  /** Row selection and the bulk actions on it. */
  bulk?: BulkActionsOption;
}) {
  const { t } = useI18n();
  const labels = usePlatformLabels();
  const returnState = useReturnState();
  const page = (platform: Platform) => recordPaths.platform(platform.id);
  const sortable = (key: PlatformSortField) => ({ key, sorter: true, sortOrder: sortOrderOf(sort, key) });

  const columns: RegistryColumn<Platform>[] = [
    recordNameColumn<Platform>({
      title: t("platforms.field.name"),
      inactiveLabel: t("platforms.inactive"),
      sortOrder: sortOrderOf(sort, "name"),
      width: 200,
      to: page,
      state: returnState,
      testId: "platform-link",
    }),
    {
      title: t("platforms.field.kind"),
      ...sortable("kind"),
      width: 96,
      render: (_: unknown, platform) => labels.kindShort(platform.kind),
    },
    {
      title: t("platforms.field.regionCode"),
      ...sortable("regionCode"),
      width: 150,
      ...ellipsis,
      render: (_: unknown, platform) =>
        ellipsisCell(platform.regionPath.map((step) => step.name).join(" · ")),
    },
    {
      title: t("platforms.field.status"),
      ...sortable("status"),
      width: 96,
      render: (_: unknown, platform) => (
        <Tag color={statusColors[platform.status]}>{labels.status(platform.status)}</Tag>
      ),
    },
    {
      title: t("platforms.field.floorArea"),
      ...sortable("floorArea"),
      width: 120,
      isOptional: true,
      align: "right",
      render: (_: unknown, platform) => labels.area(platform.floorArea),
    },
    {
      title: t("platforms.field.staffCount"),
      ...sortable("staffCount"),
      width: 140,
      align: "right",
      render: (_: unknown, platform) => platform.staffCount,
    },
    {
      title: t("platforms.field.standard"),
      key: "standard",
      width: 120,
      render: (_: unknown, platform) => <StandardTags platform={platform} />,
    },
    {
      title: t("platforms.field.operatorOrganizationId"),
      key: "operator",
      width: 160,
      ...ellipsis,
      render: (_: unknown, platform) =>
        platform.operatorOrganization
          ? ellipsisCell(
              platform.operatorOrganization.name,
              <RecordLink reference={platform.operatorOrganization} kind="socialOrganization" />,
            )
          : "—",
    },
    {
      title: t("platforms.field.openedOn"),
      ...sortable("openedOn"),
      width: 100,
      isOptional: true,
      render: (_: unknown, platform) => platform.openedOn ?? "—",
    },
    viewEditColumn<Platform>({
      title: t("common.actions"),
      viewLabel: t("platforms.view"),
      editLabel: t("common.edit"),
      canEdit: (platform) => platform.abilities.edit,
      width: 100,
      to: page,
      state: returnState,
      onEdit,
    }),
  ];

  return (
    <RegistryTable<Platform>
      tableKey="platforms"
      columns={columns}
      data={data}
      isLoading={isLoading}
      onChange={onChange}
      bulk={bulk}
      emptyText={t("platforms.empty")}
      testId="platform-table"
    />
  );
}
