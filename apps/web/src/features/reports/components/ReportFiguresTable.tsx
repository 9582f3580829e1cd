import type { PeriodicReportDetail } from "@xinqiao/shared";
import { Space, Table, Tag, Typography } from "antd";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { type FigureRow, figureRows } from "../figures.ts";
import { chinaDateTime } from "../periods.ts";

/**
 * The report's figures: one row per indicator of the catalogue, the district's value beside each
 * street's; an indicator whose live value has moved since the snapshot carries a tag.
 */
export function ReportFiguresTable({ report }: { report: PeriodicReportDetail }) {
  const { t, locale } = useI18n();
  const { figures } = report;
  const rows = figureRows(figures, report.changedIndicators, locale);
  const columns = [
    {
      title: t("reports.figures.indicator"),
      key: "name",
      width: 220,
      fixed: "left" as const,
      render: (_: unknown, row: FigureRow) => (
        <Space size={4} wrap>
          <span>{row.name}</span>
          {row.isStock && <Typography.Text type="secondary">({t("reports.figures.stock")})</Typography.Text>}
          {row.isChanged && (
            <Tag color="warning" data-testid="report-figure-changed">
              {t("reports.figures.changed")}
            </Tag>
          )}
        </Space>
      ),
    },
    { title: t("reports.figures.unit"), dataIndex: "unit", key: "unit", width: 90 },
    {
      title: report.region.name,
      dataIndex: "value",
      key: "value",
      width: 110,
      align: "right" as const,
      render: (value: string) => <strong>{value}</strong>,
    },
    ...figures.units.map((unit) => ({
      title: unit.name,
      key: unit.code,
      width: 110,
      align: "right" as const,
      render: (_: unknown, row: FigureRow) => row.units[unit.code] ?? "—",
    })),
  ];
  const caption = t(
    report.figuresSource === "snapshot" ? "reports.figures.snapshot" : "reports.figures.live",
    {
      time: chinaDateTime(figures.takenAt),
      asOf: chinaDateTime(figures.asOf),
    },
  );
  return (
    <Space orientation="vertical" size={8} style={{ width: "100%" }}>
      <Typography.Text type="secondary" data-testid="report-figures-source">
        {caption}
      </Typography.Text>
      <Table<FigureRow>
        rowKey="code"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 420 + figures.units.length * 110 }}
        locale={{ emptyText: t("reports.figures.empty") }}
        data-testid="report-figures"
      />
    </Space>
  );
}
