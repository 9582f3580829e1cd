import { Button, Space, type TableColumnsType, Tag } from "antd";

type Column<Row> = TableColumnsType<Row>[number];

/**
 * Columns every registry list shares, so the lists look and behave alike: the record's name
 * (opens its detail, tagged when inactive) and the view / edit actions. Texts come from the
 * caller's i18n messages.
 */
export function recordNameColumn<Row extends { name: string; isActive: boolean }>(options: {
  title: string;
  inactiveLabel: string;
  sortOrder: Column<Row>["sortOrder"];
  width: number;
  onOpen: (row: Row) => void;
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
        <Button
          type="link"
          size="small"
          style={{ padding: 0, whiteSpace: "normal", textAlign: "left" }}
          onClick={() => options.onOpen(row)}
        >
          {row.name}
        </Button>
        {!row.isActive && <Tag>{options.inactiveLabel}</Tag>}
      </Space>
    ),
  };
}

export function viewEditColumn<Row>(options: {
  title: string;
  viewLabel: string;
  editLabel: string;
  canEdit: (row: Row) => boolean;
  width: number;
  onOpen: (row: Row) => void;
  onEdit: (row: Row) => void;
}): Column<Row> {
  return {
    title: options.title,
    key: "actions",
    fixed: "right",
    width: options.width,
    render: (_: unknown, row) => (
      <Space size={0}>
        <Button type="link" size="small" onClick={() => options.onOpen(row)}>
          {options.viewLabel}
        </Button>
        {options.canEdit(row) && (
          <Button type="link" size="small" onClick={() => options.onEdit(row)}>
            {options.editLabel}
          </Button>
        )}
      </Space>
    ),
  };
}
