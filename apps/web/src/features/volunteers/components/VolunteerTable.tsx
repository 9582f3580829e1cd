import type { Page, Volunteer } from "@xinqiao/shared";
import { Space, Tag, Typography } from "antd";
import { Link } from "react-router";
import { RecordLinks } from "../../../components/RecordLink.tsx";
import {
  type BulkActionsOption,
  RegistryTable,
  type RegistryTableChange,
} from "../../../components/RegistryTable.tsx";
import { ellipsis, ellipsisCell, type RegistryColumn } from "../../../components/registryColumns.tsx";
import { sortOrderOf } from "../../../components/sortOrder.ts";
import { useReturnState } from "../../../hooks/useReturnState.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useVolunteerLabels } from "../hooks/useVolunteerLabels.ts";
import { StarLevel } from "./StarLevel.tsx";

export type TableChange = RegistryTableChange;

/** The region path below the district, which the list's district users know by name. */
export function regionLabel(volunteer: Pick<Volunteer, "regionPath">): string {
  return volunteer.regionPath
    .slice(1)
    .map((link) => link.name)
    .join(" / ");
}

/**
 * Server-side paging and sorting: every change goes back to the page as a new query. Skills start
 * hidden (column settings) so hours, star level and registration date fit a 1440 px screen.
 */
export function VolunteerTable({
  data,
  isLoading,
  sort,
  onChange,
  bulk,
}: {
  data: Page<Volunteer> | undefined;
  isLoading: boolean;
  sort: string | undefined;
  /** Row selection and the bulk actions on it. */
  bulk?: BulkActionsOption;
  onChange: (change: TableChange) => void;
}) {
  const { t } = useI18n();
  const labels = useVolunteerLabels();
  const returnState = useReturnState();

  const columns: RegistryColumn<Volunteer>[] = [
    {
      title: t("volunteers.field.volunteerNumber"),
      dataIndex: "volunteerNumber",
      key: "volunteerNumber",
      width: 140,
      sorter: true,
      sortOrder: sortOrderOf(sort, "volunteerNumber"),
    },
    {
      title: t("volunteers.field.name"),
      key: "name",
      width: 110,
      sorter: true,
      sortOrder: sortOrderOf(sort, "name"),
      render: (_: unknown, volunteer) => (
        <Space size={4}>
          <Link to={`/volunteers/${volunteer.id}`} state={returnState} data-testid="volunteer-link">
            {volunteer.name}
          </Link>
          {!volunteer.isActive && <Tag color="default">{t("volunteers.inactive")}</Tag>}
        </Space>
      ),
    },
    {
      title: t("volunteers.field.sex"),
      key: "sex",
      width: 56,
      render: (_: unknown, volunteer) => t(`volunteers.sex.${volunteer.sex}`),
    },
    {
      title: t("volunteers.field.phone"),
      dataIndex: "phone",
      key: "phone",
      width: 116,
      render: (v) => v ?? "—",
    },
    {
      title: t("volunteers.field.region"),
      key: "region",
      width: 160,
      ...ellipsis,
      render: (_: unknown, volunteer) => ellipsisCell(regionLabel(volunteer)),
    },
    {
      title: t("volunteers.field.teams"),
      key: "teams",
      width: 160,
      ...ellipsis,
      render: (_: unknown, volunteer) =>
        volunteer.teams.length === 0 ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          ellipsisCell(
            volunteer.teams.map((team) => team.name).join(t("common.listSeparator")),
            <RecordLinks references={volunteer.teams} kind="volunteerTeam" />,
          )
        ),
    },
    {
      title: t("volunteers.field.skills"),
      key: "skills",
      width: 180,
      isOptional: true,
      render: (_: unknown, volunteer) => (
        <Space size={[0, 4]} wrap>
          {volunteer.skills.map((skill) => (
            <Tag key={skill}>{labels.skill(skill)}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t("volunteers.field.totalHours"),
      dataIndex: "totalHours",
      key: "totalHours",
      width: 110,
      align: "right",
      sorter: true,
      sortOrder: sortOrderOf(sort, "totalHours"),
      render: (hours: number) => t("volunteers.hours", { hours }),
    },
    {
      title: t("volunteers.field.starLevel"),
      key: "starLevel",
      width: 110,
      render: (_: unknown, volunteer) => <StarLevel level={volunteer.starLevel} />,
    },
    {
      title: t("volunteers.field.registeredOn"),
      dataIndex: "registeredOn",
      key: "registeredOn",
      width: 100,
      sorter: true,
      sortOrder: sortOrderOf(sort, "registeredOn"),
    },
  ];

  return (
    <RegistryTable<Volunteer>
      tableKey="volunteers"
      columns={columns}
      data={data}
      isLoading={isLoading}
      onChange={onChange}
      bulk={bulk}
      emptyText={t("volunteers.empty")}
      testId="volunteer-table"
    />
  );
}
