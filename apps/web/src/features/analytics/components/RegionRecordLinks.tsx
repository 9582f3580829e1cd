import { ApartmentOutlined, BankOutlined, HeartOutlined, TeamOutlined } from "@ant-design/icons";
import { Card, Space } from "antd";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { useI18n } from "../../../i18n/i18nContext.ts";
import type { MessageKey } from "../../../i18n/zh-CN.ts";
import { useMayOpen } from "../api.ts";

/** The registers a street's figures come from, each list narrowed to the street. */
const registers: { path: string; labelKey: MessageKey; icon: ReactNode; query?: Record<string, string> }[] = [
  {
    path: "/platforms",
    labelKey: "analytics.records.stations",
    icon: <BankOutlined />,
    query: { kind: "station" },
  },
  { path: "/social-organizations", labelKey: "analytics.records.organizations", icon: <ApartmentOutlined /> },
  { path: "/social-workers", labelKey: "analytics.records.workers", icon: <TeamOutlined /> },
  { path: "/volunteers", labelKey: "analytics.records.volunteers", icon: <HeartOutlined /> },
];

/** At a street the dashboard ends: what is left is the records themselves, one click away. */
export function RegionRecordLinks({ regionCode, name }: { regionCode: string; name: string }) {
  const { t } = useI18n();
  const mayOpen = useMayOpen();
  const shown = registers.filter((register) => mayOpen(register.path));
  if (shown.length === 0) return null;
  return (
    <Card size="small" title={t("analytics.records.title", { name })} data-testid="dashboard-records">
      <Space size={24} wrap>
        {shown.map((register) => (
          <Link
            key={register.path}
            to={`${register.path}?${new URLSearchParams({ regionCode, ...register.query }).toString()}`}
          >
            <Space size={6}>
              {register.icon}
              {t(register.labelKey)}
            </Space>
          </Link>
        ))}
      </Space>
    </Card>
  );
}
