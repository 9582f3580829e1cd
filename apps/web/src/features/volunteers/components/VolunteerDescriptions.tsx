import type { VolunteerDetail } from "@xinqiao/shared";
import { Descriptions, Space, Tag } from "antd";
import { RecordLink } from "../../../components/RecordLink.tsx";
import { RevealableValue } from "../../../components/RevealableValue.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useVolunteerLabels } from "../hooks/useVolunteerLabels.ts";
import { useRevealVolunteerField } from "../hooks/useVolunteerMutations.ts";

/** Every field of a volunteer, derived ones included; personal data masked with a reveal action. */
export function VolunteerDescriptions({ volunteer }: { volunteer: VolunteerDetail }) {
  const { t } = useI18n();
  const labels = useVolunteerLabels();
  const reveal = useRevealVolunteerField();
  const list = (values: string[]) =>
    values.length === 0 ? (
      "—"
    ) : (
      <Space size={[0, 4]} wrap>
        {values.map((value) => (
          <Tag key={value}>{value}</Tag>
        ))}
      </Space>
    );
  return (
    <Descriptions
      column={{ xs: 1, md: 2 }}
      size="small"
      data-testid="volunteer-descriptions"
      items={[
        {
          key: "volunteerNumber",
          label: t("volunteers.field.volunteerNumber"),
          children: volunteer.volunteerNumber,
        },
        { key: "name", label: t("volunteers.field.name"), children: volunteer.name },
        {
          key: "idNumber",
          label: t("volunteers.field.idNumber"),
          children: (
            <RevealableValue
              recordId={volunteer.id}
              field="idNumber"
              masked={volunteer.idNumber}
              mayReveal={volunteer.abilities.reveal}
              reveal={reveal}
            />
          ),
        },
        {
          key: "phone",
          label: t("volunteers.field.phone"),
          children: (
            <RevealableValue
              recordId={volunteer.id}
              field="phone"
              masked={volunteer.phone}
              mayReveal={volunteer.abilities.reveal}
              reveal={reveal}
            />
          ),
        },
        { key: "sex", label: t("volunteers.field.sex"), children: t(`volunteers.sex.${volunteer.sex}`) },
        {
          key: "birthDate",
          label: t("volunteers.field.birthDate"),
          children: `${volunteer.birthDate}（${t("volunteers.ageValue", { age: volunteer.age })}）`,
        },
        {
          key: "region",
          label: t("volunteers.field.region"),
          span: 2,
          children: volunteer.regionPath.map((link) => link.name).join(" / "),
        },
        {
          key: "teams",
          label: t("volunteers.field.teams"),
          span: 2,
          children:
            volunteer.teams.length === 0 ? (
              "—"
            ) : (
              <Space size={[8, 4]} wrap>
                {volunteer.teams.map((team) => (
                  <RecordLink key={team.id} reference={team} kind="volunteerTeam" />
                ))}
              </Space>
            ),
        },
        {
          key: "skills",
          label: t("volunteers.field.skills"),
          children: list(volunteer.skills.map(labels.skill)),
        },
        {
          key: "availability",
          label: t("volunteers.field.availability"),
          children: list(volunteer.availability.map(labels.availability)),
        },
        { key: "registeredOn", label: t("volunteers.field.registeredOn"), children: volunteer.registeredOn },
        ...(volunteer.isMinorAtRegistration
          ? [
              {
                key: "guardian",
                label: t("volunteers.field.guardian"),
                children: t("volunteers.guardianConsent", {
                  name: volunteer.guardianName ?? "—",
                  date: volunteer.guardianConsentOn ?? "—",
                }),
              },
            ]
          : []),
        {
          key: "status",
          label: t("volunteers.field.status"),
          children: volunteer.isActive ? (
            <Tag color="green">{t("volunteers.active")}</Tag>
          ) : (
            <Tag>{t("volunteers.inactive")}</Tag>
          ),
        },
      ]}
    />
  );
}
