import { ReloadOutlined, SearchOutlined } from "@ant-design/icons";
import { auditActions, auditEntities } from "@xinqiao/shared";
import { AutoComplete, Button, DatePicker, Form, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import { useUserOptions } from "../../users/hooks/useUsers.ts";

export interface AuditFilterValues {
  userId?: number;
  action?: string;
  entity?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

export function AuditFilters({ onSearch }: { onSearch: (values: AuditFilterValues) => void }) {
  const { t } = useI18n();
  const suggestion = (name: string, code: string) => ({
    value: code,
    label: t("common.nameWithCode", { name, code }),
  });
  const [form] = Form.useForm<AuditFilterValues>();
  const canListUsers = useHasPermission("users.read");
  const users = useUserOptions(canListUsers);

  return (
    <Form form={form} layout="inline" onFinish={onSearch} style={{ rowGap: 12 }} data-testid="audit-filters">
      {canListUsers && (
        <Form.Item name="userId" label={t("audit.actor")}>
          <Select<number>
            allowClear
            showSearch={{ optionFilterProp: "label" }}
            loading={users.isLoading}
            placeholder={t("audit.actorPlaceholder")}
            style={{ width: 200 }}
            options={(users.data?.items ?? []).map((user) => ({
              value: user.id,
              label: t("common.nameWithCode", { name: user.displayName, code: user.username }),
            }))}
          />
        </Form.Item>
      )}
      <Form.Item name="action" label={t("audit.action")}>
        <AutoComplete
          allowClear
          placeholder={t("audit.actionPlaceholder")}
          style={{ width: 220 }}
          options={auditActions.map((action) => suggestion(t(`audit.actionName.${action}`), action))}
          showSearch={{
            filterOption: (input, option) =>
              String(option?.label ?? "")
                .toLowerCase()
                .includes(input.trim().toLowerCase()),
          }}
        />
      </Form.Item>
      <Form.Item name="entity" label={t("audit.entity")}>
        <AutoComplete
          allowClear
          placeholder={t("audit.entityPlaceholder")}
          style={{ width: 160 }}
          options={auditEntities.map((entity) => suggestion(t(`audit.entityName.${entity}`), entity))}
        />
      </Form.Item>
      <Form.Item name="range" label={t("audit.timeRange")}>
        <DatePicker.RangePicker
          showTime={{ format: "HH:mm" }}
          format="YYYY-MM-DD HH:mm"
          allowEmpty={[true, true]}
        />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
          {t("common.search")}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          icon={<ReloadOutlined />}
          onClick={() => {
            form.resetFields();
            onSearch({});
          }}
        >
          {t("common.reset")}
        </Button>
      </Form.Item>
    </Form>
  );
}
