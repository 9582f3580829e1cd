import type { FundingSummary } from "@xinqiao/shared";
import { Card, Col, Row, Statistic, Table } from "antd";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { moneyColumn, rate, yuan } from "./money.tsx";

/** A region's money by source: every figure is the server's integer sum, shown to the 分. */
export function FundingSummaryCard({ summary }: { summary: FundingSummary | undefined }) {
  const { t } = useI18n();
  if (!summary) return null;
  return (
    <Card title={`${t("projects.section.summary")} · ${summary.region.name}`} data-testid="funding-summary">
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={4}>
          <Statistic title={t("projects.field.projectCount")} value={summary.projectCount} />
        </Col>
        <Col span={4}>
          <Statistic title={t("projects.field.budget")} value={yuan(summary.budgetFen)} />
        </Col>
        <Col span={4}>
          <Statistic title={t("projects.field.received")} value={yuan(summary.receivedFen)} />
        </Col>
        <Col span={4}>
          <Statistic title={t("projects.field.spent")} value={yuan(summary.spentFen)} />
        </Col>
        <Col span={4}>
          <Statistic title={t("projects.field.rateOfReceived")} value={rate(summary.spentOfReceivedBp)} />
        </Col>
        <Col span={4}>
          <Statistic title={t("projects.field.governmentShare")} value={rate(summary.governmentShareBp)} />
        </Col>
      </Row>
      <Table
        size="small"
        rowKey="source"
        pagination={false}
        dataSource={summary.bySource}
        columns={[
          {
            title: t("projects.field.source"),
            key: "source",
            render: (_: unknown, row) => t(`projects.source.${row.source}`),
          },
          {
            title: t("projects.field.budget"),
            key: "budget",
            ...moneyColumn,
            render: (_: unknown, row) => yuan(row.budgetFen),
          },
          {
            title: t("projects.field.received"),
            key: "received",
            ...moneyColumn,
            render: (_: unknown, row) => yuan(row.receivedFen),
          },
          {
            title: t("projects.field.share"),
            key: "share",
            ...moneyColumn,
            render: (_: unknown, row) => rate(row.receivedShareBp),
          },
        ]}
      />
    </Card>
  );
}
