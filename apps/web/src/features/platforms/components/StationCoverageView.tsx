import type { StationCoverageRow } from "@xinqiao/shared";
import { Alert, Button, Card, Empty, Space, Spin, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useMemo } from "react";
import { useErrorText } from "../../../api/errorText.ts";
import { EChart, type EChartOption } from "../../../components/EChart.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useStationCoverage } from "../hooks/usePlatforms.ts";

/** Below this share a district's coverage bar is drawn as a shortfall. */
const lowCoverage = 60;

function colorOf(percent: number | null): string {
  if (percent === null) return "#bfbfbf";
  if (percent >= 90) return "#52c41a";
  if (percent >= lowCoverage) return "#1677ff";
  return "#fa541c";
}

/**
 * Station coverage per district of the user's scope: a table (streets, covered, %, operating
 * stations, below staffing / space standard, streets without a station) and a bar chart of the
 * coverage %. A count links to the register filtered to those stations.
 */
export function StationCoverageView({
  onShowStations,
}: {
  onShowStations: (filter: { regionCode: string; belowStandard?: "staffing" | "space" }) => void;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const coverage = useStationCoverage();
  const rows = coverage.data?.rows ?? [];

  const option = useMemo<EChartOption>(
    () => ({
      tooltip: { trigger: "axis", valueFormatter: (value) => `${String(value)}%` },
      grid: { left: 48, right: 16, top: 24, bottom: 40 },
      xAxis: { type: "category", data: rows.map((row) => row.regionName), axisLabel: { interval: 0 } },
      yAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
      series: [
        {
          type: "bar",
          name: t("platforms.coverage.chartTitle"),
          barMaxWidth: 36,
          data: rows.map((row) => ({
            value: row.coveragePercent ?? 0,
            itemStyle: { color: colorOf(row.coveragePercent) },
          })),
          label: { show: true, position: "top", formatter: "{c}%" },
        },
      ],
    }),
    [rows, t],
  );

  const count = (row: StationCoverageRow, value: number, belowStandard?: "staffing" | "space") =>
    value > 0 ? (
      <Button
        type="link"
        size="small"
        style={{ padding: 0 }}
        onClick={() => onShowStations({ regionCode: row.regionCode, belowStandard })}
      >
        {value}
      </Button>
    ) : (
      value
    );

  const columns: TableColumnsType<StationCoverageRow> = [
    {
      title: t("platforms.coverage.region"),
      dataIndex: "regionName",
      key: "region",
      width: 120,
      fixed: "left",
    },
    {
      title: t("platforms.coverage.streets"),
      dataIndex: "streetCount",
      key: "streets",
      align: "right",
      width: 120,
    },
    {
      title: t("platforms.coverage.covered"),
      dataIndex: "coveredStreetCount",
      key: "covered",
      align: "right",
      width: 90,
    },
    {
      title: t("platforms.coverage.percent"),
      key: "percent",
      align: "right",
      width: 100,
      render: (_: unknown, row) =>
        row.coveragePercent === null ? (
          "—"
        ) : (
          <Typography.Text strong style={{ color: colorOf(row.coveragePercent) }}>
            {row.coveragePercent}%
          </Typography.Text>
        ),
    },
    {
      title: t("platforms.coverage.stations"),
      key: "stations",
      align: "right",
      width: 120,
      render: (_: unknown, row) => count(row, row.operatingStationCount),
    },
    {
      title: t("platforms.coverage.belowStaffing"),
      key: "belowStaffing",
      align: "right",
      width: 120,
      render: (_: unknown, row) => count(row, row.belowStaffingCount, "staffing"),
    },
    {
      title: t("platforms.coverage.belowSpace"),
      key: "belowSpace",
      align: "right",
      width: 120,
      render: (_: unknown, row) => count(row, row.belowSpaceCount, "space"),
    },
    {
      title: t("platforms.coverage.uncovered"),
      key: "uncovered",
      render: (_: unknown, row) =>
        row.uncoveredStreets.length === 0 ? (
          <Typography.Text type="secondary">{t("platforms.coverage.none")}</Typography.Text>
        ) : (
          <Space size={[4, 4]} wrap>
            {row.uncoveredStreets.map((street) => (
              <Tag key={street.code}>{street.name}</Tag>
            ))}
          </Space>
        ),
    },
  ];

  if (coverage.isLoading) return <Spin />;
  if (coverage.error) return <Alert type="error" showIcon title={errorText(coverage.error)} />;
  if (rows.length === 0) return <Empty description={t("platforms.coverage.empty")} />;

  const total = coverage.data?.total;
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }} data-testid="station-coverage">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t("platforms.coverage.description")} {t("platforms.standard.hint")}
      </Typography.Paragraph>
      {rows.length > 1 && (
        <Card size="small" title={t("platforms.coverage.chartTitle")}>
          <EChart option={option} height={300} />
        </Card>
      )}
      <Table<StationCoverageRow>
        rowKey="regionCode"
        size="middle"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1100 }}
        data-testid="station-coverage-table"
        summary={() =>
          total ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <Typography.Text strong>{t("platforms.coverage.total")}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {total.streetCount}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {total.coveredStreetCount}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                <Typography.Text strong>{total.coveragePercent ?? "—"}%</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {total.operatingStationCount}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                {total.belowStaffingCount}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={6} align="right">
                {total.belowSpaceCount}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={7}>{total.uncoveredStreets.length}</Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
    </Space>
  );
}
