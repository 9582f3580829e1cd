import type { SocialOrganizationDetail } from "@xinqiao/shared";
import { Descriptions, Space, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useOrganizationLabels } from "../hooks/useOrganizationLabels.ts";
import { CreditCodeTag } from "./CreditCodeTag.tsx";

/** Every field of an organization, with what the server derives (counts, check result). */
export function SocialOrganizationDescriptions({ organization }: { organization: SocialOrganizationDetail }) {
  const { t } = useI18n();
  const labels = useOrganizationLabels();
  const field = (name: string) => labels.field(name);
  const text = (value: string | null) => value ?? "—";

  return (
    <Descriptions column={2} size="small" bordered data-testid="social-organization-descriptions">
      <Descriptions.Item label={field("name")} span={2}>
        <Space wrap>
          {organization.name}
          {organization.isDemo && <Tag color="orange">{t("socialOrganizations.demo")}</Tag>}
          {!organization.isActive && <Tag>{t("socialOrganizations.inactive")}</Tag>}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={field("creditCode")} span={2}>
        <Space wrap>
          <Typography.Text code copyable>
            {organization.creditCode}
          </Typography.Text>
          <CreditCodeTag organization={organization} />
        </Space>
      </Descriptions.Item>
      {organization.creditCodeOverrideReason && (
        <Descriptions.Item label={field("creditCodeOverrideReason")} span={2}>
          {organization.creditCodeOverrideReason}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={field("orgType")}>{labels.type(organization.orgType)}</Descriptions.Item>
      <Descriptions.Item label={field("status")}>{labels.status(organization.status)}</Descriptions.Item>
      <Descriptions.Item label={field("registeringAuthority")}>
        {organization.registeringAuthority}
      </Descriptions.Item>
      <Descriptions.Item label={field("registeredOn")}>{text(organization.registeredOn)}</Descriptions.Item>
      <Descriptions.Item label={field("legalRepresentative")}>
        {text(organization.legalRepresentative)}
      </Descriptions.Item>
      <Descriptions.Item label={field("evaluationGrade")}>
        {labels.grade(organization.evaluationGrade)}
      </Descriptions.Item>
      <Descriptions.Item label={field("domains")} span={2}>
        {organization.domains.length > 0
          ? organization.domains.map((domain) => <Tag key={domain}>{labels.domain(domain)}</Tag>)
          : "—"}
      </Descriptions.Item>
      <Descriptions.Item label={field("staffCount")}>{organization.staffCount}</Descriptions.Item>
      <Descriptions.Item label={field("workerCount")}>{organization.workerCount}</Descriptions.Item>
      <Descriptions.Item label={field("platformCount")}>{organization.platformCount}</Descriptions.Item>
      <Descriptions.Item label={field("regionCode")}>
        {organization.regionPath.map((step) => step.name).join(" · ")}
      </Descriptions.Item>
      <Descriptions.Item label={field("address")} span={2}>
        {text(organization.address)}
      </Descriptions.Item>
      <Descriptions.Item label={field("createdAt")}>
        {dayjs(organization.createdAt).format("YYYY-MM-DD HH:mm")}
      </Descriptions.Item>
      <Descriptions.Item label={field("updatedAt")}>
        {dayjs(organization.updatedAt).format("YYYY-MM-DD HH:mm")}
      </Descriptions.Item>
    </Descriptions>
  );
}
