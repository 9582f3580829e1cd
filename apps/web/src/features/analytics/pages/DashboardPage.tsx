import { ExportOutlined, PrinterOutlined } from "@ant-design/icons";
import { analyticsProblems, type Dashboard, periodLabel } from "@xinqiao/shared";
import { Breadcrumb, Button, Card, Col, Result, Row, Space, Spin } from "antd";
import type { MouseEvent } from "react";
import { useSearchParams } from "react-router";
import { ApiError } from "../../../api/client.ts";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { RegionLevelTag } from "../../../components/RegionLevelTag.tsx";
import { useBusyTask } from "../../../components/useBusyTask.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useCurrentUser } from "../../auth/hooks/useSession.ts";
import { RegionTotals } from "../../home/components/RegionTotals.tsx";
import { useRegion } from "../../regions/hooks/useRegion.ts";
import { type DashboardParams, dashboardApi, useDashboard } from "../api.ts";
import { CompositeRankingChart } from "../components/CompositeRankingChart.tsx";
import { DashboardSkeleton } from "../components/DashboardSkeleton.tsx";
import { PeriodPicker } from "../components/PeriodPicker.tsx";
import { BreakdownRow, ProblemPanel, panelAnchor } from "../components/ProblemPanel.tsx";
import { ProblemSummary } from "../components/ProblemSummary.tsx";
import { RegionRecordLinks } from "../components/RegionRecordLinks.tsx";
import { TileMap } from "../components/TileMap.tsx";
import { TrendChart } from "../components/TrendChart.tsx";
import type { DashboardUnit } from "../components/UnitIndicatorTable.tsx";
import { panelOfBreakdown } from "../panels.ts";
import { chinaDateTime, kindOfPeriod } from "../periodChoices.ts";
import "../dashboard.css";

const chartHeight = 360;

/**
 * 首页: the four problems of the user's scope (?region= drills down to a district, a street),
 * for a period (?period=, the current month by default), read from the maintained aggregates.
 */
export default function DashboardPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const region = searchParams.get("region") ?? undefined;
  const askedPeriod = searchParams.get("period");
  const params: DashboardParams = {
    region,
    period: kindOfPeriod(askedPeriod) ? (askedPeriod ?? undefined) : undefined,
  };
  const dashboard = useDashboard(params);
  // The totals of the region the dashboard answered for: never asked of a region out of scope.
  const totals = useRegion(dashboard.data?.region.code ?? null);

  const show = (next: { region?: string; period?: string }) => {
    const target = { region: params.region, period: params.period, ...next };
    const search: Record<string, string> = {};
    if (target.region && target.region !== user.region.code) search.region = target.region;
    if (target.period) search.period = target.period;
    setSearchParams(search);
  };
  const open = (unit: DashboardUnit) => {
    if (unit.hasChildren) show({ region: unit.code });
  };

  if (dashboard.isError) {
    const isMissing = dashboard.error instanceof ApiError && dashboard.error.status === 404;
    return isMissing ? (
      <Result status="404" title={t("analytics.notFound")} />
    ) : (
      <Result status="warning" subTitle={t("analytics.loadFailed")} />
    );
  }
  if (!dashboard.data) return <DashboardSkeleton chartHeight={chartHeight} />;
  const data = dashboard.data;

  return (
    <div className="xq-dashboard" data-testid="dashboard">
      <PageHeader
        breadcrumb={<DashboardBreadcrumb dashboard={data} onSelect={(code) => show({ region: code })} />}
        title={
          <Space>
            {t("analytics.title", { name: data.region.name })}
            <RegionLevelTag level={data.region.level} />
            {dashboard.isPlaceholderData && <Spin size="small" />}
          </Space>
        }
        extra={
          <Space className="xq-no-print" wrap>
            <PeriodPicker period={data.period} onChange={(period) => show({ period })} />
            <ExportDashboard params={{ region: data.region.code, period: data.period }} />
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t("analytics.print")}
            </Button>
          </Space>
        }
        description={
          <span data-testid="dashboard-as-of">
            {data.asOf ? t("analytics.asOf", { time: chinaDateTime(data.asOf) }) : t("analytics.asOfNever")}
            {" · "}
            {t("analytics.periodNote")}
          </span>
        }
      />
      <Space
        orientation="vertical"
        size={16}
        style={{ width: "100%", opacity: dashboard.isPlaceholderData ? 0.6 : 1 }}
      >
        {totals.data && <RegionTotals region={totals.data} />}
        {data.region.level === "street" && (
          <RegionRecordLinks regionCode={data.region.code} name={data.region.name} />
        )}
        <Row gutter={[16, 16]} className="xq-print-keep">
          {analyticsProblems.map((problem) => (
            <Col key={problem} xs={24} md={12} xl={6}>
              <ProblemSummary
                problem={problem}
                dashboard={data}
                onDetails={() =>
                  document.getElementById(panelAnchor(problem))?.scrollIntoView({ behavior: "smooth" })
                }
              />
            </Col>
          ))}
        </Row>
        <ProblemPanel
          problem="imbalance"
          dashboard={data}
          onOpen={open}
          extra={
            <ExportDashboard params={{ region: data.region.code, period: data.period }} testId="imbalance" />
          }
        >
          {data.units.length > 0 && (
            <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
              <Col xs={24} xl={12}>
                <Card size="small" title={t("analytics.ranking.title")} className="xq-dashboard-chart">
                  <CompositeRankingChart dashboard={data} height={chartHeight} onOpen={open} />
                </Card>
              </Col>
              <Col xs={24} xl={12}>
                <Card size="small" title={t("analytics.map.title")} className="xq-dashboard-chart">
                  <TileMap dashboard={data} height={chartHeight} onOpen={open} />
                </Card>
              </Col>
            </Row>
          )}
        </ProblemPanel>
        {analyticsProblems
          .filter((problem) => problem !== "imbalance")
          .map((problem) => (
            <ProblemPanel
              key={problem}
              problem={problem}
              dashboard={data}
              onOpen={open}
              extra={
                <ExportDashboard
                  params={{ region: data.region.code, period: data.period }}
                  testId={problem}
                />
              }
            />
          ))}
        <Trends dashboard={data} />
      </Space>
    </div>
  );
}

