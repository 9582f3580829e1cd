import type { Page, Platform } from "@xinqiao/shared";
import { Button, Space, type TableColumnsType, Tag } from "antd";
import { RegistryTable, type RegistryTableChange } from "../../../components/RegistryTable.tsx";
import { sortOrderOf } from "../../../components/sortOrder.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { usePlatformLabels } from "../hooks/usePlatformLabels.ts";
import { StandardTags } from "./StandardTags.tsx";

export type PlatformTableChange = RegistryTableChange;

const statusColors: Record<string, string> = {
  planning: "blue",
  operating: "green",
  suspended: "orange",
  revoked: "default",
};

/** Server-side paging and sorting; a row opens the platform's detail. */
export function PlatformTable({
  data,
  isLoading,
  sort,
  onChange,
  onOpen,
  onEdit,
}: {
  data: Page<Platform> | undefined;
  isLoading: boolean;
  sort: string | undefined;
  onChange: (change: PlatformTableChange) => void;
  onOpen: (platform: Platform) => void;
  onEdit: (platform: Platform) => void;
}) {
  const { t } = useI18n();
  const labels = usePlatformLabels();
  const sortable = (key: string) => ({ key, sorter: true, sortOrder: sortOrderOf(sort, key) });

  const columns: TableColumnsType<Platform> = [
    {
      title: t("platforms.field.name"),
      ...sortable("name"),
      fixed: "left",
      width: 250,
      render: (_: unknown, platform) => (
        <Space size={4} wrap>
          <Button
            type="link"
            size="small"
            style={{ padding: 0, whiteSpace: "normal", textAlign: "left" }}
            onClick={() => onOpen(platform)}
          >
            {platform.name}
          </Button>
          {!platform.isActive && <Tag>{t("platforms.inactive")}</Tag>}
        </Space>
      ),
    },
    {
      title: t("platforms.field.kind"),
      ...sortable("kind"),
      width: 100,
      render: (_: unknown, platform) => labels.kindShort(platform.kind),
    },
    {
      title: t("platforms.field.regionCode"),
      ...sortable("regionCode"),
      width: 220,
      ellipsis: true,
      render: (_: unknown, platform) => platform.regionPath.map((step) => step.name).join(" · "),
    },
    {
      title: t("platforms.field.status"),
      ...sortable("status"),
      width: 90,
      render: (_: unknown, platform) => (
        <Tag color={statusColors[platform.status]}>{labels.status(platform.status)}</Tag>
      ),
    },
    {
      title: t("platforms.field.floorArea"),
      ...sortable("floorArea"),
      width: 130,
      align: "right",
      render: (_: unknown, platform) => labels.area(platform.floorArea),
    },
    {
      title: t("platforms.field.staffCount"),
      ...sortable("staffCount"),
      width: 130,
      align: "right",
      render: (_: unknown, platform) => platform.staffCount,
    },
    {
      title: t("platforms.field.standard"),
      key: "standard",
      width: 150,
      render: (_: unknown, platform) => <StandardTags platform={platform} />,
    },
    {
      title: t("platforms.field.operatorOrganizationId"),
      key: "operator",
      ellipsis: true,
      render: (_: unknown, platform) => platform.operatorOrganization?.name ?? "—",
    },
    {
      title: t("platforms.field.openedOn"),
      ...sortable("openedOn"),
      width: 120,
      render: (_: unknown, platform) => platform.openedOn ?? "—",
    },
    {
      title: t("common.actions"),
      key: "actions",
      fixed: "right",
      width: 120,
      render: (_: unknown, platform) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => onOpen(platform)}>
            {t("platforms.view")}
          </Button>
          {platform.abilities.edit && (
            <Button type="link" size="small" onClick={() => onEdit(platform)}>
              {t("common.edit")}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <RegistryTable<Platform>
      columns={columns}
      data={data}
      isLoading={isLoading}
      onChange={onChange}
      scrollX={1500}
      emptyText={t("platforms.empty")}
      testId="platform-table"
    />
  );
}
