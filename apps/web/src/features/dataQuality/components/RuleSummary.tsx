import { type DataQualityRuleCode, type DataQualityRuleCount, dataQualityRules } from "@xinqiao/shared";
import { Card, Col, Row, Space, Statistic, Tooltip, Typography } from "antd";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { SeverityTag } from "./SeverityTag.tsx";

/**
 * One card per rule with its severity and count; choosing a card filters the table by its rule
 * (choosing it again, or 全部问题, shows every finding).
 */
export function RuleSummary({
  counts,
  selected,
  onSelect,
}: {
  counts: readonly DataQualityRuleCount[];
  selected: DataQualityRuleCode | undefined;
  onSelect: (rule: DataQualityRuleCode | undefined) => void;
}) {
  const { t, locale } = useI18n();
  const countOf = (rule: DataQualityRuleCode) => counts.find((count) => count.rule === rule)?.count ?? 0;
  const total = counts.reduce((sum, count) => sum + count.count, 0);
  const cardStyle = (isSelected: boolean) => ({
    height: "100%",
    cursor: "pointer",
    borderColor: isSelected ? "#1677ff" : undefined,
  });
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      <Col xs={12} md={8} xl={6} xxl={3}>
        <Card
          size="small"
          hoverable
          style={cardStyle(selected === undefined)}
          onClick={() => onSelect(undefined)}
          data-testid="data-quality-rule-all"
        >
          <Statistic title={t("dataQuality.allRules")} value={total} />
        </Card>
      </Col>
      {dataQualityRules.map((rule) => (
        <Col key={rule.code} xs={12} md={8} xl={6} xxl={3}>
          <Tooltip title={rule.description[locale]}>
            <Card
              size="small"
              hoverable
              style={cardStyle(selected === rule.code)}
              onClick={() => onSelect(selected === rule.code ? undefined : rule.code)}
              data-testid={`data-quality-rule-${rule.code}`}
            >
              <Statistic
                title={
                  <Space size={4} wrap>
                    <Typography.Text ellipsis style={{ maxWidth: 130 }}>
                      {rule.name[locale]}
                    </Typography.Text>
                    <SeverityTag severity={rule.severity} />
                  </Space>
                }
                value={countOf(rule.code)}
              />
            </Card>
          </Tooltip>
        </Col>
      ))}
    </Row>
  );
}
