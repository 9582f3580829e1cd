import type { Client } from "@xinqiao/shared";
import { Tag } from "antd";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useClientLabels } from "../hooks/useClientLabels.ts";

const riskColor: Record<Client["riskLevel"], string> = { low: "green", medium: "orange", high: "red" };

/** The risk level as a coloured tag. */
export function RiskTag({ level }: { level: Client["riskLevel"] }) {
  const labels = useClientLabels();
  return <Tag color={riskColor[level]}>{labels.risk(level)}</Tag>;
}

/** 紧急, 已停用 and 演示数据, each only when it applies. */
export function ClientStatusTags({
  client,
  showDemo = false,
}: {
  client: Pick<Client, "isEmergency" | "isActive" | "isDemo">;
  showDemo?: boolean;
}) {
  const { t } = useI18n();
  return (
    <>
      {client.isEmergency && <Tag color="red">{t("clients.emergency")}</Tag>}
      {!client.isActive && <Tag>{t("clients.inactive")}</Tag>}
      {showDemo && client.isDemo && <Tag color="orange">{t("clients.demo")}</Tag>}
    </>
  );
}
