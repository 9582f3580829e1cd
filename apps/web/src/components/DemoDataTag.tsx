import { Tag, Tooltip } from "antd";
import { useI18n } from "../i18n/i18nContext.ts";

/** Marks resident numbers that came with the demo city rather than from the department. */
export function DemoDataTag() {
  const { t } = useI18n();
  return (
    <Tooltip title={t("region.demoDataHint")}>
      <Tag color="orange" data-testid="demo-data-tag">
        {t("region.demoData")}
      </Tag>
    </Tooltip>
  );
}
