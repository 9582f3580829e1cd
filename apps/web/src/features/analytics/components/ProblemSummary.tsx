import type { AnalyticsProblem, Dashboard } from "@xinqiao/shared";
import { Card, Flex, Space, Tag, Typography } from "antd";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { figureOf, indicatorsOfProblem } from "../panels.ts";
import { IndicatorFigure } from "./IndicatorFigure.tsx";

/**
 * One of the four problems at a glance, for the region as a whole: each of its indicators'
 * value (imbalance also counts the 短板 and names the units at both ends of the ranking). A
 * problem without indicators yet says so plainly.
 */
export function ProblemSummary({
  problem,
  dashboard,
  onDetails,
}: {
  problem: AnalyticsProblem;
  dashboard: Dashboard;
  onDetails: () => void;
}) {
  const { t, locale } = useI18n();
  const indicators = indicatorsOfProblem(problem);
  const title = t(`analytics.problem.${problem}`);
  return (
    <Card
      size="small"
      title={title}
      data-testid={`dashboard-summary-${problem}`}
      style={{ height: "100%" }}
      extra={
        <Typography.Link className="xq-no-print" onClick={onDetails}>
          {t("analytics.details")}
        </Typography.Link>
      }
    >
      {indicators.length === 0 ? (
        <Typography.Text type="secondary">{t("analytics.noIndicators", { problem: title })}</Typography.Text>
      ) : (
        <Flex vertical gap={6}>
          {problem === "imbalance" && <ImbalanceLead dashboard={dashboard} />}
          {indicators.map((indicator) => {
            const figure = figureOf(dashboard, indicator.code);
            return (
              <Flex key={indicator.code} justify="space-between" gap={8} align="baseline">
                <Typography.Text type="secondary" ellipsis={{ tooltip: indicator.name[locale] }}>
                  {indicator.name[locale]}
                </Typography.Text>
                <Space size={4} style={{ whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" }}>
                  <IndicatorFigure
                    indicator={indicator}
                    regionCode={dashboard.region.code}
                    value={figure?.value ?? null}
                  />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {indicator.unit[locale]}
                  </Typography.Text>
                </Space>
              </Flex>
            );
          })}
        </Flex>
      )}
    </Card>
  );
}

function ImbalanceLead({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useI18n();
  const ranked = dashboard.composite
    .filter((entry) => entry.rank !== null)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const nameOf = (code: string | undefined) => dashboard.units.find((unit) => unit.code === code)?.name;
  const best = nameOf(ranked[0]?.code);
  const worst = ranked.length > 1 ? nameOf(ranked.at(-1)?.code) : undefined;
  const shortBoards = dashboard.shortBoards.reduce((sum, entry) => sum + entry.indicators.length, 0);
  return (
    <Flex vertical gap={2} style={{ marginBottom: 4 }}>
      <div>
        {shortBoards > 0 ? (
          <Tag color="red">{t("analytics.summary.shortBoards", { count: shortBoards })}</Tag>
        ) : (
          <Tag color="green">{t("analytics.summary.noShortBoards")}</Tag>
        )}
      </div>
      {best && <Typography.Text>{t("analytics.summary.leader", { name: best })}</Typography.Text>}
      {worst && <Typography.Text>{t("analytics.summary.laggard", { name: worst })}</Typography.Text>}
    </Flex>
  );
}
