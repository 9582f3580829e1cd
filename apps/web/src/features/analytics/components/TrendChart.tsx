import type { Dashboard } from "@xinqiao/shared";
import { useMemo } from "react";
import { EChart, type EChartOption } from "../../../components/EChart.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { measureOfCode } from "../panels.ts";
import { saveAsPng } from "./chartToolbox.ts";

/**
 * The region's monthly flows over 24 months, one line per flow measure of the catalogue (its
 * name in the current language); the legend turns lines of other scales on and off.
 */
export function TrendChart({ dashboard, height }: { dashboard: Dashboard; height: number }) {
  const { t, locale } = useI18n();
  const option = useMemo<EChartOption>(
    () => ({
      toolbox: saveAsPng(t("analytics.savePng"), `${dashboard.region.name}-${t("analytics.trends.title")}`),
      tooltip: {
        trigger: "axis",
        valueFormatter: (value) => (typeof value === "number" ? value.toLocaleString(locale) : "—"),
      },
      legend: { type: "scroll", bottom: 0, left: 0, right: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 36, containLabel: true },
      xAxis: { type: "category", boundaryGap: false, data: dashboard.trends.months },
      yAxis: { type: "value", axisLabel: { formatter: (value: number) => value.toLocaleString(locale) } },
      series: dashboard.trends.series.map((series) => ({
        type: "line",
        name: measureOfCode(series.measure)?.name[locale] ?? series.measure,
        data: series.values,
        showSymbol: false,
        smooth: false,
      })),
    }),
    [dashboard, t, locale],
  );
  return <EChart option={option} height={height} />;
}
