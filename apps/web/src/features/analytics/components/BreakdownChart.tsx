import { Empty } from "antd";
import { useMemo } from "react";
import { EChart, type EChartOption } from "../../../components/EChart.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import type { Breakdown } from "../panels.ts";
import { saveAsPng } from "./chartToolbox.ts";

/**
 * One breakdown of a measure's total in the region (workers by qualification, services by
 * domain): a bar per value, largest on top, under its dictionary label in the current language,
 * with its count and share.
 */
export function BreakdownChart({
  breakdown,
  title,
  height,
}: {
  breakdown: Breakdown;
  title: string;
  height: number;
}) {
  const { t, tOptional, locale } = useI18n();
  const option = useMemo<EChartOption>(() => {
    const total = breakdown.counts.reduce((sum, entry) => sum + entry.count, 0);
    // Ascending: a category axis draws its first entry at the bottom.
    const rows = [...breakdown.counts].sort((a, b) => a.count - b.count);
    const share = (count: number) =>
      total > 0 ? (count / total).toLocaleString(locale, { style: "percent", maximumFractionDigits: 1 }) : "";
    return {
      toolbox: saveAsPng(t("analytics.savePng"), title),
      tooltip: {
        trigger: "axis",
        axisPointer: { type: "shadow" },
        valueFormatter: (value) =>
          typeof value === "number" ? `${value.toLocaleString(locale)} · ${share(value)}` : "—",
      },
      grid: { left: 4, right: 72, top: 28, bottom: 4, containLabel: true },
      xAxis: { type: "value", show: false },
      yAxis: {
        type: "category",
        data: rows.map(
          (entry) => tOptional(`analytics.dimension.${breakdown.dimension}.${entry.value}`) ?? entry.value,
        ),
        axisLabel: { interval: 0, width: 96, overflow: "truncate" },
        axisTick: { show: false },
      },
      series: [
        {
          type: "bar",
          name: title,
          data: rows.map((entry) => entry.count),
          itemStyle: { color: "#0891b2" },
          barMaxWidth: 18,
          label: {
            show: true,
            position: "right",
            formatter: ({ value }) =>
              typeof value === "number" ? `${value.toLocaleString(locale)} · ${share(value)}` : "",
          },
        },
      ],
    };
  }, [breakdown, title, t, tOptional, locale]);
  if (breakdown.counts.length === 0) return <Empty description={t("analytics.structure.empty")} />;
  return <EChart option={option} height={height} />;
}