function Trends({ dashboard }: { dashboard: Dashboard }) {
  const { t, locale } = useI18n();
  const flows = dashboard.structure.filter((breakdown) => panelOfBreakdown(breakdown) === "trends");
  const period = periodLabel(dashboard.period, locale);
  return (
    <Card
      id={panelAnchor("trends")}
      className="xq-dashboard-section"
      title={t("analytics.trends.title")}
      data-testid={panelAnchor("trends")}
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={flows.length > 0 ? 16 : 24} className="xq-dashboard-chart">
          <TrendChart dashboard={dashboard} height={chartHeight} />
        </Col>
        {flows.length > 0 && (
          <Col xs={24} xl={8}>
            <BreakdownRow
              wide
              breakdowns={flows}
              titleOf={(name) => t("analytics.trends.breakdown", { measure: name, period })}
            />
          </Col>
        )}
      </Row>
    </Card>
  );
}

/** From the user's scope root down to the region; every step but the last goes back up. */
function DashboardBreadcrumb({
  dashboard,
  onSelect,
}: {
  dashboard: Dashboard;
  onSelect: (code: string) => void;
}) {
  const steps =
    dashboard.region.path.length > 0
      ? dashboard.region.path
      : [{ code: dashboard.region.code, name: dashboard.region.name }];
  return (
    <Breadcrumb
      data-testid="region-breadcrumb"
      items={steps.map((step, index) =>
        index === steps.length - 1
          ? { key: step.code, title: step.name }
          : {
              key: step.code,
              title: step.name,
              href: "#",
              onClick: (event: MouseEvent) => {
                event.preventDefault();
                onSelect(step.code);
              },
            },
      )}
    />
  );
}

/** 导出 Excel: the whole dashboard as the server writes it (every table a sheet), audited there. */
function ExportDashboard({ params, testId = "all" }: { params: DashboardParams; testId?: string }) {
  const { t } = useI18n();
  const { busy, run } = useBusyTask<"export">();
  return (
    <Button
      icon={<ExportOutlined />}
      loading={busy === "export"}
      data-testid={`dashboard-export-${testId}`}
      className="xq-no-print"
      onClick={(event) => {
        event.stopPropagation();
        void run("export", () => dashboardApi.export(params, t("analytics.exportFileName")));
      }}
    >
      {t("analytics.export")}
    </Button>
  );
}
