import {
  type CreateNeedBody,
  createNeedBodySchema,
  type NeedDetail,
  needSources,
  needUrgencies,
  serviceDomains,
} from "@xinqiao/shared";
import { Form, Input, Select } from "antd";
import dayjs from "dayjs";
import { useEffect } from "react";
import { applyServerFieldErrors, validateWithSchema } from "../../../api/formErrors.ts";
import { FormDrawer } from "../../../components/FormDrawer.tsx";
import { SearchSelect, useSelectSearch } from "../../../components/SearchSelect.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useCreateNeed, useNeedClients } from "./hooks.ts";

type Values = Partial<CreateNeedBody>;

/** 登记需求: the client (searched in the user's scope), source, domain, urgency, what is needed. */
export function NeedFormDrawer({
  open,
  onClose,
  onSaved,
}: {
  open: boolean;
  onClose: () => void;
  onSaved: (need: NeedDetail) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const create = useCreateNeed();
  const search = useSelectSearch();
  const clients = useNeedClients(search.q, open && search.isActive);
  useEffect(() => {
    if (open) form.setFieldsValue({ receivedOn: dayjs().format("YYYY-MM-DD"), urgency: "normal" });
  }, [open, form]);

  const submit = (values: Values) => {
    const body = validateWithSchema(form, createNeedBodySchema, values);
    if (!body) return;
    create.mutate(body, {
      onSuccess: (need) => {
        onClose();
        onSaved(need);
      },
      onError: (error) => applyServerFieldErrors(form, error, Object.keys(createNeedBodySchema.shape)),
    });
  };
  const sources = Object.keys(needSources) as (keyof typeof needSources)[];
  const urgencies = Object.keys(needUrgencies) as (keyof typeof needUrgencies)[];
  return (
    <FormDrawer<Values>
      open={open}
      onClose={onClose}
      title={t("needs.create")}
      size={560}
      form={form}
      formName="need"
      onFinish={submit}
      isSaving={create.isPending}
      testId="need-drawer"
      saveTestId="need-save"
    >
      <Form.Item name="clientId" label={t("needs.field.client")} required>
        <SearchSelect
          search={search}
          isLoading={clients.isFetching}
          options={(clients.data?.items ?? []).map((client) => ({
            value: client.id,
            label: client.name,
            hint: client.region.name,
          }))}
          placeholder={t("needs.clientPlaceholder")}
          testId="need-client"
        />
      </Form.Item>
      <Form.Item name="source" label={t("needs.field.source")} required>
        <Select
          options={sources.map((source) => ({ value: source, label: t(`needs.source.${source}`) }))}
          data-testid="need-source"
        />
      </Form.Item>
      <Form.Item name="domain" label={t("needs.field.domain")} required>
        <Select
          showSearch={{ optionFilterProp: "label" }}
          options={serviceDomains.map((domain) => ({ value: domain, label: domain }))}
          data-testid="need-domain"
        />
      </Form.Item>
      <Form.Item name="urgency" label={t("needs.field.urgency")} required>
        <Select
          options={urgencies.map((urgency) => ({ value: urgency, label: t(`needs.urgency.${urgency}`) }))}
        />
      </Form.Item>
      <Form.Item name="description" label={t("needs.field.description")} required>
        <Input.TextArea rows={4} maxLength={2000} showCount data-testid="need-description" />
      </Form.Item>
      <Form.Item name="receivedOn" label={t("needs.field.receivedOn")} required>
        <Input placeholder="YYYY-MM-DD" style={{ width: 160 }} />
      </Form.Item>
    </FormDrawer>
  );
}
