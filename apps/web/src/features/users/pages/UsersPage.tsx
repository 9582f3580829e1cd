import { PlusOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import type { User } from "@xinqiao/shared";
import { App, Button, Card, Space } from "antd";
import { useState } from "react";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { PermissionGate } from "../../../components/PermissionGate.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useCurrentUser, useHasPermission } from "../../auth/hooks/useSession.ts";
import { setUsersActive, type UserListParams, userKeys } from "../api.ts";
import { ResetPasswordModal } from "../components/ResetPasswordModal.tsx";
import { UserFilters, type UserFilterValues } from "../components/UserFilters.tsx";
import { UserFormDrawer } from "../components/UserFormDrawer.tsx";
import { UserTable } from "../components/UserTable.tsx";
import { useSetUserActive } from "../hooks/useUserMutations.ts";
import { useUsers } from "../hooks/useUsers.ts";

/**
 * 用户管理: the accounts this user manages (分级管理 — the server lists only those: the roles below
 * theirs inside their region), with server-side paging, filters and (with users.manage) changes.
 */
export default function UsersPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const canManage = useHasPermission("users.manage");
  const currentUserId = useCurrentUser().id;
  const [params, setParams] = useState<UserListParams>({ page: 1, pageSize: 20 });
  const users = useUsers(params);
  const setActive = useSetUserActive();
  const [drawer, setDrawer] = useState<{ open: boolean; user: User | null }>({ open: false, user: null });
  const [resetting, setResetting] = useState<User | null>(null);

  const filters: UserFilterValues = { q: params.q, roleId: params.roleId, isActive: params.isActive };
  const queryClient = useQueryClient();
  const bulk = {
    filters,
    canSelect: (id: number) => id !== currentUserId,
    setActive: canManage ? setUsersActive : undefined,
    onChanged: () => void queryClient.invalidateQueries({ queryKey: userKeys.all }),
  };

  return (
    <>
      <PageHeader
        title={t("menu.users")}
        extra={
          <PermissionGate permission="users.manage">
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDrawer({ open: true, user: null })}
              data-testid="user-create"
            >
              {t("user.create")}
            </Button>
          </PermissionGate>
        }
      />
      <Card>
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <UserFilters
            value={filters}
            onChange={(next) =>
              setParams((current) => ({ page: 1, pageSize: current.pageSize, sort: current.sort, ...next }))
            }
          />
          <UserTable
            data={users.data}
            isLoading={users.isFetching}
            sort={params.sort}
            canManage={canManage}
            currentUserId={currentUserId}
            onChange={(change) => setParams((current) => ({ ...current, ...change }))}
            onEdit={(user) => setDrawer({ open: true, user })}
            onSetActive={(user, isActive) =>
              setActive.mutate(
                { id: user.id, isActive },
                {
                  onSuccess: () =>
                    message.success(
                      t(isActive ? "user.enabled" : "user.disabled", { name: user.displayName }),
                    ),
                },
              )
            }
            onResetPassword={setResetting}
            bulk={bulk}
          />
        </Space>
      </Card>
      <UserFormDrawer
        open={drawer.open}
        user={drawer.user}
        onClose={() => setDrawer((current) => ({ ...current, open: false }))}
      />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
