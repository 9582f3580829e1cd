import type { Region } from "@xinqiao/shared";
import { Empty } from "antd";
import { useMemo } from "react";
import { EChart, type EChartOption } from "../../../components/EChart.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";

/** Residents per child region; clicking a bar drills down like clicking the table row. */
export function ResidentsBarChart({
  regions,
  height,
  onOpen,
}: {
  regions: Region[];
  height: number;
  onOpen: (region: Region) => void;
}) {
  const { t, locale } = useI18n();
  const option = useMemo<EChartOption>(
    () => ({
      grid: { left: 16, right: 16, top: 24, bottom: 8, containLabel: true },
      tooltip: {
        trigger: "axis",
        axisPointer: { type: "shadow" },
        valueFormatter: (value) => (typeof value === "number" ? value.toLocaleString(locale) : "—"),
      },
      xAxis: {
        type: "category",
        data: regions.map((region) => region.name),
        axisLabel: { interval: 0, rotate: regions.length > 8 ? 40 : 0 },
      },
      yAxis: {
        type: "value",
        name: t("region.residents"),
        axisLabel: { formatter: (value: number) => value.toLocaleString(locale) },
      },
      series: [
        {
          type: "bar",
          name: t("region.residents"),
          data: regions.map((region) => region.residents ?? 0),
          itemStyle: { color: "#1d4ed8" },
          barMaxWidth: 36,
        },
      ],
    }),
    [regions, t, locale],
  );

  if (regions.length === 0) return <Empty description={t("region.noChildren")} />;
  return (
    <EChart
      option={option}
      height={height}
      onItemClick={({ dataIndex }) => {
        const region = regions[dataIndex];
        if (region) onOpen(region);
      }}
    />
  );
}
