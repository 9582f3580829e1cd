import { type Dashboard, indicatorCatalogue } from "@xinqiao/shared";
import { Empty, Flex, Select, Typography } from "antd";
import { useMemo, useState } from "react";
import { EChart, type EChartOption } from "../../../components/EChart.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { figureOf, formatValue } from "../panels.ts";
import { tileLayoutOf } from "../tileLayout.ts";
import { saveAsPng } from "./chartToolbox.ts";
import type { DashboardUnit } from "./UnitIndicatorTable.tsx";

/** The composite index is offered beside the catalogue's indicators, first. */
const compositeChoice = "compositeIndex";
const noValueColour = "#e5e7eb";
const lightToDark = ["#dbeafe", "#60a5fa", "#1e3a8a"];

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);

interface Tile {
  unit: DashboardUnit;
  column: number;
  row: number;
  value: number | null;
}

/**
 * A schematic map of the units: one square tile each (宁波市's districts where they roughly lie,
 * other units in a grid), coloured by the indicator the user picks, darker meaning better
 * whatever the indicator's direction. Clicking a tile opens the unit's dashboard.
 */
export function TileMap({
  dashboard,
  height,
  onOpen,
}: {
  dashboard: Dashboard;
  height: number;
  onOpen: (unit: DashboardUnit) => void;
}) {
  const { t, locale } = useI18n();
  const [choice, setChoice] = useState<string>(compositeChoice);
  const indicator = indicatorCatalogue.find((entry) => entry.code === choice);
  const decimals = indicator?.decimals ?? 1;
  const label = indicator ? indicator.name[locale] : t("analytics.column.compositeIndex");
  const unitLabel = indicator ? indicator.unit[locale] : "0–100";

  const tiles = useMemo<Tile[]>(() => {
    const layout = tileLayoutOf(
      dashboard.region.code,
      dashboard.units.map((unit) => unit.code),
    );
    const figure = indicator ? figureOf(dashboard, indicator.code) : undefined;
    return layout.places.flatMap((place) => {
      const unit = dashboard.units.find((entry) => entry.code === place.code);
      if (!unit) return [];
      const value = indicator
        ? (figure?.units.find((entry) => entry.code === unit.code)?.value ?? null)
        : (dashboard.composite.find((entry) => entry.code === unit.code)?.index ?? null);
      return [{ unit, column: place.column, row: place.row, value }];
    });
  }, [dashboard, indicator]);
  const isGeographic = tileLayoutOf(
    dashboard.region.code,
    dashboard.units.map((unit) => unit.code),
  ).isGeographic;

  const option = useMemo<EChartOption>(() => {
    const columns = Math.max(1, ...tiles.map((tile) => tile.column + 1));
    const rows = Math.max(1, ...tiles.map((tile) => tile.row + 1));
    const known = tiles.flatMap((tile) => (tile.value === null ? [] : [tile.value]));
    const min = known.length > 0 ? Math.min(...known) : 0;
    const max = known.length > 0 ? Math.max(...known) : 1;
    const isLowerBetter = indicator?.direction === "lowerIsBetter";
    return {
      toolbox: saveAsPng(t("analytics.savePng"), `${dashboard.region.name}-${label}`),
      tooltip: {
        formatter: (params) => {
          const tile = tiles[(params as { dataIndex: number }).dataIndex];
          if (!tile) return "";
          const value =
            tile.value === null ? t("analytics.map.noValue") : formatValue(tile.value, decimals, locale);
          return `${escapeHtml(tile.unit.name)}<br/>${escapeHtml(t("analytics.map.tooltip", { indicator: label, value }))}`;
        },
      },
      grid: { left: 4, right: 4, top: 36, bottom: 48 },
      xAxis: { type: "category", data: Array.from({ length: columns }, (_, index) => index), show: false },
      yAxis: {
        type: "category",
        data: Array.from({ length: rows }, (_, index) => index),
        inverse: true,
        show: false,
      },
      visualMap: {
        type: "continuous",
        dimension: 2,
        min,
        max: max === min ? min + 1 : max,
        orient: "horizontal",
        left: "center",
        bottom: 4,
        itemHeight: 160,
        calculable: false,
        text: [formatValue(max, decimals, locale), formatValue(min, decimals, locale)],
        inRange: { color: isLowerBetter ? [...lightToDark].reverse() : lightToDark },
        // Units without a value keep the grey their tile is drawn in.
        outOfRange: { color: noValueColour },
      },
      series: [
        {
          type: "custom",
          data: tiles.map((tile) => [tile.column, tile.row, tile.value ?? "-"]),
          encode: { x: 0, y: 1, tooltip: 2 },
          renderItem: (params, api) => {
            const tile = tiles[params.dataIndex];
            const [x = 0, y = 0] = api.coord([api.value(0), api.value(1)]);
            const size = api.size?.([1, 1]);
            const [width = 0, height = 0] = Array.isArray(size) ? size : [0, 0];
            const colour = tile?.value === null ? noValueColour : (api.visual("color") as string);
            // Light text on the darker half of the scale, dark text on the lighter half.
            const darkness =
              tile?.value === null || tile?.value === undefined || max === min
                ? 0
                : (tile.value - min) / (max - min);
            const isDark = (isLowerBetter ? 1 - darkness : darkness) > 0.55;
            const text = `${tile?.unit.name ?? ""}\n${
              tile?.value === null || tile?.value === undefined
                ? "—"
                : formatValue(tile.value, decimals, locale)
            }`;
            return {
              type: "group",
              children: [
                {
                  type: "rect",
                  shape: {
                    x: x - width / 2 + 2,
                    y: y - height / 2 + 2,
                    width: width - 4,
                    height: height - 4,
                    r: 4,
                  },
                  style: { fill: colour },
                },
                {
                  type: "text",
                  x,
                  y,
                  style: {
                    text,
                    align: "center",
                    verticalAlign: "middle",
                    fill: isDark ? "#ffffff" : "#111827",
                    fontSize: 12,
                    lineHeight: 16,
                    width: width - 8,
                    overflow: "truncate",
                  },
                },
              ],
            };
          },
        },
      ],
    };
  }, [tiles, indicator, label, decimals, dashboard.region.name, t, locale]);

  return (
    <Flex vertical gap={8} data-testid="dashboard-map">
      {/* The caption under the map names the indicator on paper; the picker is for the screen. */}
      <Flex align="center" gap={8} wrap className="xq-no-print">
        <Typography.Text>{t("analytics.map.indicator")}</Typography.Text>
        <Select
          id="dashboard-map-indicator"
          data-testid="dashboard-map-indicator"
          value={choice}
          onChange={setChoice}
          style={{ minWidth: 240 }}
          options={[
            { value: compositeChoice, label: t("analytics.column.compositeIndex") },
            ...indicatorCatalogue.map((entry) => ({ value: entry.code, label: entry.name[locale] })),
          ]}
        />
      </Flex>
      {tiles.length === 0 ? (
        <Empty description={t("analytics.noUnits")} />
      ) : (
        <EChart
          option={option}
          height={height}
          onItemClick={({ dataIndex }) => {
            const tile = tiles[dataIndex];
            if (tile?.unit.hasChildren) onOpen(tile.unit);
          }}
        />
      )}
      <Typography.Text type="secondary" data-testid="dashboard-map-caption">
        {t("analytics.map.caption", { indicator: label, unit: unitLabel })}
        {isGeographic ? ` · ${t("analytics.map.schematic")}` : ""}
      </Typography.Text>
    </Flex>
  );
}
