import type { Page, VolunteerTeam } from "@xinqiao/shared";
import { Space, Tag } from "antd";
import { Link } from "react-router";
import { RecordLink } from "../../../components/RecordLink.tsx";
import {
  type BulkActionsOption,
  RegistryTable,
  type RegistryTableChange,
} from "../../../components/RegistryTable.tsx";
import { ellipsis, ellipsisCell, type RegistryColumn } from "../../../components/registryColumns.tsx";
import { sortOrderOf } from "../../../components/sortOrder.ts";
import { useReturnState } from "../../../hooks/useReturnState.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";

/** Teams with server-side paging and sorting; member counts and hours come with each row. */
export function TeamTable({
  data,
  isLoading,
  sort,
  onChange,
  bulk,
}: {
  data: Page<VolunteerTeam> | undefined;
  isLoading: boolean;
  sort: string | undefined;
  /** Row selection and the bulk actions on it. */
  bulk?: BulkActionsOption;
  onChange: (change: RegistryTableChange) => void;
}) {
  const { t } = useI18n();
  const returnState = useReturnState();
  const columns: RegistryColumn<VolunteerTeam>[] = [
    {
      title: t("volunteers.teams.field.name"),
      key: "name",
      sorter: true,
      sortOrder: sortOrderOf(sort, "name"),
      width: 240,
      render: (_: unknown, team) => (
        <Space size={4}>
          <Link to={`/volunteer-teams/${team.id}`} state={returnState} data-testid="team-link">
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
      sortOrder: sortOrderOf(sort, "regionCode"),
      width: 200,
      ...ellipsis,
      render: (_: unknown, team) => ellipsisCell(team.regionPath.map((link) => link.name).join(" / ")),
    },
    {
      title: t("volunteers.teams.field.socialOrganization"),
      key: "socialOrganization",
      width: 200,
      ...ellipsis,
      render: (_: unknown, team) =>
        team.socialOrganization
          ? ellipsisCell(
              team.socialOrganization.name,
              <RecordLink reference={team.socialOrganization} kind="socialOrganization" />,
            )
          : "—",
    },
    { title: t("volunteers.teams.field.leaderName"), dataIndex: "leaderName", key: "leaderName", width: 90 },
    {
      title: t("volunteers.teams.field.foundedOn"),
      dataIndex: "foundedOn",
      key: "foundedOn",
      width: 100,
      sorter: true,
      sortOrder: sortOrderOf(sort, "foundedOn"),
    },
    {
      title: t("volunteers.teams.field.memberCount"),
      dataIndex: "memberCount",
      key: "memberCount",
      width: 90,
      align: "right",
    },
    {
      title: t("volunteers.teams.field.totalHours"),
      dataIndex: "totalHours",
      key: "totalHours",
      width: 120,
      align: "right",
      render: (hours: number) => t("volunteers.hours", { hours }),
    },
  ];

  return (
    <RegistryTable<VolunteerTeam>
      tableKey="volunteerTeams"
      columns={columns}
      data={data}
      isLoading={isLoading}
      onChange={onChange}
      bulk={bulk}
      sortField={(key) => (key === "region" ? "regionCode" : key)}
      emptyText={t("volunteers.teams.empty")}
      testId="team-table"
    />
  );
}
