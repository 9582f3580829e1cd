import type { ImportResult } from "@xinqiao/shared";
import { translateMessage } from "@xinqiao/shared";
import { Table, type TableColumnsType } from "antd";
import { useI18n } from "../i18n/i18nContext.ts";

type ImportRowError = ImportResult["errors"][number];

export function ImportErrorTable({ errors }: { errors: ImportRowError[] }) {
  const { t, locale } = useI18n();
  const columns: TableColumnsType<ImportRowError> = [
    { title: t("import.column.row"), dataIndex: "row", width: 90 },
    // The server writes rows' reasons in Chinese; English readers get them through the catalogue.
    {
      title: t("import.column.column"),
      dataIndex: "column",
      width: 160,
      render: (column: string) => translateMessage(column, locale),
    },
    {
      title: t("import.column.message"),
      dataIndex: "message",
      render: (message: string) => translateMessage(message, locale),
    },
  ];
  return (
    <Table<ImportRowError>
      size="small"
      bordered
      rowKey={(error) => `${error.row}:${error.column}:${error.message}`}
      columns={columns}
      dataSource={errors}
      pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
    />
  );
}
