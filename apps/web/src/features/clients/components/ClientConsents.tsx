import { PlusOutlined } from "@ant-design/icons";
import type { ClientConsent, ClientDetail } from "@xinqiao/shared";
import { App, Button, Popconfirm, Space, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useClientLabels } from "../hooks/useClientLabels.ts";
import { useWithdrawClientConsent } from "../hooks/useClientMutations.ts";
import { ConsentModal } from "./ConsentModal.tsx";

/**
 * The client's consents, newest first: each one valid or withdrawn (with its date); 记录同意 and
 * 撤回 (confirmed first) as the record's abilities allow. A withdrawal keeps the consent on record.
 */
export function ClientConsents({ client }: { client: ClientDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const labels = useClientLabels();
  const withdraw = useWithdrawClientConsent();
  const [isRecording, setIsRecording] = useState(false);
  const { abilities } = client;

  const onWithdraw = (consent: ClientConsent) =>
    withdraw.mutate(
      { id: client.id, consentId: consent.id },
      { onSuccess: () => message.success(t("clients.consent.withdrawn")) },
    );

  return (
    <Space orientation="vertical" size={12} style={{ width: "100%" }}>
      {abilities.manageConsents && (
        <Button icon={<PlusOutlined />} onClick={() => setIsRecording(true)} data-testid="consent-record">
          {t("clients.consent.record")}
        </Button>
      )}
      <Table<ClientConsent>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={client.consents}
        locale={{ emptyText: t("clients.consent.empty") }}
        data-testid="consent-table"
        columns={[
          {
            title: t("clients.field.kind"),
            key: "kind",
            render: (_: unknown, consent) => labels.consentKind(consent.kind),
          },
          {
            title: t("clients.consent.givenBy"),
            key: "givenBy",
            render: (_: unknown, consent) =>
              consent.guardianName
                ? `${t("clients.consent.byGuardian")} · ${consent.guardianName}`
                : t("clients.consent.bySelf"),
          },
          { title: t("clients.field.givenOn"), dataIndex: "givenOn", key: "givenOn" },
          {
            title: t("clients.consent.recordedBy"),
            key: "recordedBy",
            render: (_: unknown, consent) => (
              <Typography.Text type="secondary">
                {consent.recordedBy?.name ?? "—"} · {dayjs(consent.recordedAt).format("YYYY-MM-DD HH:mm")}
              </Typography.Text>
            ),
          },
          {
            title: t("clients.field.isActive"),
            key: "status",
            render: (_: unknown, consent) =>
              consent.withdrawnOn ? (
                <Tag>{t("clients.consent.withdrawnOn", { date: consent.withdrawnOn })}</Tag>
              ) : (
                <Tag color="green">{t("clients.consent.valid")}</Tag>
              ),
          },
          {
            title: "",
            key: "actions",
            width: 90,
            render: (_: unknown, consent) =>
              abilities.withdrawConsent && !consent.withdrawnOn ? (
                <Popconfirm
                  title={t("clients.consent.confirmWithdraw", { kind: labels.consentKind(consent.kind) })}
                  onConfirm={() => onWithdraw(consent)}
                >
                  <Button type="link" size="small" danger data-testid="consent-withdraw">
                    {t("clients.consent.withdraw")}
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
      <ConsentModal client={client} open={isRecording} onClose={() => setIsRecording(false)} />
    </Space>
  );
}
