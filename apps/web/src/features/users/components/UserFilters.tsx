import { ReloadOutlined } from "@ant-design/icons";
import { managedRoles, type RoleId } from "@xinqiao/shared";
import { Button, Input, Select, Space } from "antd";
import { useSearchText } from "../../../hooks/useSearchText.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useCurrentUser } from "../../auth/hooks/useSession.ts";

export interface UserFilterValues {
  q?: string;
  roleId?: RoleId;
  isActive?: "true" | "false";
}

export function UserFilters({
  value,
  onChange,
}: {
  value: UserFilterValues;
  onChange: (value: UserFilterValues) => void;
}) {
  const { t } = useI18n();
  // The list holds only accounts of the roles this user manages.
  const roles = managedRoles[useCurrentUser().roleId];
  const [text, setText] = useSearchText(value.q, (q) => onChange({ ...value, q }));

  return (
    <Space wrap size={12}>
      <Input.Search
        allowClear
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={t("user.searchPlaceholder")}
        style={{ width: 260 }}
      />
      <Select<RoleId>
        allowClear
        placeholder={t("user.filter.role")}
        value={value.roleId}
        onChange={(roleId) => onChange({ ...value, roleId })}
        options={roles.map((roleId) => ({ value: roleId, label: t(`role.${roleId}`) }))}
        style={{ width: 200 }}
      />
      <Select<"true" | "false">
        allowClear
        placeholder={t("user.filter.status")}
        value={value.isActive}
        onChange={(isActive) => onChange({ ...value, isActive })}
        options={[
          { value: "true", label: t("user.status.active") },
          { value: "false", label: t("user.status.disabled") },
        ]}
        style={{ width: 140 }}
      />
      <Button
        icon={<ReloadOutlined />}
        onClick={() => {
          setText("");
          onChange({});
        }}
      >
        {t("common.reset")}
      </Button>
    </Space>
  );
}
