import type { SocialWorkerDetail } from "@xinqiao/shared";
import { Descriptions, Space, Tag, Tooltip, Typography } from "antd";
import { employerRecordKind, RecordLink } from "../../../components/RecordLink.tsx";
import { RevealableValue } from "../../../components/RevealableValue.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useRevealSocialWorkerField } from "../hooks/useSocialWorkerMutations.ts";
import { useWorkerLabels } from "../hooks/useWorkerLabels.ts";

/** Every field of a worker, derived ones included, in three groups. */
export function SocialWorkerDescriptions({ worker }: { worker: SocialWorkerDetail }) {
  const { t } = useI18n();
  const labels = useWorkerLabels();
  const reveal = useRevealSocialWorkerField();
  const dash = (value: string | null | undefined) => value || "—";
  const list = (values: string[], label: (value: string) => string) =>
    values.length === 0 ? (
      "—"
    ) : (
      <Space size={[0, 4]} wrap>
        {values.map((value) => (
          <Tag key={value}>{label(value)}</Tag>
        ))}
      </Space>
    );

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Descriptions title={t("socialWorkers.section.basic")} bordered size="small" column={2}>
        <Descriptions.Item label={t("socialWorkers.field.name")}>{worker.name}</Descriptions.Item>
        <Descriptions.Item label={t("socialWorkers.field.idNumber")}>
          <RevealableValue
            recordId={worker.id}
            field="idNumber"
            masked={worker.idNumber}
            mayReveal={worker.abilities.reveal}
            reveal={reveal}
          />
        </Descriptions.Item>
        <Descriptions.Item label={t("socialWorkers.field.sex")}>{labels.sex(worker.sex)}</Descriptions.Item>
        <Descriptions.Item label={t("socialWorkers.field.birthMonth")}>
          {worker.birthMonth}（{t("socialWorkers.ageValue", { age: worker.age })}）
        </Descriptions.Item>
        <Descriptions.Item label={t("socialWorkers.field.phone")}>
          <RevealableValue
            recordId={worker.id}
            field="phone"
            masked={worker.phone}
            mayReveal={worker.abilities.reveal}
            reveal={reveal}
          />
        </Descriptions.Item>
        <Descriptions.Item label={t("socialWorkers.field.education")}>
          {labels.education(worker.education)}
        </Descriptions.Item>
        <Descriptions.Item label={t("socialWorkers.field.major")}>{dash(worker.major)}</Descriptions.Item>
        <Descriptions.Item label={t("socialWorkers.field.isSocialWorkMajor")}>
          {labels.yesNo(worker.isSocialWorkMajor)}
        </Descriptions.Item>
      </Descriptions>

      <Descriptions title={t("socialWorkers.section.qualification")} bordered size="small" column={2}>
        <Descriptions.Item label={t("socialWorkers.field.qualificationLevel")}>
          {labels.level(worker.qualificationLevel)}
        </Descriptions.Item>
        <Descriptions.Item label={t("socialWorkers.field.certificateNumber")}>
          {dash(worker.certificateNumber)}
        </Descriptions.Item>
        <Descriptions.Item label={t("socialWorkers.field.certificateDate")}>
          {dash(worker.certificateDate)}
        </Descriptions.Item>
        <Descriptions.Item label={t("socialWorkers.field.registrationDate")}>
          {dash(worker.registrationDate)}
        </Descriptions.Item>
        <Descriptions.Item label={t("socialWorkers.field.registrationExpiry")} span={2}>
          <Space>
            {dash(worker.registrationExpiry)}
            {worker.isRegistrationExpiringSoon && (
              <Tag color="orange">
                {t("socialWorkers.tag.expiringSoon", { days: worker.daysUntilRegistrationExpiry ?? 0 })}
              </Tag>
            )}
            {worker.isRegistrationExpired && <Tag color="red">{t("socialWorkers.tag.expired")}</Tag>}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t("socialWorkers.field.otherCertificates")} span={2}>
          {list(worker.otherCertificates, labels.certificate)}
        </Descriptions.Item>
        <Descriptions.Item label={t("socialWorkers.field.professionalCertificateCount")}>
          <Tooltip title={t("socialWorkers.compositeRule")}>
            <Typography.Text>
              {worker.professionalCertificateCount}
              {worker.isComposite && (
                <Tag color="cyan" style={{ marginLeft: 8 }}>
                  {t("socialWorkers.tag.composite")}
                </Tag>
              )}
            </Typography.Text>
          </Tooltip>
        </Descriptions.Item>
        <Descriptions.Item label={t("socialWorkers.tag.highLevel")}>
          <Tooltip title={t("socialWorkers.highLevelRule")}>{labels.yesNo(worker.isHighLevel)}</Tooltip>
        </Descriptions.Item>
      </Descriptions>

      <Descriptions title={t("socialWorkers.section.work")} bordered size="small" column={2}>
        <Descriptions.Item label={t("socialWorkers.field.employerKind")}>
          {labels.employerKind(worker.employer.kind)}
        </Descriptions.Item>
        <Descriptions.Item label={t("socialWorkers.field.employer")}>
          <RecordLink reference={worker.employer} kind={employerRecordKind[worker.employer.kind]} />
        </Descriptions.Item>
        <Descriptions.Item label={t("socialWorkers.field.region")}>
          {worker.district && worker.district.code !== worker.region.code
            ? `${worker.district.name} · ${worker.region.name}`
            : worker.region.name}
        </Descriptions.Item>
        <Descriptions.Item label={t("socialWorkers.field.position")}>
          {dash(worker.position)}
        </Descriptions.Item>
        <Descriptions.Item label={t("socialWorkers.field.domains")} span={2}>
          {list(worker.domains, labels.domain)}
        </Descriptions.Item>
        <Descriptions.Item label={t("socialWorkers.field.employmentStatus")}>
          {labels.status(worker.employmentStatus)}
        </Descriptions.Item>
        <Descriptions.Item label={t("socialWorkers.field.isIntroducedTalent")}>
          {labels.yesNo(worker.isIntroducedTalent)}
        </Descriptions.Item>
        <Descriptions.Item label={t("socialWorkers.field.joinedOn")}>
          {dash(worker.joinedOn)}
        </Descriptions.Item>
        <Descriptions.Item label={t("socialWorkers.field.isActive")}>
          {worker.isActive ? t("socialWorkers.tag.active") : t("socialWorkers.tag.inactive")}
        </Descriptions.Item>
      </Descriptions>
    </Space>
  );
}
