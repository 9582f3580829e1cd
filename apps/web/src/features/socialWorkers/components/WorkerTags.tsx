import type { SocialWorker } from "@xinqiao/shared";
import { Space, Tag, Tooltip } from "antd";
import { useI18n } from "../../../i18n/i18nContext.ts";

/** The derived facts a district officer scans for: certified, high-level, composite, registration due. */
export function WorkerTags({
  worker,
  showStatus = false,
  showDemo = false,
}: {
  worker: SocialWorker;
  showStatus?: boolean;
  showDemo?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Space size={[0, 4]} wrap>
      {showStatus && !worker.isActive && <Tag color="default">{t("socialWorkers.tag.inactive")}</Tag>}
      {worker.isCertified && <Tag color="blue">{t("socialWorkers.tag.certified")}</Tag>}
      {worker.isHighLevel && (
        <Tooltip title={t("socialWorkers.highLevelRule")}>
          <Tag color="purple">{t("socialWorkers.tag.highLevel")}</Tag>
        </Tooltip>
      )}
      {worker.isComposite && (
        <Tooltip title={t("socialWorkers.compositeRule")}>
          <Tag color="cyan">{t("socialWorkers.tag.composite")}</Tag>
        </Tooltip>
      )}
      {worker.isIntroducedTalent && <Tag color="geekblue">{t("socialWorkers.tag.introduced")}</Tag>}
      {worker.isRegistrationExpiringSoon && (
        <Tag color="orange" data-testid="registration-expiring">
          {t("socialWorkers.tag.expiringSoon", { days: worker.daysUntilRegistrationExpiry ?? 0 })}
        </Tag>
      )}
      {worker.isRegistrationExpired && <Tag color="red">{t("socialWorkers.tag.expired")}</Tag>}
      {showDemo && worker.isDemo && (
        <Tooltip title={t("socialWorkers.tag.demoHint")}>
          <Tag color="orange">{t("socialWorkers.tag.demo")}</Tag>
        </Tooltip>
      )}
    </Space>
  );
}
