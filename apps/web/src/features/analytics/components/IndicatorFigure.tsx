import type { IndicatorDefinition } from "@xinqiao/shared";
import { Tag, Tooltip, Typography } from "antd";
import { Link } from "react-router";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useMayOpen } from "../api.ts";
import { formatValue, listLinkOf } from "../panels.ts";

/**
 * One figure of an indicator for a region: the value with its decimals, a link to the records
 * behind it (narrowed to the region) when the user may open that list, and — in a comparison —
 * its ratio to the median as a small figure and the 短板 tag.
 */
export function IndicatorFigure({
  indicator,
  regionCode,
  value,
  ratioToMedian,
  isShortBoard = false,
}: {
  indicator: IndicatorDefinition;
  regionCode: string;
  value: number | null;
  ratioToMedian?: number | null;
  isShortBoard?: boolean;
}) {
  const { t, locale } = useI18n();
  const mayOpen = useMayOpen();
  const text = formatValue(value, indicator.decimals, locale);
  const figure =
    indicator.listPath && value !== null && mayOpen(indicator.listPath) ? (
      <Link to={listLinkOf(indicator.listPath, regionCode)} onClick={(event) => event.stopPropagation()}>
        {text}
      </Link>
    ) : (
      <span>{text}</span>
    );
  const isCompared = ratioToMedian !== undefined;
  if (!isCompared) return figure;
  // In a comparison the ratio and the 短板 tag sit under the value, so columns stay narrow.
  return (
    <div className="xq-figure">
      <div>{figure}</div>
      <div style={{ fontSize: 12, lineHeight: "18px", minHeight: 18 }}>
        {ratioToMedian !== null && (
          <Tooltip title={t("analytics.ratioTip")}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t("analytics.ratio", { ratio: formatValue(ratioToMedian, 2, locale) })}
            </Typography.Text>
          </Tooltip>
        )}
        {isShortBoard && (
          <Tooltip
            title={t(`analytics.shortBoardTip.${indicator.direction}`, { indicator: indicator.name[locale] })}
          >
            <Tag
              color="red"
              style={{
                marginLeft: 4,
                marginInlineEnd: 0,
                fontSize: 11,
                lineHeight: "16px",
                paddingInline: 4,
              }}
              data-testid="short-board"
            >
              {t("analytics.shortBoard")}
            </Tag>
          </Tooltip>
        )}
      </div>
    </div>
  );
}
