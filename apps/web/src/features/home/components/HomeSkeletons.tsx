import { BarChartOutlined } from "@ant-design/icons";
import { Card, Col, Row, Skeleton } from "antd";

/** The chart's place while the subdivisions load: the same height, so nothing jumps when it arrives. */
export function ChartSkeleton({ height }: { height: number }) {
  return (
    // antd's skeletons pass no data-* attributes on: the test id goes on a wrapper.
    <div data-testid="home-chart-skeleton">
      <Skeleton.Node
        active
        styles={{ root: { display: "block", width: "100%" } }}
        style={{ width: "100%", height }}
      >
        <BarChartOutlined style={{ fontSize: 40, color: "#bfbfbf" }} />
      </Skeleton.Node>
    </div>
  );
}

export function TableSkeleton() {
  return (
    <div data-testid="home-table-skeleton" style={{ padding: 16 }}>
      <Skeleton active title={false} paragraph={{ rows: 8 }} />
    </div>
  );
}

/** The whole page's layout before the region itself has arrived. */
export function HomeSkeleton({ chartHeight }: { chartHeight: number }) {
  return (
    <div data-testid="home-skeleton">
      <Skeleton active title={{ width: 240 }} paragraph={false} style={{ marginBottom: 24 }} />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {[0, 1, 2].map((key) => (
          <Col key={key} xs={24} md={8}>
            <Card>
              <Skeleton active title={{ width: "40%" }} paragraph={{ rows: 1, width: "60%" }} />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card>
            <ChartSkeleton height={chartHeight} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card styles={{ body: { padding: 0 } }}>
            <TableSkeleton />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
