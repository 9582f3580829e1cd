import { Card, Space, Statistic } from "antd";
import type { ReactNode } from "react";

export function StatisticCard({
  title,
  value,
  icon,
  extra,
}: {
  title: ReactNode;
  value: string;
  icon: ReactNode;
  extra?: ReactNode;
}) {
  return (
    <Card>
      <Statistic
        title={
          <Space size={6}>
            {title}
            {extra}
          </Space>
        }
        value={value}
        prefix={icon}
        styles={{ content: { fontVariantNumeric: "tabular-nums" } }}
      />
    </Card>
  );
}
