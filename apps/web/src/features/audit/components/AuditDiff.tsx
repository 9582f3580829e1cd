import { fieldLabels } from "@xinqiao/shared";
import { Table, type TableColumnsType, Typography } from "antd";
import { useI18n } from "../../../i18n/i18nContext.ts";

interface DiffRow {
  key: string;
  before: unknown;
  after: unknown;
  isChanged: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (value === undefined) return "";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

const wholeValueKey = "";

function diffRows(before: unknown, after: unknown): DiffRow[] {
  if ((before != null && !isRecord(before)) || (after != null && !isRecord(after))) {
    return [{ key: wholeValueKey, before, after, isChanged: show(before) !== show(after) }];
  }
  const beforeRecord = isRecord(before) ? before : {};
  const afterRecord = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(beforeRecord), ...Object.keys(afterRecord)])];
  return keys.map((key) => ({
    key,
    before: beforeRecord[key],
    after: afterRecord[key],
    isChanged: JSON.stringify(beforeRecord[key]) !== JSON.stringify(afterRecord[key]),
  }));
}

/** Before and after side by side, one row per field; changed fields are highlighted. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t, tOptional, locale } = useI18n();
  if (before == null && after == null) {
    return <Typography.Text type="secondary">{t("audit.noDetails")}</Typography.Text>;
  }
  const label = (key: string) => {
    if (key === wholeValueKey) return t("audit.wholeValue");
    const zh = fieldLabels[key];
    if (locale === "zh-CN" && zh) return t("common.nameWithCode", { name: zh, code: key });
    return tOptional(`audit.fieldName.${key}`) ?? key;
  };
  const columns: TableColumnsType<DiffRow> = [
    { title: t("audit.field"), dataIndex: "key", width: 220, render: (key: string) => label(key) },
    { title: t("audit.before"), dataIndex: "before", render: (value: unknown) => <code>{show(value)}</code> },
    { title: t("audit.after"), dataIndex: "after", render: (value: unknown) => <code>{show(value)}</code> },
  ];
  return (
    <Table<DiffRow>
      size="small"
      bordered
      pagination={false}
      rowKey="key"
      columns={columns}
      dataSource={diffRows(before, after)}
      rowClassName={(row) => (row.isChanged ? "xq-changed" : "")}
      data-testid="audit-diff"
    />
  );
}
