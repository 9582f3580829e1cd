import type { Region } from "@xinqiao/shared";
import { Card, Col, Result, Row, Space } from "antd";
import type { ReactNode } from "react";
import { useSearchParams } from "react-router";
import { DemoDataTag } from "../../../components/DemoDataTag.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { RegionLevelTag } from "../../../components/RegionLevelTag.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useCurrentUser } from "../../auth/hooks/useSession.ts";
import { RegionChildrenTable } from "../../regions/components/RegionChildrenTable.tsx";
import { useChildRegions } from "../../regions/hooks/useChildRegions.ts";
import { useRegion } from "../../regions/hooks/useRegion.ts";
import { ChartSkeleton, HomeSkeleton, TableSkeleton } from "../components/HomeSkeletons.tsx";
import { RegionBreadcrumb } from "../components/RegionBreadcrumb.tsx";
import { RegionTotals } from "../components/RegionTotals.tsx";
import { ResidentsBarChart } from "../components/ResidentsBarChart.tsx";

const chartHeight = 340;

/** Overview of the user's scope, drilling down region by region (?region=CODE). */
export default function HomePage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const code = searchParams.get("region") ?? user.region.code;
  const region = useRegion(code);
  // Asked for together with the region, not after it: a leaf's empty answer is cheaper than a
  // second round trip before the chart can draw.
  const children = useChildRegions(code);

  const open = (target: string) =>
    setSearchParams(target === user.region.code ? {} : { region: target }, { replace: false });
  const drillDown = (child: Region) => {
    if (child.hasChildren) open(child.code);
  };
  // "No subdivisions" is said only of an answer: until it arrives the chart and table are skeletons.
  const withChildren = (skeleton: ReactNode, render: (regions: Region[]) => ReactNode) => {
    if (children.isError) return <Result status="warning" subTitle={t("home.childrenFailed")} />;
    return children.data ? render(children.data.items) : skeleton;
  };

  if (region.isError) {
    return <Result status="404" title={t("region.notFound")} />;
  }
  if (!region.data) return <HomeSkeleton chartHeight={chartHeight} />;

  return (
    <>
      <PageHeader
        breadcrumb={<RegionBreadcrumb region={region.data} onSelect={open} />}
        title={
          <Space>
            {t("home.title", { name: region.data.name })}
            <RegionLevelTag level={region.data.level} />
          </Space>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        <RegionTotals region={region.data} />
        {region.data.hasChildren && (
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card title={t("home.chartTitle")} data-testid="home-chart">
                {withChildren(<ChartSkeleton height={chartHeight} />, (regions) => (
                  <ResidentsBarChart regions={regions} height={chartHeight} onOpen={drillDown} />
                ))}
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card
                title={t("home.childrenTitle")}
                extra={children.data?.items.some((child) => child.isResidentsDemo) ? <DemoDataTag /> : null}
                // Counts line up digit under digit.
                styles={{ body: { padding: 0, fontVariantNumeric: "tabular-nums" } }}
              >
                {withChildren(<TableSkeleton />, (regions) => (
                  <RegionChildrenTable regions={regions} isLoading={false} onOpen={drillDown} />
                ))}
              </Card>
            </Col>
          </Row>
        )}
      </Space>
    </>
  );
}
