import { ApartmentOutlined, HomeOutlined, TeamOutlined } from "@ant-design/icons";
import type { Region } from "@xinqiao/shared";
import { Col, Row } from "antd";
import { DemoDataTag } from "../../../components/DemoDataTag.tsx";
import { formatCount } from "../../../components/formatNumber.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { StatisticCard } from "./StatisticCard.tsx";

/** Residents, streets and communities of a region; counts that cannot vary (a street's own count) are left out. */
export function RegionTotals({ region }: { region: Region }) {
  const { t, locale } = useI18n();
  const showsStreets = region.level === "city" || region.level === "district";
  const showsCommunities = region.level !== "community";
  const span = 24 / (1 + Number(showsStreets) + Number(showsCommunities));
  return (
    <Row gutter={[16, 16]} data-testid="region-totals">
      <Col xs={24} md={span}>
        <StatisticCard
          title={t("home.totals.residents")}
          value={formatCount(region.residents, locale)}
          icon={<TeamOutlined />}
          extra={region.isResidentsDemo ? <DemoDataTag /> : null}
        />
      </Col>
      {showsStreets && (
        <Col xs={24} md={span}>
          <StatisticCard
            title={t("home.totals.streets")}
            value={formatCount(region.streetCount, locale)}
            icon={<ApartmentOutlined />}
          />
        </Col>
      )}
      {showsCommunities && (
        <Col xs={24} md={span}>
          <StatisticCard
            title={t("home.totals.communities")}
            value={formatCount(region.communityCount, locale)}
            icon={<HomeOutlined />}
          />
        </Col>
      )}
    </Row>
  );
}
