import type { Region } from "@xinqiao/shared";
import { Table, type TableColumnType, Typography } from "antd";
import { formatCount } from "../../../components/formatNumber.ts";
import { RegionLevelTag } from "../../../components/RegionLevelTag.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { ResidentsCell } from "./ResidentsCell.tsx";

const byNumber = (pick: (region: Region) => number | null) => (a: Region, b: Region) =>
  (pick(a) ?? -1) - (pick(b) ?? -1);

/** Child regions with their counts; a row opens the region (drill down / select). */
export function RegionChildrenTable({
  regions,
  isLoading,
  onOpen,
  showLevel = false,
  isResidentsEditable = false,
}: {
  regions: Region[];
  isLoading: boolean;
  onOpen: (region: Region) => void;
  showLevel?: boolean;
  isResidentsEditable?: boolean;
}) {
  const { t, locale } = useI18n();
  // A street counts itself as one street and a community has no communities: show only the
  // counts that say something about these children.
  const hasStreetCounts = regions.some((region) => region.level === "city" || region.level === "district");
  const hasCommunityCounts = regions.some((region) => region.level !== "community");

  const name: TableColumnType<Region> = {
    title: t("region.name"),
    dataIndex: "name",
    render: (value: string, region) =>
      region.hasChildren ? <Typography.Link>{value}</Typography.Link> : <span>{value}</span>,
  };
  const level: TableColumnType<Region> = {
    title: t("region.level"),
    dataIndex: "level",
    width: 130,
    render: (_: unknown, region) => <RegionLevelTag level={region.level} />,
  };
  const streets: TableColumnType<Region> = {
    title: t("region.streetCount"),
    dataIndex: "streetCount",
    align: "right",
    width: 140,
    sorter: byNumber((region) => region.streetCount),
    render: (value: number) => formatCount(value, locale),
  };
  const communities: TableColumnType<Region> = {
    title: t("region.communityCount"),
    dataIndex: "communityCount",
    align: "right",
    width: 140,
    sorter: byNumber((region) => region.communityCount),
    render: (value: number) => formatCount(value, locale),
  };
  const residents: TableColumnType<Region> = {
    title: t("region.residents"),
    dataIndex: "residents",
    align: "right",
    width: isResidentsEditable ? 320 : 160,
    sorter: byNumber((region) => region.residents),
    render: (_: unknown, region) => <ResidentsCell region={region} isEditable={isResidentsEditable} />,
  };
  const columns = [
    name,
    ...(showLevel ? [level] : []),
    ...(hasStreetCounts ? [streets] : []),
    ...(hasCommunityCounts ? [communities] : []),
    residents,
  ];

  return (
    <Table<Region>
      size="middle"
      rowKey="code"
      columns={columns}
      dataSource={regions}
      loading={isLoading}
      pagination={regions.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      onRow={(region) => ({
        onClick: (event) => {
          // Clicks inside the inline residents form belong to the form, not to the row.
          if (event.target instanceof Element && event.target.closest("[data-residents-editor]")) return;
          onOpen(region);
        },
        className: region.hasChildren ? "xq-clickable-row" : undefined,
      })}
      locale={{ emptyText: t("region.noChildren") }}
      data-testid="region-children-table"
    />
  );
}
