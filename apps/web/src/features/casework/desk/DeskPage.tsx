import {
  AlertOutlined,
  AuditOutlined,
  CalendarOutlined,
  FolderOpenOutlined,
  SwapOutlined,
} from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { activeCaseStages, type CaseStage, type Desk, type DeskCase, type DeskClient } from "@xinqiao/shared";
import { Card, Col, Empty, Result, Row, Skeleton, Table, type TableColumnType, Tag, Typography } from "antd";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { EChart, type EChartOption } from "../../../components/EChart.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { StatisticCard } from "../../home/components/StatisticCard.tsx";
import { deskApi, deskKeys } from "./api.ts";

const stageOrder: readonly CaseStage[] = [...activeCaseStages, "suspended", "closed", "referred", "declined"];

/**
 * 我的工作台: the first screen of a worker, station head and supervisor — what waits for them,
 * each list the first few of its kind with its count, every case a link to its page.
 */
export default function DeskPage() {
  const { t } = useI18n();
  const desk = useQuery({ queryKey: deskKeys.desk, queryFn: deskApi.desk, refetchOnWindowFocus: true });

  if (desk.isError) return <Result status="warning" subTitle={t("desk.loadFailed")} />;
  if (!desk.data) return <Skeleton active paragraph={{ rows: 12 }} />;
  const data = desk.data;
  const open = data.casesByStage
    .filter((row) => (activeCaseStages as readonly string[]).includes(row.stage))
    .reduce((sum, row) => sum + row.count, 0);

  return (
    <>
      <PageHeader
        title={t("desk.title")}
        description={
          <>
            {t("desk.today", { date: data.today })} · {t("desk.limits", data.settings.stageTimeLimitDays)}
          </>
        }
      />
      <Row gutter={[16, 16]} data-testid="desk-counts">
        <Count title={t("desk.openCases")} value={open} icon={<FolderOpenOutlined />} />
        <Count title={t("desk.overdue")} value={data.overdueStages.count} icon={<AlertOutlined />} alert />
        <Count title={t("desk.approvals")} value={data.approvals.count} icon={<AuditOutlined />} />
        <Count title={t("desk.transfers")} value={data.transfers.count} icon={<SwapOutlined />} />
        <Count title={t("desk.followUps")} value={data.followUps.count} icon={<CalendarOutlined />} />
      </Row>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={10}>
          <Card title={t("desk.byStage")}>
            <StageChart desk={data} />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <DeskList
            testId="desk-approvals"
            title={t("desk.approvalsTitle")}
            list={data.approvals}
            extraColumn={{
              title: t("desk.kind"),
              key: "of",
              render: (_: unknown, row: DeskCase & { of?: "plan" | "closing" }) =>
                row.of ? <Tag color="gold">{t(`desk.approvalOf.${row.of}`)}</Tag> : null,
            }}
            sinceTitle={t("desk.submittedOn")}
            more="/cases?approval=pending"
          />
        </Col>
        <Col xs={24} xl={12}>
          <DeskList
            testId="desk-overdue"
            title={t("desk.overdueTitle")}
            list={data.overdueStages}
            sinceTitle={t("desk.overdueSince")}
            more="/cases?overdue=true"
          />
        </Col>
        <Col xs={24} xl={12}>
          <DeskList
            testId="desk-transfers"
            title={t("desk.transfersTitle")}
            list={data.transfers}
            sinceTitle={t("desk.requestedOn")}
          />
        </Col>
        <Col xs={24} xl={12}>
          <HighRiskClients desk={data} />
        </Col>
        <Col xs={24} xl={12}>
          <DeskList
            testId="desk-follow-ups"
            title={t("desk.followUpsTitle")}
            list={data.followUps}
            sinceTitle={t("desk.dueOn")}
            more={data.followUps.count > 0 ? "/follow-ups" : undefined}
          />
        </Col>
      </Row>
    </>
  );
}

