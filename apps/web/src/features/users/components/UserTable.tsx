import type { Page, User } from "@xinqiao/shared";
import { Button, Popconfirm, Space } from "antd";
import dayjs from "dayjs";
import {
  type BulkActionsOption,
  RegistryTable,
  type RegistryTableChange,
} from "../../../components/RegistryTable.tsx";
import { ellipsis, ellipsisCell, type RegistryColumn } from "../../../components/registryColumns.tsx";
import { sortOrderOf } from "../../../components/sortOrder.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { UserStatusTags } from "./UserStatusTags.tsx";

export type UserTableChange = RegistryTableChange;

// Tighter than a small link button's own padding, so the three actions fit a narrow column.
const actionStyle = { paddingInline: 4 } as const;

/**
 * Server-side paging and sorting: every change goes back to the page as a new query. The phone
 * starts hidden (column settings) so the rest fit a 1440 px screen beside the actions, in English
 * too; long role, unit and region names are cut with the whole text on hover.
 */
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
  bulk,
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
  /** Row selection and bulk 停用 / 启用. */
  bulk?: BulkActionsOption;
}) {
  const { t } = useI18n();
  const formatTime = (value: string | null) => (value ? dayjs(value).format("YYYY-MM-DD HH:mm") : "—");

  const columns: RegistryColumn<User>[] = [
    {
      title: t("user.username"),
      dataIndex: "username",
      key: "username",
      fixed: "left",
      width: 116,
      ...ellipsis,
      sorter: true,
      sortOrder: sortOrderOf(sort, "username"),
      render: (username: string) => ellipsisCell(username),
    },
    {
      title: t("user.displayName"),
      dataIndex: "displayName",
      key: "displayName",
      width: 100,
      sorter: true,
      sortOrder: sortOrderOf(sort, "displayName"),
    },
    {
      title: t("user.role"),
      key: "roleId",
      width: 150,
      ...ellipsis,
      render: (_: unknown, user) => ellipsisCell(t(`role.${user.roleId}`)),
    },
    {
      title: t("user.organization"),
      key: "organization",
      // Narrower than the region so the check boxes of bulk 停用 / 启用 fit beside it at 1440 px.
      width: 150,
      ...ellipsis,
      render: (_: unknown, user) => (user.organization ? ellipsisCell(user.organization.name) : "—"),
    },
    {
      title: t("user.region"),
      key: "region",
      width: 100,
      ...ellipsis,
      render: (_: unknown, user) => ellipsisCell(user.region.name),
    },
    {
      title: t("user.phone"),
      dataIndex: "phone",
      key: "phone",
      width: 120,
      isOptional: true,
      render: (phone: string | null) => phone ?? "—",
    },
    {
      title: t("user.status"),
      key: "status",
      // Room for the longest tag on one line ("Must change password").
      width: 160,
      render: (_: unknown, user) => <UserStatusTags user={user} />,
    },
    {
      title: t("user.lastLoginAt"),
      dataIndex: "lastLoginAt",
      key: "lastLoginAt",
      width: 136,
      sorter: true,
      sortOrder: sortOrderOf(sort, "lastLoginAt"),
      render: formatTime,
    },
  ];
  if (canManage)
    columns.push({
      title: t("common.actions"),
      key: "actions",
      fixed: "right",
      width: 160,
      render: (_: unknown, user) => (
        <Space size={0} wrap>
          <Button type="link" size="small" style={actionStyle} onClick={() => onEdit(user)}>
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
              <Button type="link" size="small" style={actionStyle} danger={user.isActive}>
                {user.isActive ? t("user.disable") : t("user.enable")}
              </Button>
            </Popconfirm>
          )}
          <Button type="link" size="small" style={actionStyle} onClick={() => onResetPassword(user)}>
            {t("user.resetPassword")}
          </Button>
        </Space>
      ),
    });

  return (
    <RegistryTable<User>
      tableKey="users"
      columns={columns}
      data={data}
      isLoading={isLoading}
      onChange={onChange}
      emptyText={t("user.empty")}
      testId="user-table"
      bulk={bulk}
    />
  );
}
