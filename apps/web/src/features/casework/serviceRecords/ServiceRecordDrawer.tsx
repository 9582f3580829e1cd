import {
  Alert,
  App,
  Button,
  Descriptions,
  Drawer,
  Input,
  Modal,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { useErrorText } from "../../../api/errorText.ts";
import { ChangeHistory } from "../../../components/ChangeHistory.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useServiceRecord, useVoidServiceRecord } from "./hooks.ts";
import { ServiceRecordFormDrawer } from "./ServiceRecordFormDrawer.tsx";
import { useServiceRecordLabels } from "./useServiceRecordLabels.ts";

const names = (people: { name: string }[]) => people.map((p) => p.name).join("、") || "—";

/**
 * One service record: what was done, with whom, the volunteers' ledger entries, the notes (the
 * server logs this reading) and the history; 更正 and 作废 when the user may.
 */
export function ServiceRecordDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { t, tOptional } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const labels = useServiceRecordLabels();
  const detail = useServiceRecord(id);
  const voiding = useVoidServiceRecord();
  const [isCorrecting, setIsCorrecting] = useState(false);
  const [voidReason, setVoidReason] = useState<string | null>(null);
  const record = detail.data;

  const confirmVoid = () => {
    if (!record || !voidReason?.trim()) return;
    voiding.mutate(
      { id: record.id, body: { reason: voidReason.trim() } },
      {
        onSuccess: () => {
          message.success(t("serviceRecords.voided"));
          setVoidReason(null);
        },
        onError: (error) => message.error(errorText(error)),
      },
    );
  };

  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={720}
      destroyOnHidden
      title={t("serviceRecords.detailTitle")}
      extra={
        record && (
          <Space>
            {record.abilities.correct && (
              <Button onClick={() => setIsCorrecting(true)} data-testid="service-record-correct">
                {t("serviceRecords.correct")}
              </Button>
            )}
            {record.abilities.void && (
              <Button danger onClick={() => setVoidReason("")} data-testid="service-record-void">
                {t("serviceRecords.void")}
              </Button>
            )}
          </Space>
        )
      }
    >
      {detail.isLoading && <Spin />}
      {detail.isError && <Alert type="error" showIcon title={errorText(detail.error)} />}
      {record && (
        <Space orientation="vertical" size={16} style={{ width: "100%" }} data-testid="service-record-detail">
          {record.isVoided && (
            <Alert
              type="warning"
              showIcon
              title={t("serviceRecords.voidedBecause", { reason: record.voidReason ?? "" })}
            />
          )}
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label={t("serviceRecords.field.serviceDate")}>
              {record.serviceDate}
            </Descriptions.Item>
            <Descriptions.Item label={t("serviceRecords.field.minutes")}>
              {record.startTime && record.endTime ? `${record.startTime}–${record.endTime} · ` : ""}
              {record.minutes} {t("serviceRecords.minutesUnit")}
            </Descriptions.Item>
            <Descriptions.Item label={t("serviceRecords.field.method")}>
              {labels.method(record.method)}
            </Descriptions.Item>
            <Descriptions.Item label={t("serviceRecords.field.type")}>
              {labels.type(record.type)}
            </Descriptions.Item>
            <Descriptions.Item label={t("serviceRecords.field.domain")}>
              {labels.domain(record.domain)}
            </Descriptions.Item>
            <Descriptions.Item label={t("serviceRecords.field.place")}>{record.place}</Descriptions.Item>
            <Descriptions.Item label={t("serviceRecords.field.case")}>
              {record.case ? (
                <Link to={`/cases/${record.case.id}`}>{record.case.caseNumber}</Link>
              ) : (
                t("serviceRecords.standalone")
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t("serviceRecords.field.region")}>
              {record.region.name}
            </Descriptions.Item>
            <Descriptions.Item label={t("serviceRecords.field.clients")} span={2}>
              {record.clients.map((client) => (
                <Link key={client.id} to={`/clients/${client.id}`} style={{ marginRight: 8 }}>
                  {client.name}
                </Link>
              ))}
            </Descriptions.Item>
            <Descriptions.Item label={t("serviceRecords.field.workers")} span={2}>
              {names(record.workers)}
            </Descriptions.Item>
            <Descriptions.Item label={t("serviceRecords.field.createdBy")}>
              {record.createdBy?.name ?? "—"}
            </Descriptions.Item>
            <Descriptions.Item label={t("serviceRecords.field.createdAt")}>
              {record.createdAt.slice(0, 16).replace("T", " ")}
            </Descriptions.Item>
          </Descriptions>
          {record.volunteers.length > 0 && (
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={record.volunteers}
              data-testid="service-record-volunteers"
              columns={[
                {
                  title: t("serviceRecords.field.volunteers"),
                  key: "name",
                  render: (_: unknown, v) => (
                    <Link to={`/volunteers/${v.id}`}>
                      {v.name}（{v.volunteerNumber}）
                    </Link>
                  ),
                },
                { title: t("serviceRecords.hours"), dataIndex: "hours", key: "hours", width: 90 },
                {
                  title: t("serviceRecords.field.status"),
                  key: "entry",
                  width: 200,
                  render: (_: unknown, v) => (
                    <Space size={4}>
                      {v.ledgerEntryId !== null && t("serviceRecords.ledgerEntry", { id: v.ledgerEntryId })}
                      {v.reversedByEntryId !== null && <Tag color="red">{t("serviceRecords.reversed")}</Tag>}
                    </Space>
                  ),
                },
              ]}
            />
          )}
          <div>
            <Typography.Title level={5}>{t("serviceRecords.field.notes")}</Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }} data-testid="service-record-notes">
              {record.notes ?? "—"}
            </Typography.Paragraph>
          </div>
          <div>
            <Typography.Title level={5}>{t("serviceRecords.history")}</Typography.Title>
            <ChangeHistory
              entries={record.history}
              isLoading={false}
              testId="service-record-history"
              labels={{
                action: (action) => tOptional(`audit.actionName.${action}`) ?? action,
                field: labels.field,
                value: (_field, value) =>
                  value === null || value === undefined || value === ""
                    ? "—"
                    : Array.isArray(value)
                      ? value.join("、")
                      : String(value),
                change: (field, before, after) => t("serviceRecords.historyChange", { field, before, after }),
                empty: t("serviceRecords.historyEmpty"),
                system: t("serviceRecords.historySystem"),
              }}
            />
          </div>
        </Space>
      )}
      <ServiceRecordFormDrawer
        open={isCorrecting}
        onClose={() => setIsCorrecting(false)}
        record={record ?? null}
      />
      <Modal
        open={voidReason !== null}
        title={t("serviceRecords.voidTitle")}
        onCancel={() => setVoidReason(null)}
        onOk={confirmVoid}
        okButtonProps={{ danger: true, disabled: !voidReason?.trim(), loading: voiding.isPending }}
        okText={t("serviceRecords.void")}
      >
        <Alert type="warning" showIcon title={t("serviceRecords.voidHint")} style={{ marginBottom: 12 }} />
        <Input.TextArea
          rows={3}
          maxLength={200}
          value={voidReason ?? ""}
          onChange={(event) => setVoidReason(event.target.value)}
          placeholder={t("serviceRecords.voidReasonRequired")}
          data-testid="service-record-void-reason"
        />
      </Modal>
    </Drawer>
  );
}
