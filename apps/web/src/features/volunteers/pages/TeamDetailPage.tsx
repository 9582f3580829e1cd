import { EditOutlined, UserAddOutlined } from "@ant-design/icons";
import { App, Button, Card, Popconfirm, Result, Skeleton, Space, Tabs, Tag } from "antd";
import { useState } from "react";
import { useParams } from "react-router";
import { BackLink } from "../../../components/BackLink.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { AddMembersModal } from "../components/AddMembersModal.tsx";
import { HistoryTimeline } from "../components/HistoryTimeline.tsx";
import { TeamDescriptions } from "../components/TeamDescriptions.tsx";
import { TeamFormDrawer } from "../components/TeamFormDrawer.tsx";
import { TeamMembersTable } from "../components/TeamMembersTable.tsx";
import { useSetTeamActive } from "../hooks/useTeamMutations.ts";
import { useTeam, useTeamHistory } from "../hooks/useVolunteerTeams.ts";

/** One team: its details, members (add / remove) and change history. */
export function TeamDetailPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const team = useTeam(id);
  const history = useTeamHistory(id);
  const setActive = useSetTeamActive();
  const [isEditing, setIsEditing] = useState(false);
  const [isAdding, setIsAdding] = useState(false);

  const back = <BackLink to="/volunteer-teams">{t("volunteers.teams.back")}</BackLink>;
  if (team.isError) {
    return (
      <Card>
        <Result status="404" title={t("volunteers.teams.notFound")} extra={back} />
      </Card>
    );
  }
  const data = team.data;
  if (!data) {
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  }
  const { abilities } = data;

  return (
    <>
      <PageHeader
        breadcrumb={back}
        title={
          <Space>
            {data.name}
            {!data.isActive && <Tag>{t("volunteers.inactive")}</Tag>}
            {data.isDemo && <Tag color="orange">{t("volunteers.demo")}</Tag>}
          </Space>
        }
        extra={
          <Space wrap>
            {abilities.manageMembers && (
              <Button
                type="primary"
                icon={<UserAddOutlined />}
                onClick={() => setIsAdding(true)}
                data-testid="add-members"
              >
                {t("volunteers.teams.addMembers")}
              </Button>
            )}
            {abilities.edit && (
              <Button icon={<EditOutlined />} onClick={() => setIsEditing(true)}>
                {t("volunteers.edit")}
              </Button>
            )}
            {(abilities.deactivate || abilities.activate) && (
              <Popconfirm
                title={t(
                  data.isActive ? "volunteers.teams.confirmDeactivate" : "volunteers.teams.confirmActivate",
                  {
                    name: data.name,
                  },
                )}
                onConfirm={() =>
                  setActive.mutate(
                    { id, isActive: !data.isActive },
                    {
                      onSuccess: () =>
                        message.success(
                          t(data.isActive ? "volunteers.teams.deactivated" : "volunteers.teams.activated", {
                            name: data.name,
                          }),
                        ),
                    },
                  )
                }
              >
                <Button danger={data.isActive} loading={setActive.isPending}>
                  {t(data.isActive ? "volunteers.deactivate" : "volunteers.activate")}
                </Button>
              </Popconfirm>
            )}
          </Space>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        <Card>
          <TeamDescriptions team={data} />
        </Card>
        <Card>
          <Tabs
            items={[
              {
                key: "members",
                label: `${t("volunteers.teams.members")}（${data.memberCount}）`,
                children: <TeamMembersTable teamId={id} mayRemove={abilities.edit} />,
              },
              {
                key: "history",
                label: t("volunteers.detail.history"),
                children: (
                  <HistoryTimeline
                    entries={history.data}
                    isLoading={history.isLoading}
                    fieldKeyPrefix="volunteers.teams.field"
                  />
                ),
              },
            ]}
          />
        </Card>
      </Space>
      <TeamFormDrawer open={isEditing} team={data} onClose={() => setIsEditing(false)} />
      <AddMembersModal team={data} open={isAdding} onClose={() => setIsAdding(false)} />
    </>
  );
}
