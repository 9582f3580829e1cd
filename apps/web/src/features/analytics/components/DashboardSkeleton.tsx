import { BarChartOutlined } from "@ant-design/icons";
import { Card, Col, Row, Skeleton } from "antd";

/** The page's layout before its figures arrive: the same places, so nothing jumps when they do. */
export function DashboardSkeleton({ chartHeight }: { chartHeight: number }) {
  return (
    // antd's skeletons pass no data-* attributes on: the test id goes on a wrapper.
    <div data-testid="dashboard-skeleton">
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {[0, 1, 2, 3].map((key) => (
          <Col key={key} xs={24} md={12} xl={6}>
            <Card size="small">
              <Skeleton active title={{ width: "40%" }} paragraph={{ rows: 4 }} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card style={{ marginBottom: 16 }}>
        <Skeleton active title={false} paragraph={{ rows: 8 }} />
      </Card>
      <Row gutter={[16, 16]}>
        {[0, 1].map((key) => (
          <Col key={key} xs={24} xl={12}>
            <Card>
              <Skeleton.Node
                active
                styles={{ root: { display: "block", width: "100%" } }}
                style={{ width: "100%", height: chartHeight }}
              >
                <BarChartOutlined style={{ fontSize: 40, color: "#bfbfbf" }} />
              </Skeleton.Node>
            </Card>
          </Col>
        ))}
      </Row>
    </div>
  );
}
