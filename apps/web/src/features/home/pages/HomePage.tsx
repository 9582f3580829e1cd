import type { Region } from "@xinqiao/shared";
import { Card, Col, Result, Row, Skeleton, Space } from "antd";
import { useSearchParams } from "react-router";
import { DemoDataTag } from "../../../components/DemoDataTag.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { RegionLevelTag } from "../../../components/RegionLevelTag.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useCurrentUser } from "../../auth/hooks/useSession.ts";
import { RegionChildrenTable } from "../../regions/components/RegionChildrenTable.tsx";
import { useChildRegions } from "../../regions/hooks/useChildRegions.ts";
import { useRegion } from "../../regions/hooks/useRegion.ts";
import { RegionBreadcrumb } from "../components/RegionBreadcrumb.tsx";
import { RegionTotals } from "../components/RegionTotals.tsx";
import { ResidentsBarChart } from "../components/ResidentsBarChart.tsx";

/** Overview of the user's scope, drilling down region by region (?region=CODE). */
export default function HomePage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const code = searchParams.get("region") ?? user.region.code;
  const region = useRegion(code);
  const children = useChildRegions(code, region.data?.hasChildren ?? false);
  const childRegions = children.data?.items ?? [];

  const open = (target: string) =>
    setSearchParams(target === user.region.code ? {} : { region: target }, { replace: false });
  const drillDown = (child: Region) => {
    if (child.hasChildren) open(child.code);
  };

  if (region.isError) {
    return <Result status="404" title={t("region.notFound")} />;
  }
  if (!region.data) return <Skeleton active />;

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
              <Card title={t("home.chartTitle")}>
                <ResidentsBarChart regions={childRegions} onOpen={drillDown} />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card
                title={t("home.childrenTitle")}
                extra={childRegions.some((child) => child.isResidentsDemo) ? <DemoDataTag /> : null}
                styles={{ body: { padding: 0 } }}
              >
                <RegionChildrenTable
                  regions={childRegions}
                  isLoading={children.isLoading}
                  onOpen={drillDown}
                />
              </Card>
            </Col>
          </Row>
        )}
      </Space>
    </>
  );
}
