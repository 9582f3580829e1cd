import type { Dashboard, IndicatorDefinition } from "@xinqiao/shared";
import { Table, type TableColumnType, Tooltip, Typography } from "antd";
import type { ReactNode } from "react";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { figureOf, formatValue } from "../panels.ts";
import { IndicatorFigure } from "./IndicatorFigure.tsx";

export type DashboardUnit = Dashboard["units"][number];

interface UnitRow {
  unit: DashboardUnit;
  values: Record<string, { value: number | null; ratioToMedian: number | null; isShortBoard: boolean }>;
  index: number | null;
  rank: number | null;
}

/**
 * The units of the region × the given indicators: each value linked to its records, its ratio
 * to the median and the 短板 tag; under the units the region's own value, the median and the
 * coefficient of variation. A unit with subdivisions opens its own dashboard on a click.
 */
export function UnitIndicatorTable({
  dashboard,
  indicators,
  withComposite = false,
  onOpen,
  testId,
}: {
  dashboard: Dashboard;
  indicators: readonly IndicatorDefinition[];
  withComposite?: boolean;
  onOpen: (unit: DashboardUnit) => void;
  testId: string;
}) {
  const { t, locale } = useI18n();
  const figures = indicators.map((indicator) => figureOf(dashboard, indicator.code));
  const rows: UnitRow[] = dashboard.units.map((unit) => {
    const composite = dashboard.composite.find((entry) => entry.code === unit.code);
    return {
      unit,
      values: Object.fromEntries(
        figures.map((figure, column) => [
          indicators[column]?.code,
          figure?.units.find((entry) => entry.code === unit.code) ?? {
            value: null,
            ratioToMedian: null,
            isShortBoard: false,
          },
        ]),
      ),
      index: composite?.index ?? null,
      rank: composite?.rank ?? null,
    };
  });
  const byValue = (code: string) => (a: UnitRow, b: UnitRow) =>
    (a.values[code]?.value ?? Number.NEGATIVE_INFINITY) - (b.values[code]?.value ?? Number.NEGATIVE_INFINITY);

  const columns: TableColumnType<UnitRow>[] = [
    {
      key: "region",
      title: t("analytics.column.region"),
      width: 110,
      fixed: "left",
      render: (_, row) =>
        row.unit.hasChildren ? (
          <Typography.Link data-testid="dashboard-unit-link">{row.unit.name}</Typography.Link>
        ) : (
          row.unit.name
        ),
    },
    ...indicators.map(
      (indicator, column): TableColumnType<UnitRow> => ({
        key: indicator.code,
        title: (
          <Tooltip title={indicator.name[locale]}>
            <div style={{ lineHeight: 1.3 }}>
              <div>{indicator.name[locale]}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: "normal" }}>
                {indicator.unit[locale]}
                {figures[column]?.period === "now" ? ` · ${t("analytics.now")}` : ""}
              </Typography.Text>
            </div>
          </Tooltip>
        ),
        width: 118,
        align: "right",
        sorter: byValue(indicator.code),
        render: (_, row) => {
          const figure = row.values[indicator.code];
          return (
            <IndicatorFigure
              indicator={indicator}
              regionCode={row.unit.code}
              value={figure?.value ?? null}
              ratioToMedian={figure?.ratioToMedian ?? null}
              isShortBoard={figure?.isShortBoard ?? false}
            />
          );
        },
      }),
    ),
    ...(withComposite
      ? [
          {
            key: "compositeIndex",
            title: (
              <Tooltip title={t("analytics.compositeTip")}>
                <span>{t("analytics.column.compositeIndex")}</span>
              </Tooltip>
            ),
            width: 100,
            align: "right",
            sorter: (a: UnitRow, b: UnitRow) => (a.index ?? -1) - (b.index ?? -1),
            render: (_: unknown, row: UnitRow) => formatValue(row.index, 1, locale),
          } satisfies TableColumnType<UnitRow>,
          {
            key: "rank",
            title: t("analytics.column.rank"),
            width: 60,
            align: "right",
            render: (_: unknown, row: UnitRow) => row.rank ?? "—",
          } satisfies TableColumnType<UnitRow>,
        ]
      : []),
  ];

  const summaryRow = (
    key: string,
    label: string,
    cell: (column: number, indicator: IndicatorDefinition) => ReactNode,
  ) => (
    <Table.Summary.Row key={key} data-testid={`${testId}-${key}`}>
      <Table.Summary.Cell index={0}>
        <Typography.Text strong={key === "total"}>{label}</Typography.Text>
      </Table.Summary.Cell>
      {indicators.map((indicator, column) => (
        <Table.Summary.Cell key={indicator.code} index={column + 1} align="right">
          {cell(column, indicator)}
        </Table.Summary.Cell>
      ))}
      {withComposite && <Table.Summary.Cell index={indicators.length + 1} colSpan={2} />}
    </Table.Summary.Row>
  );

  return (
    <Table<UnitRow>
      data-testid={testId}
      size="small"
      rowKey={(row) => row.unit.code}
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: "max-content" }}
      // Figures line up digit under digit.
      style={{ fontVariantNumeric: "tabular-nums" }}
      locale={{ emptyText: t("analytics.noUnits") }}
      onRow={(row) =>
        row.unit.hasChildren ? { className: "xq-clickable-row", onClick: () => onOpen(row.unit) } : {}
      }
      summary={() => (
        <Table.Summary>
          {summaryRow(
            "total",
            t("analytics.row.total", { name: dashboard.region.name }),
            (column, indicator) => (
              <IndicatorFigure
                indicator={indicator}
                regionCode={dashboard.region.code}
                value={figures[column]?.value ?? null}
              />
            ),
          )}
          {summaryRow("median", t("analytics.row.median"), (column, indicator) =>
            formatValue(figures[column]?.median, indicator.decimals, locale),
          )}
          {summaryRow("cv", t("analytics.row.cv"), (column) => (
            <Tooltip title={t("analytics.cvTip")}>
              <span>{formatValue(figures[column]?.coefficientOfVariation, 2, locale)}</span>
            </Tooltip>
          ))}
        </Table.Summary>
      )}
    />
  );
}
