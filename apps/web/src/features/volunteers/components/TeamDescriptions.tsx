import type { VolunteerTeamDetail } from "@xinqiao/shared";
import { Descriptions, Tag } from "antd";
import { RecordLink } from "../../../components/RecordLink.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";

/** Every field of a team, with its live member count and hours. */
export function TeamDescriptions({ team }: { team: VolunteerTeamDetail }) {
  const { t } = useI18n();
  return (
    <Descriptions
      column={{ xs: 1, md: 2, xl: 3 }}
      size="small"
      data-testid="team-descriptions"
      items={[
        { key: "name", label: t("volunteers.teams.field.name"), children: team.name },
        {
          key: "region",
          label: t("volunteers.teams.field.region"),
          children: team.regionPath.map((link) => link.name).join(" / "),
        },
        {
          key: "organization",
          label: t("volunteers.teams.field.socialOrganization"),
          children: team.socialOrganization ? (
            <RecordLink reference={team.socialOrganization} kind="socialOrganization" />
          ) : (
            "—"
          ),
        },
        { key: "leader", label: t("volunteers.teams.field.leaderName"), children: team.leaderName ?? "—" },
        { key: "founded", label: t("volunteers.teams.field.foundedOn"), children: team.foundedOn ?? "—" },
        {
          key: "status",
          label: t("volunteers.teams.field.status"),
          children: team.isActive ? (
            <Tag color="green">{t("volunteers.active")}</Tag>
          ) : (
            <Tag>{t("volunteers.inactive")}</Tag>
          ),
        },
        { key: "members", label: t("volunteers.teams.field.memberCount"), children: team.memberCount },
        {
          key: "hours",
          label: t("volunteers.teams.field.totalHours"),
          children: t("volunteers.hours", { hours: team.totalHours }),
        },
        {
          key: "hoursWithTeam",
          label: t("volunteers.teams.field.hoursWithTeam"),
          children: t("volunteers.hours", { hours: team.hoursWithTeam }),
        },
        {
          key: "description",
          label: t("volunteers.teams.field.description"),
          span: "filled",
          children: team.description ?? "—",
        },
      ]}
    />
  );
}
