import type { Dashboard } from "@xinqiao/shared";
import { Empty } from "antd";
import { useMemo } from "react";
import { EChart, type EChartOption } from "../../../components/EChart.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { formatValue } from "../panels.ts";
import { saveAsPng } from "./chartToolbox.ts";
import type { DashboardUnit } from "./UnitIndicatorTable.tsx";

const shortBoardColour = "#cf1322";
const barColour = "#1d4ed8";

/**
 * The composite development index of the units, best on top; a unit with a 短板 is drawn red.
 * Clicking a bar opens the unit's dashboard (when it has subdivisions).
 */
export function CompositeRankingChart({
  dashboard,
  height,
  onOpen,
}: {
  dashboard: Dashboard;
  height: number;
  onOpen: (unit: DashboardUnit) => void;
}) {
  const { t, locale } = useI18n();
  const ranked = useMemo(
    () =>
      dashboard.units
        .map((unit) => ({
          unit,
          index: dashboard.composite.find((entry) => entry.code === unit.code)?.index ?? null,
          isShort: dashboard.shortBoards.some((entry) => entry.code === unit.code),
        }))
        .filter((entry) => entry.index !== null)
        // Ascending: ECharts draws a category axis's first entry at the bottom.
        .sort((a, b) => (a.index ?? 0) - (b.index ?? 0)),
    [dashboard],
  );
  const option = useMemo<EChartOption>(
    () => ({
      toolbox: saveAsPng(t("analytics.savePng"), `${dashboard.region.name}-${t("analytics.ranking.title")}`),
      grid: { left: 8, right: 48, top: 28, bottom: 8, containLabel: true },
      tooltip: {
        trigger: "axis",
        axisPointer: { type: "shadow" },
        valueFormatter: (value) => formatValue(typeof value === "number" ? value : null, 1, locale),
      },
      xAxis: { type: "value", min: 0, max: 100 },
      yAxis: {
        type: "category",
        data: ranked.map((entry) => entry.unit.name),
        axisLabel: { interval: 0 },
      },
      series: [
        {
          type: "bar",
          name: t("analytics.column.compositeIndex"),
          data: ranked.map((entry) => ({
            value: entry.index ?? 0,
            itemStyle: { color: entry.isShort ? shortBoardColour : barColour },
          })),
          barMaxWidth: 18,
          label: {
            show: true,
            position: "right",
            formatter: ({ value }) => formatValue(typeof value === "number" ? value : null, 1, locale),
          },
        },
      ],
    }),
    [ranked, dashboard.region.name, t, locale],
  );
  if (ranked.length === 0) return <Empty description={t("analytics.noUnits")} />;
  return (
    <EChart
      option={option}
      height={Math.max(height, ranked.length * 22 + 40)}
      onItemClick={({ dataIndex }) => {
        const entry = ranked[dataIndex];
        if (entry?.unit.hasChildren) onOpen(entry.unit);
      }}
    />
  );
}
