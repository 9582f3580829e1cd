import type { Page, User } from "@xinqiao/shared";
import { Button, Popconfirm, Space, Table, type TableColumnsType, type TableProps } from "antd";
import dayjs from "dayjs";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { UserStatusTags } from "./UserStatusTags.tsx";

export interface UserTableChange {
  page: number;
  pageSize: number;
  sort?: string;
}

/** Server-side paging and sorting: every change goes back to the page as a new query. */
export function UserTable({
  data,
  isLoading,
  sort,
  canManage,
  currentUserId,
  onChange,
  onEdit,
  onSetActive,
  onResetPassword,
}: {
  data: Page<User> | undefined;
  isLoading: boolean;
  sort: string | undefined;
  canManage: boolean;
  /** Nobody disables their own account (the server refuses it too). */
  currentUserId: number;
  onChange: (change: UserTableChange) => void;
  onEdit: (user: User) => void;
  onSetActive: (user: User, isActive: boolean) => void;
  onResetPassword: (user: User) => void;
}) {
  const { t } = useI18n();
  const sortOrderOf = (field: string) =>
    sort === field ? ("ascend" as const) : sort === `-${field}` ? ("descend" as const) : null;
  const formatTime = (value: string | null) => (value ? dayjs(value).format("YYYY-MM-DD HH:mm") : "—");

  const columns: TableColumnsType<User> = [
    {
      title: t("user.username"),
      dataIndex: "username",
      key: "username",
      sorter: true,
      sortOrder: sortOrderOf("username"),
    },
    {
      title: t("user.displayName"),
      dataIndex: "displayName",
      key: "displayName",
      sorter: true,
      sortOrder: sortOrderOf("displayName"),
    },
    {
      title: t("user.role"),
      dataIndex: "roleId",
      key: "roleId",
      render: (_: unknown, user) => t(`role.${user.roleId}`),
    },
    {
      title: t("user.organization"),
      key: "organization",
      ellipsis: true,
      render: (_: unknown, user) => user.organization?.name ?? "—",
    },
    { title: t("user.region"), key: "region", render: (_: unknown, user) => user.region.name },
    {
      title: t("user.phone"),
      dataIndex: "phone",
      key: "phone",
      render: (phone: string | null) => phone ?? "—",
    },
    { title: t("user.status"), key: "status", render: (_: unknown, user) => <UserStatusTags user={user} /> },
    {
      title: t("user.lastLoginAt"),
      dataIndex: "lastLoginAt",
      key: "lastLoginAt",
      sorter: true,
      sortOrder: sortOrderOf("lastLoginAt"),
      render: formatTime,
    },
    ...(canManage
      ? [
          {
            title: t("common.actions"),
            key: "actions",
            fixed: "right" as const,
            width: 220,
            render: (_: unknown, user: User) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => onEdit(user)}>
                  {t("common.edit")}
                </Button>
                {user.id !== currentUserId && (
                  <Popconfirm
                    title={
                      user.isActive
                        ? t("user.confirmDisable", { name: user.displayName })
                        : t("user.confirmEnable", { name: user.displayName })
                    }
                    onConfirm={() => onSetActive(user, !user.isActive)}
                  >
                    <Button type="link" size="small" danger={user.isActive}>
                      {user.isActive ? t("user.disable") : t("user.enable")}
                    </Button>
                  </Popconfirm>
                )}
                <Button type="link" size="small" onClick={() => onResetPassword(user)}>
                  {t("user.resetPassword")}
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];

  const handleChange: TableProps<User>["onChange"] = (pagination, _filters, sorter) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = single?.order ? String(single.columnKey ?? single.field) : undefined;
    onChange({
      page: pagination.current ?? 1,
      pageSize: pagination.pageSize ?? 20,
      sort: field ? `${single?.order === "descend" ? "-" : ""}${field}` : undefined,
    });
  };

  return (
    <Table<User>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={isLoading}
      onChange={handleChange}
      scroll={{ x: 1100 }}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (total) => t("common.total", { total }),
      }}
      data-testid="user-table"
    />
  );
}
