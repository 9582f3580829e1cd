import type { Platform } from "@xinqiao/shared";
import { Space, Tag, Tooltip } from "antd";
import { useI18n } from "../../../i18n/i18nContext.ts";

/** For an operating station: whether it meets the staffing and space standard. */
export function StandardTags({ platform }: { platform: Platform }) {
  const { t } = useI18n();
  if (platform.isBelowStaffingStandard === null || platform.status !== "operating") return null;
  const isMet = !platform.isBelowStaffingStandard && !platform.isBelowSpaceStandard;
  return (
    <Tooltip title={t("platforms.standard.hint")}>
      <Space size={4} wrap>
        {platform.isBelowStaffingStandard && <Tag color="red">{t("platforms.standard.belowStaffing")}</Tag>}
        {platform.isBelowSpaceStandard && <Tag color="volcano">{t("platforms.standard.belowSpace")}</Tag>}
        {isMet && <Tag color="green">{t("platforms.standard.met")}</Tag>}
      </Space>
    </Tooltip>
  );
}
