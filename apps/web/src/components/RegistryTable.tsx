import type { Page } from "@xinqiao/shared";
import { Flex, Table, type TableColumnType, type TableProps } from "antd";
import { useI18n } from "../i18n/i18nContext.ts";
import { BulkActionBar, type BulkActionsOption } from "./BulkActionBar.tsx";
import { ColumnSettings, type SettableColumn } from "./ColumnSettings.tsx";
import type { RegistryColumn } from "./registryColumns.tsx";
import { useColumnSettings } from "./useColumnSettings.ts";
import { useRowSelection } from "./useRowSelection.ts";

export type { BulkActionsOption } from "./BulkActionBar.tsx";

/** A registry list's paging and sorting, sent back to the page as a new query. */
export interface RegistryTableChange {
  page: number;
  pageSize: number;
  sort?: string;
}

function settableColumn<Row>({ key, title, isOptional, fixed }: RegistryColumn<Row>): SettableColumn {
  const pin = fixed === "right" ? "right" : fixed ? "left" : undefined;
  return { key, title, isOptional: Boolean(isOptional), pin };
}

/**
 * A registry list with server-side paging and sorting: a sorted column's key (renamed by
 * `sortField` when the server sorts by another name) becomes `sort`, "-" first when descending.
 * Its columns follow the user's column settings (kept per user under `tableKey`); optional
 * columns start hidden. The list scrolls sideways only when the shown columns need more room
 * than it has, so the fixed actions column never covers another. With `bulk`, rows get check
 * boxes: the choice is kept across the list's pages, cleared when its filters change, and a bar
 * above the table offers what may be done with the chosen rows (导出所选, 停用 / 启用).
 */
export function RegistryTable<Row extends { id: number }>({
  tableKey,
  columns,
  data,
  isLoading,
  onChange,
  sortField = (key) => key,
  emptyText,
  testId,
  bulk,
}: {
  tableKey: string;
  columns: RegistryColumn<Row>[];
  data: Page<Row> | undefined;
  isLoading: boolean;
  onChange: (change: RegistryTableChange) => void;
  sortField?: (key: string) => string;
  emptyText: string;
  testId: string;
  /** Row selection and the bulk actions on it; none unless given. */
  bulk?: BulkActionsOption;
}) {
  const { t } = useI18n();
  const settable = columns.map(settableColumn);
  const settings = useColumnSettings(tableKey, settable);
  const byKey = new Map(columns.map((column) => [column.key, column]));
  const shown = settings.visibleColumns.flatMap(({ key }): TableColumnType<Row>[] => {
    const column = byKey.get(key);
    if (!column) return [];
    const { isOptional: _isOptional, ...antdColumn } = column;
    return [antdColumn];
  });
  const selectionWidth = 32;
  const isSelectable = Boolean(bulk && (bulk.exportSelected || bulk.setActive));
  const selection = useRowSelection(bulk?.filters ?? {});
  const scrollX =
    settings.visibleColumns.reduce((sum, { key }) => sum + (byKey.get(key)?.width ?? 0), 0) +
    (isSelectable ? selectionWidth : 0);

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
    // Fixed columns stack their cells up to 2 × the column count; isolated here so they scroll
    // under the sticky app header instead of over it.
    <Flex vertical gap={8} style={{ isolation: "isolate" }}>
      <Flex justify="space-between" align="center" gap={12} style={{ minHeight: 32 }}>
        {bulk && selection.ids.length > 0 ? (
          <BulkActionBar
            ids={selection.ids}
            onClear={selection.clear}
            actions={bulk}
            testId={`${testId}-bulk`}
          />
        ) : (
          <span />
        )}
        <ColumnSettings
          columns={settable}
          states={settings.states}
          isCustomized={settings.isCustomized}
          onChange={settings.save}
          onReset={settings.reset}
          testId={`${testId}-column-settings`}
        />
      </Flex>
      <Table<Row>
        rowKey="id"
        size="middle"
        columns={shown}
        dataSource={data?.items ?? []}
        loading={isLoading}
        onChange={handleChange}
        rowSelection={
          isSelectable
            ? {
                selectedRowKeys: selection.ids,
                preserveSelectedRowKeys: true,
                columnWidth: selectionWidth,
                fixed: "left",
                onChange: (keys) => selection.set(keys.map(Number)),
                getCheckboxProps: (row) => ({ disabled: bulk?.canSelect ? !bulk.canSelect(row.id) : false }),
              }
            : undefined
        }
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
    </Flex>
  );
}
