import type { User } from "@xinqiao/shared";
import { Space, Tag } from "antd";
import { useI18n } from "../../../i18n/i18nContext.ts";

export function UserStatusTags({ user }: { user: User }) {
  const { t } = useI18n();
  return (
    <Space size={4} wrap>
      {user.isActive ? (
        <Tag color="green">{t("user.status.active")}</Tag>
      ) : (
        <Tag color="red">{t("user.status.disabled")}</Tag>
      )}
      {user.isLocked && <Tag color="orange">{t("user.status.locked")}</Tag>}
      {user.mustChangePassword && <Tag color="blue">{t("user.status.mustChangePassword")}</Tag>}
    </Space>
  );
}