function Count({
  title,
  value,
  icon,
  alert,
}: {
  title: string;
  value: number;
  icon: ReactNode;
  alert?: boolean;
}) {
  return (
    <Col xs={12} md={8} xl={4} style={{ flex: "1 1 0" }}>
      <StatisticCard
        title={title}
        value={String(value)}
        icon={<span style={{ color: alert && value > 0 ? "#cf1322" : undefined }}>{icon}</span>}
      />
    </Col>
  );
}

function StageChart({ desk }: { desk: Desk }) {
  const { t } = useI18n();
  const counts = new Map(desk.casesByStage.map((row) => [row.stage, row.count]));
  const stages = stageOrder.filter((stage) => counts.has(stage));
  if (stages.length === 0) return <Empty description={t("desk.byStageEmpty")} />;
  const option: EChartOption = {
    grid: { left: 80, right: 24, top: 8, bottom: 24 },
    tooltip: { trigger: "axis" },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", inverse: true, data: stages.map((stage) => t(`cases.stage.${stage}`)) },
    series: [{ type: "bar", data: stages.map((stage) => counts.get(stage) ?? 0), barMaxWidth: 24 }],
  };
  return <EChart option={option} height={Math.max(160, stages.length * 40)} />;
}

interface DeskListProps<Row extends DeskCase> {
  testId: string;
  title: string;
  list: { count: number; items: Row[] };
  sinceTitle: string;
  extraColumn?: TableColumnType<Row>;
  more?: string;
}

function DeskList<Row extends DeskCase>({
  testId,
  title,
  list,
  sinceTitle,
  extraColumn,
  more,
}: DeskListProps<Row>) {
  const { t } = useI18n();
  const columns: TableColumnType<Row>[] = [
    {
      title: t("desk.caseNumber"),
      key: "caseNumber",
      render: (_, row) => <Link to={`/cases/${row.caseId}`}>{row.caseNumber}</Link>,
    },
    { title: t("desk.client"), dataIndex: "clientName", key: "clientName" },
    {
      title: t("desk.stage"),
      key: "stage",
      render: (_, row) => <Tag>{t(`cases.stage.${row.stage}`)}</Tag>,
    },
    ...(extraColumn ? [extraColumn] : []),
    { title: sinceTitle, dataIndex: "since", key: "since" },
  ];
  return (
    <Card
      title={
        <>
          {title}{" "}
          <Typography.Text type="secondary" data-testid={`${testId}-count`}>
            ({list.count})
          </Typography.Text>
        </>
      }
      extra={
        more && list.count > list.items.length ? (
          <Link to={more} data-testid={`${testId}-more`}>
            {t("desk.more", { count: list.count })}
          </Link>
        ) : null
      }
      styles={{ body: { padding: 0 } }}
      data-testid={testId}
    >
      <Table<Row>
        rowKey={(row) => `${row.caseId}-${"followUpId" in row ? String(row.followUpId) : ""}`}
        size="small"
        columns={columns}
        dataSource={list.items}
        pagination={false}
        locale={{ emptyText: t("desk.nothing") }}
      />
    </Card>
  );
}

function HighRiskClients({ desk }: { desk: Desk }) {
  const { t } = useI18n();
  const { count, items } = desk.highRiskClients;
  const columns: TableColumnType<DeskClient>[] = [
    {
      title: t("desk.client"),
      key: "name",
      render: (_, row) => <Link to={`/clients/${row.clientId}`}>{row.name}</Link>,
    },
    {
      title: t("desk.risk"),
      key: "risk",
      render: (_, row) => <Tag color="red">{t(row.isEmergency ? "desk.emergency" : "desk.highRisk")}</Tag>,
    },
    {
      title: t("desk.lastServiceOn"),
      key: "lastServiceOn",
      render: (_, row) => row.lastServiceOn ?? t("desk.neverServed"),
    },
  ];
  return (
    <Card
      title={
        <>
          {t("desk.highRiskTitle", { days: desk.settings.highRiskVisitDays })}{" "}
          <Typography.Text type="secondary">({count})</Typography.Text>
        </>
      }
      styles={{ body: { padding: 0 } }}
      data-testid="desk-high-risk"
    >
      <Table<DeskClient>
        rowKey="clientId"
        size="small"
        columns={columns}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: t("desk.nothing") }}
      />
    </Card>
  );
}
