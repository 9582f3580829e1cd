import type { Client, ClientDuplicatePair } from "@xinqiao/shared";
import { App, Button, Card, Col, Descriptions, Popconfirm, Row, Space, Tag } from "antd";
import { Link } from "react-router";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useDismissClientDuplicate } from "../hooks/useClientDuplicates.ts";
import { useClientLabels } from "../hooks/useClientLabels.ts";
import { clientRegionLabel } from "../regionLabel.ts";
import { ClientStatusTags, RiskTag } from "./ClientTags.tsx";
import { useReferenceLabel } from "./referenceLabels.ts";

/** One suspected pair side by side, masked, with what each record has; 合并 and 忽略 when allowed. */
export function DuplicatePairCard({
  pair,
  canManage,
  onMerge,
}: {
  pair: ClientDuplicatePair;
  canManage: boolean;
  onMerge: (pair: ClientDuplicatePair) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const dismiss = useDismissClientDuplicate();
  const referenceLabel = useReferenceLabel();

  const side = (client: Client, index: 0 | 1) => (
    <Card
      size="small"
      type="inner"
      data-testid="duplicate-side"
      title={
        <Space wrap>
          <Link to={`/clients/${client.id}`}>{client.name}</Link>
          <RiskTag level={client.riskLevel} />
          <ClientStatusTags client={client} />
        </Space>
      }
    >
      <ClientSummary client={client} />
      <div style={{ marginTop: 8 }}>
        {Object.entries(pair.references).map(([table, counts]) => (
          <Tag key={table}>{`${referenceLabel(table)} ${counts[index]}`}</Tag>
        ))}
      </div>
    </Card>
  );

  return (
    <Card
      data-testid="duplicate-pair"
      title={t(`clients.duplicateQueue.reason.${pair.reason}`)}
      extra={
        <Space>
          <Tag>{t(`clients.duplicateQueue.source.${pair.source}`)}</Tag>
          {pair.mayMerge && (
            <Button type="primary" data-testid="duplicate-merge" onClick={() => onMerge(pair)}>
              {t("clients.duplicateQueue.merge")}
            </Button>
          )}
          {canManage && (
            <Popconfirm
              title={t("clients.duplicateQueue.confirmDismiss")}
              onConfirm={() =>
                dismiss
                  .mutateAsync(pair.id)
                  .then(() => message.success(t("clients.duplicateQueue.dismissed")))
              }
            >
              <Button data-testid="duplicate-dismiss" loading={dismiss.isPending}>
                {t("clients.duplicateQueue.dismiss")}
              </Button>
            </Popconfirm>
          )}
        </Space>
      }
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          {side(pair.clients[0], 0)}
        </Col>
        <Col xs={24} md={12}>
          {side(pair.clients[1], 1)}
        </Col>
      </Row>
    </Card>
  );
}

function ClientSummary({ client }: { client: Client }) {
  const { t } = useI18n();
  const labels = useClientLabels();
  return (
    <Descriptions
      size="small"
      column={1}
      items={[
        { key: "id", label: t("clients.duplicateQueue.recordNumber"), children: client.id },
        { key: "idNumber", label: t("clients.field.idNumber"), children: client.idNumber ?? "—" },
        {
          key: "birth",
          label: t("clients.field.birthMonth"),
          children: `${labels.sex(client.sex)} · ${client.birthDate}`,
        },
        { key: "phone", label: t("clients.field.phone"), children: client.phone ?? "—" },
        { key: "address", label: t("clients.field.address"), children: client.address ?? "—" },
        { key: "region", label: t("clients.field.region"), children: clientRegionLabel(client) },
        {
          key: "categories",
          label: t("clients.field.categories"),
          children: client.categories.map((category) => labels.category(category)).join("、") || "—",
        },
        {
          key: "createdAt",
          label: t("clients.duplicateQueue.registeredAt"),
          children: client.createdAt.slice(0, 10),
        },
      ]}
    />
  );
}
