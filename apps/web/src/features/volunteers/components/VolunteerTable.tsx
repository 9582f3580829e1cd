import type { Page, Volunteer } from "@xinqiao/shared";
import { Space, Table, type TableColumnsType, type TableProps, Tag, Typography } from "antd";
import { Link } from "react-router";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { StarLevel } from "./StarLevel.tsx";

export interface TableChange {
  page: number;
  pageSize: number;
  sort?: string;
}

/** The region path below the district, which the list's district users know by name. */
export function regionLabel(volunteer: Pick<Volunteer, "regionPath">): string {
  return volunteer.regionPath
    .slice(1)
    .map((link) => link.name)
    .join(" / ");
}

/** Server-side paging and sorting: every change goes back to the page as a new query. */
export function VolunteerTable({
  data,
  isLoading,
  sort,
  onChange,
}: {
  data: Page<Volunteer> | undefined;
  isLoading: boolean;
  sort: string | undefined;
  onChange: (change: TableChange) => void;
}) {
  const { t } = useI18n();
  const sortOrderOf = (field: string) =>
    sort === field ? ("ascend" as const) : sort === `-${field}` ? ("descend" as const) : null;

  const columns: TableColumnsType<Volunteer> = [
    {
      title: t("volunteers.field.volunteerNumber"),
      dataIndex: "volunteerNumber",
      key: "volunteerNumber",
      width: 150,
      sorter: true,
      sortOrder: sortOrderOf("volunteerNumber"),
    },
    {
      title: t("volunteers.field.name"),
      key: "name",
      width: 130,
      sorter: true,
      sortOrder: sortOrderOf("name"),
      render: (_: unknown, volunteer) => (
        <Space size={4}>
          <Link to={`/volunteers/${volunteer.id}`} data-testid="volunteer-link">
            {volunteer.name}
          </Link>
          {!volunteer.isActive && <Tag color="default">{t("volunteers.inactive")}</Tag>}
        </Space>
      ),
    },
    {
      title: t("volunteers.field.sex"),
      key: "sex",
      width: 60,
      render: (_: unknown, volunteer) => t(`volunteers.sex.${volunteer.sex}`),
    },
    {
      title: t("volunteers.field.phone"),
      dataIndex: "phone",
      key: "phone",
      width: 120,
      render: (v) => v ?? "—",
    },
    {
      title: t("volunteers.field.region"),
      key: "region",
      ellipsis: true,
      render: (_: unknown, volunteer) => regionLabel(volunteer),
    },
    {
      title: t("volunteers.field.teams"),
      key: "teams",
      ellipsis: true,
      render: (_: unknown, volunteer) =>
        volunteer.teams.length === 0 ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          volunteer.teams.map((team) => team.name).join("、")
        ),
    },
    {
      title: t("volunteers.field.skills"),
      key: "skills",
      render: (_: unknown, volunteer) => (
        <Space size={[0, 4]} wrap>
          {volunteer.skills.map((skill) => (
            <Tag key={skill}>{skill}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t("volunteers.field.totalHours"),
      dataIndex: "totalHours",
      key: "totalHours",
      width: 120,
      align: "right",
      sorter: true,
      sortOrder: sortOrderOf("totalHours"),
      render: (hours: number) => t("volunteers.hours", { hours }),
    },
    {
      title: t("volunteers.field.starLevel"),
      key: "starLevel",
      width: 120,
      render: (_: unknown, volunteer) => <StarLevel level={volunteer.starLevel} />,
    },
    {
      title: t("volunteers.field.registeredOn"),
      dataIndex: "registeredOn",
      key: "registeredOn",
      width: 115,
      sorter: true,
      sortOrder: sortOrderOf("registeredOn"),
    },
  ];

  const handleChange: TableProps<Volunteer>["onChange"] = (pagination, _filters, sorter) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = single?.order ? String(single.columnKey ?? single.field) : undefined;
    onChange({
      page: pagination.current ?? 1,
      pageSize: pagination.pageSize ?? 20,
      sort: field ? `${single?.order === "descend" ? "-" : ""}${field}` : undefined,
    });
  };

  return (
    <Table<Volunteer>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={isLoading}
      onChange={handleChange}
      scroll={{ x: 1300 }}
      locale={{ emptyText: t("volunteers.empty") }}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (total) => t("common.total", { total }),
      }}
      data-testid="volunteer-table"
    />
  );
}
