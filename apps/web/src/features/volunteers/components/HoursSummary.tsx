import type { VolunteerDetail } from "@xinqiao/shared";
import { Col, Row, Statistic, Typography } from "antd";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { StarLevel } from "./StarLevel.tsx";

/** Cumulative hours, star level, time-bank balance: all derived from the ledger on the server. */
export function HoursSummary({ volunteer }: { volunteer: VolunteerDetail }) {
  const { t } = useI18n();
  const next = volunteer.nextStarAt;
  return (
    <div data-testid="hours-summary">
      <Row gutter={[16, 16]}>
        <Col span={12}>
          <Statistic
            title={t("volunteers.field.totalHours")}
            value={volunteer.totalHours}
            suffix={t("volunteers.hoursUnit")}
          />
        </Col>
        <Col span={12}>
          <div style={{ color: "rgba(0,0,0,0.45)", marginBottom: 4 }}>{t("volunteers.field.starLevel")}</div>
          <StarLevel level={volunteer.starLevel} />
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {next === null
                ? t("volunteers.topStar")
                : t("volunteers.nextStarValue", {
                    hours: Math.round((next - volunteer.totalHours) * 100) / 100,
                    threshold: next,
                    star: volunteer.starLevel + 1,
                  })}
            </Typography.Text>
          </div>
        </Col>
        <Col span={8}>
          <Statistic title={t("volunteers.field.balanceHours")} value={volunteer.balanceHours} />
        </Col>
        <Col span={8}>
          <Statistic title={t("volunteers.field.redeemedHours")} value={volunteer.redeemedHours} />
        </Col>
        <Col span={8}>
          <Statistic title={t("volunteers.field.recordCount")} value={volunteer.recordCount} />
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: "12px 0 0" }}>
        {t("volunteers.starThresholdsHint", { thresholds: volunteer.starThresholds.join(" / ") })}
      </Typography.Paragraph>
    </div>
  );
}
