import type { Region } from "@xinqiao/shared";
import { Card, Col, Result, Row, Skeleton, Space } from "antd";
import { useSearchParams } from "react-router";
import { DemoDataTag } from "../../../components/DemoDataTag.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { RegionLevelTag } from "../../../components/RegionLevelTag.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useCurrentUser, useHasPermission } from "../../auth/hooks/useSession.ts";
import { RegionActions } from "../components/RegionActions.tsx";
import { RegionChildrenTable } from "../components/RegionChildrenTable.tsx";
import { RegionDetail } from "../components/RegionDetail.tsx";
import { RegionSearch } from "../components/RegionSearch.tsx";
import { RegionTree } from "../components/RegionTree.tsx";
import { useChildRegions } from "../hooks/useChildRegions.ts";
import { useRegion } from "../hooks/useRegion.ts";
import { useRegionTree } from "../hooks/useRegionTree.ts";

/** 区划与人口: the scope tree and search on the left, the selected region on the right (?code=). */
export default function RegionsPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const canEditResidents = useHasPermission("regions.residents.edit");
  const [searchParams, setSearchParams] = useSearchParams();
  const rootCode = user.region.code;
  const selectedCode = searchParams.get("code") ?? rootCode;

  const root = useRegion(rootCode);
  const selected = useRegion(selectedCode);
  const children = useChildRegions(selectedCode, selected.data?.hasChildren ?? false);
  const childRegions = children.data?.items ?? [];
  const tree = useRegionTree(rootCode);

  const select = (region: Pick<Region, "code" | "path">) => {
    setSearchParams(region.code === rootCode ? {} : { code: region.code });
    void tree.reveal(region);
  };
  const selectByCode = (code: string) => setSearchParams(code === rootCode ? {} : { code });

  return (
    <>
      <PageHeader title={t("menu.regions")} description={t("region.pageDescription")} />
      <Row gutter={16} align="top">
        <Col xs={24} lg={8} xl={7}>
          <Card title={t("region.treeTitle")} styles={{ body: { paddingTop: 16 } }}>
            <RegionSearch onSelect={select}>
              {root.data ? (
                <RegionTree
                  root={root.data}
                  childrenByCode={tree.childrenByCode}
                  expandedKeys={tree.expandedKeys}
                  onExpandedKeysChange={tree.setExpandedKeys}
                  loadChildren={tree.loadChildren}
                  selectedCode={selectedCode}
                  onSelect={selectByCode}
                />
              ) : (
                <Skeleton active />
              )}
            </RegionSearch>
          </Card>
        </Col>
        <Col xs={24} lg={16} xl={17}>
          {selected.isError ? (
            <Card>
              <Result status="404" title={t("region.notFound")} />
            </Card>
          ) : !selected.data ? (
            <Card>
              <Skeleton active />
            </Card>
          ) : (
            <Space orientation="vertical" size={16} style={{ width: "100%" }}>
              <Card
                title={
                  <Space>
                    {selected.data.name}
                    <RegionLevelTag level={selected.data.level} />
                  </Space>
                }
                extra={<RegionActions region={selected.data} />}
              >
                <RegionDetail region={selected.data} />
              </Card>
              {selected.data.hasChildren && (
                <Card
                  title={t("region.childrenTitle")}
                  extra={childRegions.some((child) => child.isResidentsDemo) ? <DemoDataTag /> : null}
                  styles={{ body: { padding: 0 } }}
                >
                  <RegionChildrenTable
                    regions={childRegions}
                    isLoading={children.isLoading}
                    onOpen={select}
                    showLevel
                    isResidentsEditable={canEditResidents}
                  />
                </Card>
              )}
            </Space>
          )}
        </Col>
      </Row>
    </>
  );
}
