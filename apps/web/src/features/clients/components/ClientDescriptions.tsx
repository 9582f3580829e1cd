import type { ClientDetail } from "@xinqiao/shared";
import { Descriptions, Space, Tag } from "antd";
import { RevealableValue } from "../../../components/RevealableValue.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useClientLabels } from "../hooks/useClientLabels.ts";
import { useRevealClientField } from "../hooks/useClientMutations.ts";
import { clientRegionLabel } from "../regionLabel.ts";
import { RiskTag } from "./ClientTags.tsx";

/** Every field of a client (identifiers masked until revealed on purpose, audited), in two groups. */
export function ClientDescriptions({ client }: { client: ClientDetail }) {
  const { t } = useI18n();
  const labels = useClientLabels();
  const reveal = useRevealClientField();
  const dash = (value: string | null | undefined) => value || "—";
  const mayReveal = client.abilities.reveal;

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Descriptions
        title={t("clients.detail.basic")}
        bordered
        size="small"
        column={2}
        data-testid="client-descriptions"
      >
        <Descriptions.Item label={t("clients.field.name")}>{client.name}</Descriptions.Item>
        <Descriptions.Item label={t("clients.field.idNumber")}>
          <RevealableValue
            recordId={client.id}
            field="idNumber"
            masked={client.idNumber}
            mayReveal={mayReveal}
            reveal={reveal}
          />
        </Descriptions.Item>
        <Descriptions.Item label={t("clients.field.sex")}>{labels.sex(client.sex)}</Descriptions.Item>
        <Descriptions.Item label={t("clients.field.birthMonth")}>
          {t("clients.birthMonthAge", { month: client.birthDate, age: client.age })}
        </Descriptions.Item>
        <Descriptions.Item label={t("clients.field.phone")}>
          <RevealableValue
            recordId={client.id}
            field="phone"
            masked={client.phone}
            mayReveal={mayReveal}
            reveal={reveal}
          />
        </Descriptions.Item>
        <Descriptions.Item label={t("clients.field.region")}>{clientRegionLabel(client)}</Descriptions.Item>
        <Descriptions.Item label={t("clients.field.address")} span={2}>
          <RevealableValue
            recordId={client.id}
            field="address"
            masked={client.address}
            mayReveal={mayReveal}
            reveal={reveal}
          />
        </Descriptions.Item>
        <Descriptions.Item label={t("clients.field.categories")} span={2}>
          {client.categories.length === 0 ? (
            "—"
          ) : (
            <Space size={[0, 4]} wrap>
              {client.categories.map((category) => (
                <Tag key={category}>{labels.category(category)}</Tag>
              ))}
            </Space>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t("clients.field.riskLevel")}>
          <RiskTag level={client.riskLevel} />
        </Descriptions.Item>
        <Descriptions.Item label={t("clients.field.isEmergency")}>
          {client.isEmergency ? <Tag color="red">{t("clients.emergency")}</Tag> : labels.yesNo(false)}
        </Descriptions.Item>
      </Descriptions>

      <Descriptions title={t("clients.detail.household")} bordered size="small" column={2}>
        <Descriptions.Item label={t("clients.field.guardianName")}>
          {dash(client.guardianName)}
        </Descriptions.Item>
        <Descriptions.Item label={t("clients.field.guardianRelation")}>
          {dash(client.guardianRelation)}
        </Descriptions.Item>
        <Descriptions.Item label={t("clients.field.householdMembers")} span={2}>
          {client.householdMembers.length === 0
            ? "—"
            : client.householdMembers
                .map((member) =>
                  t("clients.householdMember", { name: member.name, relation: member.relation }),
                )
                .join(t("common.listSeparator"))}
        </Descriptions.Item>
      </Descriptions>
    </Space>
  );
}
