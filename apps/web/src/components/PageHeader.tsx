import { Flex, Typography } from "antd";
import type { ReactNode } from "react";

/** The title row every page starts with: optional breadcrumb, title, and actions on the right. */
export function PageHeader({
  title,
  breadcrumb,
  extra,
  description,
}: {
  title: ReactNode;
  breadcrumb?: ReactNode;
  extra?: ReactNode;
  description?: ReactNode;
}) {
  return (
    <div style={{ marginBottom: 16 }}>
      {breadcrumb && <div style={{ marginBottom: 8 }}>{breadcrumb}</div>}
      <Flex align="center" justify="space-between" gap={16} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {extra}
      </Flex>
      {description && (
        <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0" }}>
          {description}
        </Typography.Paragraph>
      )}
    </div>
  );
}
