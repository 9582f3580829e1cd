import { Button, Space, type TableColumnType, Tag, Tooltip } from "antd";
import type { ReactNode } from "react";
import { Link } from "react-router";

/**
 * A registry list's column: a key and a plain title (the column settings list it by them) and a
 * width in pixels (the list scrolls only when the shown columns add up to more than it has).
 */
export type RegistryColumn<Row> = Omit<TableColumnType<Row>, "key" | "title" | "width"> & {
  key: string;
  title: string;
  width: number;
  /** Hidden until the user shows it in the column settings. */
  isOptional?: boolean;
};

type Column<Row> = RegistryColumn<Row>;

/** For a column whose cells are cut to its width: the ellipsis, without the cell's own title. */
export const ellipsis = { ellipsis: { showTitle: false } } as const;

/** A cell cut to its column's width (see `ellipsis`), the whole text on hover. */
export function ellipsisCell(text: string, content: ReactNode = text) {
  return (
    <Tooltip title={text} placement="topLeft" mouseEnterDelay={0.3}>
      <span>{content}</span>
    </Tooltip>
  );
}

/**
 * Columns every registry list shares, so the lists look and behave alike: the record's name (a
 * link to its page, so it opens in a new tab too; tagged when inactive) and the view / edit
 * actions. Texts come from the caller's i18n messages; `state` is the list's return state
 * (useReturnState), so that the record's back link returns to the list as it was.
 */
export function recordNameColumn<Row extends { name: string; isActive: boolean }>(options: {
  title: string;
  inactiveLabel: string;
  sortOrder: Column<Row>["sortOrder"];
  width: number;
  to: (row: Row) => string;
  state?: unknown;
  testId?: string;
}): Column<Row> {
  return {
    title: options.title,
    key: "name",
    sorter: true,
    sortOrder: options.sortOrder,
    fixed: "left",
    width: options.width,
    render: (_: unknown, row) => (
      <Space size={4} wrap>
        <Link to={options.to(row)} state={options.state} data-testid={options.testId}>
          {row.name}
        </Link>
        {!row.isActive && <Tag>{options.inactiveLabel}</Tag>}
      </Space>
    ),
  };
}

/** 查看 opens the record's page (a link, as the name); 编辑 its form drawer, when allowed. */
export function viewEditColumn<Row>(options: {
  title: string;
  viewLabel: string;
  editLabel: string;
  canEdit: (row: Row) => boolean;
  width: number;
  to: (row: Row) => string;
  state?: unknown;
  onEdit: (row: Row) => void;
}): Column<Row> {
  return {
    title: options.title,
    key: "actions",
    fixed: "right",
    width: options.width,
    render: (_: unknown, row) => (
      <Space size={0}>
        {/* The padding of the small link button beside it, so both read as one row of actions. */}
        <Link to={options.to(row)} state={options.state} style={{ paddingInline: 7 }}>
          {options.viewLabel}
        </Link>
        {options.canEdit(row) && (
          <Button type="link" size="small" onClick={() => options.onEdit(row)}>
            {options.editLabel}
          </Button>
        )}
      </Space>
    ),
  };
}
