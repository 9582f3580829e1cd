import { Rate, Tooltip } from "antd";
import { useI18n } from "../../../i18n/i18nContext.ts";

/** 1–5 stars by cumulative hours; no star below the first threshold. */
export function StarLevel({ level }: { level: number }) {
  const { t } = useI18n();
  const label = level > 0 ? t("volunteers.star.value", { star: level }) : t("volunteers.star.none");
  return (
    <Tooltip title={label}>
      <span role="img" aria-label={label} data-testid="star-level">
        <Rate disabled count={5} value={level} style={{ fontSize: 13 }} />
      </span>
    </Tooltip>
  );
}
