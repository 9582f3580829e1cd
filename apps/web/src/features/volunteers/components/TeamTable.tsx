import type { Page, VolunteerTeam } from "@xinqiao/shared";
import { Space, Table, type TableColumnsType, type TableProps, Tag } from "antd";
import { Link } from "react-router";
import { useI18n } from "../../../i18n/i18nContext.ts";
import type { TableChange } from "./VolunteerTable.tsx";

/** Teams with server-side paging and sorting; member counts and hours come with each row. */
export function TeamTable({
  data,
  isLoading,
  sort,
  onChange,
}: {
  data: Page<VolunteerTeam> | undefined;
  isLoading: boolean;
  sort: string | undefined;
  onChange: (change: TableChange) => void;
}) {
  const { t } = useI18n();
  const sortOrderOf = (field: string) =>
    sort === field ? ("ascend" as const) : sort === `-${field}` ? ("descend" as const) : null;
  const columns: TableColumnsType<VolunteerTeam> = [
    {
      title: t("volunteers.teams.field.name"),
      key: "name",
      sorter: true,
      sortOrder: sortOrderOf("name"),
      render: (_: unknown, team) => (
        <Space size={4}>
          <Link to={`/volunteer-teams/${team.id}`} data-testid="team-link">
            {team.name}
          </Link>
          {!team.isActive && <Tag>{t("volunteers.inactive")}</Tag>}
        </Space>
      ),
    },
    {
      title: t("volunteers.teams.field.region"),
      key: "region",
      sorter: true,
      sortOrder: sortOrderOf("regionCode"),
      ellipsis: true,
      render: (_: unknown, team) => team.regionPath.map((link) => link.name).join(" / "),
    },
    {
      title: t("volunteers.teams.field.socialOrganization"),
      key: "socialOrganization",
      ellipsis: true,
      render: (_: unknown, team) => team.socialOrganization?.name ?? "—",
    },
    { title: t("volunteers.teams.field.leaderName"), dataIndex: "leaderName", key: "leaderName", width: 100 },
    {
      title: t("volunteers.teams.field.foundedOn"),
      dataIndex: "foundedOn",
      key: "foundedOn",
      width: 115,
      sorter: true,
      sortOrder: sortOrderOf("foundedOn"),
    },
    {
      title: t("volunteers.teams.field.memberCount"),
      dataIndex: "memberCount",
      key: "memberCount",
      width: 100,
      align: "right",
    },
    {
      title: t("volunteers.teams.field.totalHours"),
      dataIndex: "totalHours",
      key: "totalHours",
      width: 140,
      align: "right",
      render: (hours: number) => t("volunteers.hours", { hours }),
    },
  ];

  const handleChange: TableProps<VolunteerTeam>["onChange"] = (pagination, _filters, sorter) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = single?.order ? String(single.columnKey ?? single.field) : undefined;
    const sortField = field === "region" ? "regionCode" : field;
    onChange({
      page: pagination.current ?? 1,
      pageSize: pagination.pageSize ?? 20,
      sort: sortField ? `${single?.order === "descend" ? "-" : ""}${sortField}` : undefined,
    });
  };

  return (
    <Table<VolunteerTeam>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={isLoading}
      onChange={handleChange}
      scroll={{ x: 1000 }}
      locale={{ emptyText: t("volunteers.teams.empty") }}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (total) => t("common.total", { total }),
      }}
      data-testid="team-table"
    />
  );
}
