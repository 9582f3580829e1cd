import {
  type AuditEntity,
  type AuditEntry,
  currentAuditAction,
  currentAuditEntity,
  type Page,
} from "@xinqiao/shared";
import { Table, type TableColumnsType, type TableProps, Tag, Tooltip, Typography } from "antd";
import dayjs from "dayjs";
import { type LinkedRecordKind, RecordLink, recordPaths } from "../../../components/RecordLink.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { AuditDiff } from "./AuditDiff.tsx";

/** The audit entities whose records have a page of their own in the web. */
function linkedKind(entity: AuditEntity): LinkedRecordKind | null {
  return Object.hasOwn(recordPaths, entity) ? (entity as LinkedRecordKind) : null;
}

export function AuditTable({
  data,
  isLoading,
  onPageChange,
}: {
  data: Page<AuditEntry> | undefined;
  isLoading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
}) {
  const { t } = useI18n();
  const columns: TableColumnsType<AuditEntry> = [
    {
      title: t("audit.at"),
      dataIndex: "at",
      width: 180,
      render: (at: string) => dayjs(at).format("YYYY-MM-DD HH:mm:ss"),
    },
    {
      title: t("audit.actor"),
      dataIndex: "actor",
      width: 140,
      render: (actor: AuditEntry["actor"]) =>
        actor?.username ?? <Typography.Text type="secondary">{t("audit.system")}</Typography.Text>,
    },
    {
      title: t("audit.action"),
      dataIndex: "action",
      // An entry keeps the name it was written under (shown on hover); its label is today's.
      render: (written: string, entry) => {
        const action = currentAuditAction(entry);
        return action ? (
          <Tooltip title={written}>
            <span>{t(`audit.actionName.${action}`)}</span>
          </Tooltip>
        ) : (
          <Typography.Text code>{written}</Typography.Text>
        );
      },
    },
    {
      title: t("audit.entity"),
      dataIndex: "entity",
      width: 160,
      render: (written: string) => {
        const entity = currentAuditEntity(written);
        return entity ? t(`audit.entityName.${entity}`) : written;
      },
    },
    {
      title: t("audit.subject"),
      dataIndex: "subject",
      render: (subject: AuditEntry["subject"], entry) => {
        if (!subject) return entry.entityId ?? "—";
        const entity = currentAuditEntity(entry.entity);
        const kind = entity && linkedKind(entity);
        const id = Number(subject.id);
        return (
          <Tooltip title={t("audit.subjectIdHint", { id: subject.id })}>
            <span>
              <RecordLink
                reference={{ id, name: subject.name, isVisible: subject.isVisible }}
                kind={kind && Number.isSafeInteger(id) ? kind : null}
              />
              {subject.regionPath && (
                <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                  {subject.regionPath}
                </Typography.Text>
              )}
            </span>
          </Tooltip>
        );
      },
    },
    {
      title: t("audit.result"),
      dataIndex: "result",
      width: 100,
      render: (result: AuditEntry["result"]) =>
        result === "success" ? (
          <Tag color="green">{t("audit.success")}</Tag>
        ) : (
          <Tag color="red">{t("audit.failure")}</Tag>
        ),
    },
    { title: t("audit.ip"), dataIndex: "ip", width: 140, render: (ip: string | null) => ip ?? "—" },
  ];

  const handleChange: TableProps<AuditEntry>["onChange"] = (pagination) =>
    onPageChange(pagination.current ?? 1, pagination.pageSize ?? 20);

  return (
    <Table<AuditEntry>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={isLoading}
      onChange={handleChange}
      expandable={{
        expandedRowRender: (entry) => <AuditDiff before={entry.before} after={entry.after} />,
        rowExpandable: (entry) => entry.before != null || entry.after != null,
      }}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        showTotal: (total) => t("common.total", { total }),
      }}
      data-testid="audit-table"
    />
  );
}
