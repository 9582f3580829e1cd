import type { Page } from "@xinqiao/shared";
import { Table, type TableColumnsType, type TableProps } from "antd";
import { useI18n } from "../i18n/i18nContext.ts";

/** A registry list's paging and sorting, sent back to the page as a new query. */
export interface RegistryTableChange {
  page: number;
  pageSize: number;
  sort?: string;
}

/**
 * A registry list with server-side paging and sorting: a sorted column's key (renamed by
 * `sortField` when the server sorts by another name) becomes `sort`, "-" first when descending.
 */
export function RegistryTable<Row extends { id: number }>({
  columns,
  data,
  isLoading,
  onChange,
  sortField = (key) => key,
  scrollX,
  emptyText,
  testId,
}: {
  columns: TableColumnsType<Row>;
  data: Page<Row> | undefined;
  isLoading: boolean;
  onChange: (change: RegistryTableChange) => void;
  sortField?: (key: string) => string;
  scrollX: number;
  emptyText: string;
  testId: string;
}) {
  const { t } = useI18n();

  const handleChange: TableProps<Row>["onChange"] = (pagination, _filters, sorter) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = single?.order ? sortField(String(single.columnKey ?? single.field)) : undefined;
    onChange({
      page: pagination.current ?? 1,
      pageSize: pagination.pageSize ?? 20,
      sort: field ? `${single?.order === "descend" ? "-" : ""}${field}` : undefined,
    });
  };

  return (
    <Table<Row>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={isLoading}
      onChange={handleChange}
      scroll={{ x: scrollX }}
      locale={{ emptyText }}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (total) => t("common.total", { total }),
      }}
      data-testid={testId}
    />
  );
}
