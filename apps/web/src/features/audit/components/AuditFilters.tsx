import { ReloadOutlined, SearchOutlined } from "@ant-design/icons";
import { type AuditEntity, auditActions, auditEntities } from "@xinqiao/shared";
import { Button, DatePicker, Form, Select } from "antd";
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
  const [form] = Form.useForm<AuditFilterValues>();
  const chosenEntity = Form.useWatch("entity", form);
  // Actions by the kind of record they are about, each by its name; typing finds a name or a code.
  const actionGroups = auditEntities
    .filter((entity) => !chosenEntity || entity === chosenEntity)
    .map((entity: AuditEntity) => ({
      label: t(`audit.entityName.${entity}`),
      options: auditActions
        .filter((action) => action.startsWith(`${entity}.`))
        .map((action) => ({ value: action, label: t(`audit.actionName.${action}`), code: action })),
    }));
  const matches = (input: string, option?: { label?: unknown; code?: unknown }) => {
    const text = input.trim().toLowerCase();
    return (
      String(option?.label ?? "")
        .toLowerCase()
        .includes(text) ||
      String(option?.code ?? "")
        .toLowerCase()
        .includes(text)
    );
  };
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
      <Form.Item name="entity" label={t("audit.entity")}>
        <Select<AuditEntity>
          allowClear
          showSearch={{ optionFilterProp: "label" }}
          placeholder={t("audit.entityPlaceholder")}
          style={{ width: 160 }}
          options={auditEntities.map((entity) => ({ value: entity, label: t(`audit.entityName.${entity}`) }))}
          onChange={() => form.setFieldValue("action", undefined)}
        />
      </Form.Item>
      <Form.Item name="action" label={t("audit.action")}>
        <Select<string>
          allowClear
          showSearch={{ filterOption: matches }}
          placeholder={t("audit.actionPlaceholder")}
          style={{ width: 240 }}
          options={actionGroups}
          popupMatchSelectWidth={false}
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
