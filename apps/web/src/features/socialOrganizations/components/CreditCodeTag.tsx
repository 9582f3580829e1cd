import type { SocialOrganization } from "@xinqiao/shared";
import { Tag, Tooltip } from "antd";
import { useI18n } from "../../../i18n/i18nContext.ts";

/** Whether the credit code passed its check character, or was accepted with a reason. */
export function CreditCodeTag({ organization }: { organization: SocialOrganization }) {
  const { t } = useI18n();
  if (organization.isCreditCodeCheckValid)
    return <Tag color="green">{t("socialOrganizations.check.valid")}</Tag>;
  return (
    <Tooltip
      title={t("socialOrganizations.check.overriddenHint", {
        reason: organization.creditCodeOverrideReason ?? "—",
      })}
    >
      <Tag color="orange" data-testid="credit-code-overridden">
        {t("socialOrganizations.check.overridden")}
      </Tag>
    </Tooltip>
  );
}
