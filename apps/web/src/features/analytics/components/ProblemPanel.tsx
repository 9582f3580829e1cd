import type { AnalyticsProblem, Dashboard } from "@xinqiao/shared";
import { Card, Col, Empty, Row } from "antd";
import type { ReactNode } from "react";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { type Breakdown, indicatorsOfProblem, measureOfCode, panelOfBreakdown } from "../panels.ts";
import { BreakdownChart } from "./BreakdownChart.tsx";
import { type DashboardUnit, UnitIndicatorTable } from "./UnitIndicatorTable.tsx";

export const panelAnchor = (panel: string) => `dashboard-panel-${panel}`;

/**
 * A problem's panel: its indicators unit by unit, the breakdowns that belong to it, and what the
 * page adds for that problem (`children`: the ranking and the map for imbalance). A problem
 * without indicators yet (funding, until the projects module) says so in place of its table.
 */
export function ProblemPanel({
  problem,
  dashboard,
  onOpen,
  extra,
  children,
}: {
  problem: AnalyticsProblem;
  dashboard: Dashboard;
  onOpen: (unit: DashboardUnit) => void;
  extra?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const indicators = indicatorsOfProblem(problem);
  const title = t(`analytics.problem.${problem}`);
  const breakdowns = dashboard.structure.filter((breakdown) => panelOfBreakdown(breakdown) === problem);
  return (
    <Card
      id={panelAnchor(problem)}
      className="xq-dashboard-section"
      title={title}
      extra={indicators.length > 0 ? extra : null}
      data-testid={panelAnchor(problem)}
    >
      {indicators.length === 0 ? (
        <Empty description={t("analytics.noIndicators", { problem: title })} />
      ) : (
        <UnitIndicatorTable
          dashboard={dashboard}
          indicators={indicators}
          withComposite={problem === "imbalance"}
          onOpen={onOpen}
          testId={`dashboard-table-${problem}`}
        />
      )}
      {children}
      {breakdowns.length > 0 && <BreakdownRow breakdowns={breakdowns} />}
    </Card>
  );
}

const breakdownHeight = 260;

export function BreakdownRow({
  breakdowns,
  titleOf,
  wide = false,
}: {
  breakdowns: Breakdown[];
  titleOf?: (title: string) => string;
  /** One chart per row of the column it is given (beside the trends), instead of four abreast. */
  wide?: boolean;
}) {
  const { locale } = useI18n();
  return (
    <Row gutter={[16, 16]} style={{ marginTop: wide ? 0 : 16 }}>
      {breakdowns.map((breakdown) => {
        const measure = measureOfCode(breakdown.measure);
        const dimension = measure?.dimensions?.find((entry) => entry.code === breakdown.dimension);
        const name = `${measure?.name[locale] ?? breakdown.measure} · ${dimension?.name[locale] ?? breakdown.dimension}`;
        const title = titleOf ? titleOf(name) : name;
        return (
          <Col key={`${breakdown.measure}-${breakdown.dimension}`} xs={24} md={12} xl={wide ? 24 : 6}>
            <Card size="small" title={title} className="xq-dashboard-chart">
              <BreakdownChart breakdown={breakdown} title={title} height={breakdownHeight} />
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
