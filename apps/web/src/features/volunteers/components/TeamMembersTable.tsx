import type { Volunteer } from "@xinqiao/shared";
import { App, Button, Popconfirm, Table, type TableColumnsType } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useRemoveTeamMember } from "../hooks/useTeamMutations.ts";
import { useVolunteerList } from "../hooks/useVolunteers.ts";
import { StarLevel } from "./StarLevel.tsx";
import { regionLabel } from "./VolunteerTable.tsx";

/** A team's members: the volunteers list filtered by the team (same query, same scope). */
export function TeamMembersTable({ teamId, mayRemove }: { teamId: number; mayRemove: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(10);
  const members = useVolunteerList({ page, pageSize, teamId });
  const remove = useRemoveTeamMember();

  const columns: TableColumnsType<Volunteer> = [
    { title: t("volunteers.field.volunteerNumber"), dataIndex: "volunteerNumber", key: "number", width: 150 },
    {
      title: t("volunteers.field.name"),
      key: "name",
      render: (_: unknown, volunteer) => <Link to={`/volunteers/${volunteer.id}`}>{volunteer.name}</Link>,
    },
    { title: t("volunteers.field.phone"), dataIndex: "phone", key: "phone", render: (v) => v ?? "—" },
    {
      title: t("volunteers.field.region"),
      key: "region",
      ellipsis: true,
      render: (_: unknown, v) => regionLabel(v),
    },
    {
      title: t("volunteers.field.totalHours"),
      dataIndex: "totalHours",
      key: "totalHours",
      align: "right",
      render: (hours: number) => t("volunteers.hours", { hours }),
    },
    {
      title: t("volunteers.field.starLevel"),
      key: "star",
      render: (_: unknown, v) => <StarLevel level={v.starLevel} />,
    },
    ...(mayRemove
      ? [
          {
            title: t("common.actions"),
            key: "actions",
            width: 90,
            render: (_: unknown, volunteer: Volunteer) => (
              <Popconfirm
                title={t("volunteers.teams.confirmRemove", { name: volunteer.name })}
                onConfirm={() =>
                  remove.mutate(
                    { id: teamId, volunteerId: volunteer.id },
                    {
                      onSuccess: () =>
                        message.success(t("volunteers.teams.memberRemoved", { name: volunteer.name })),
                    },
                  )
                }
              >
                <Button type="link" size="small" danger>
                  {t("volunteers.teams.removeMember")}
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <Table<Volunteer>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={members.data?.items ?? []}
      loading={members.isFetching}
      scroll={{ x: 900 }}
      locale={{ emptyText: t("volunteers.empty") }}
      pagination={{
        current: page,
        pageSize,
        total: members.data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50],
        showTotal: (total) => t("common.total", { total }),
        onChange: (nextPage, nextSize) => {
          setPage(nextPage);
          setPageSize(nextSize);
        },
      }}
      data-testid="team-members"
    />
  );
}
