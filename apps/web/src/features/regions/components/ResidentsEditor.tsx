import { type Region, updateResidentsBodySchema } from "@xinqiao/shared";
import { App, Button, Form, InputNumber, Space } from "antd";
import { useErrorText } from "../../../api/errorText.ts";
import {
  applyServerFieldErrors,
  clearErrorsOfChangedFields,
  validateWithSchema,
} from "../../../api/formErrors.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useUpdateResidents } from "../hooks/useUpdateResidents.ts";

interface ResidentsValues {
  residents: number | null;
}

/** Inline form for a community's 常住人口 (PUT /api/regions/:code/residents). */
export function ResidentsEditor({
  region,
  onDone,
  onCancel,
}: {
  region: Region;
  onDone?: () => void;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ResidentsValues>();
  const update = useUpdateResidents();
  const errorText = useErrorText();

  const submit = (values: ResidentsValues) => {
    const body = validateWithSchema(form, updateResidentsBodySchema, {
      residents: values.residents ?? undefined,
    });
    if (!body) return;
    update.mutate(
      { code: region.code, body },
      {
        onSuccess: () => {
          message.success(t("region.residentsSaved", { name: region.name }));
          onDone?.();
        },
        onError: (error) => {
          if (!applyServerFieldErrors(form, error, ["residents"])) message.error(errorText(error));
        },
      },
    );
  };

  return (
    <Form
      form={form}
      onValuesChange={clearErrorsOfChangedFields(form)}
      layout="inline"
      initialValues={{ residents: region.residents }}
      onFinish={submit}
      data-testid="residents-editor"
      data-residents-editor
    >
      <Form.Item name="residents" style={{ marginInlineEnd: 8 }}>
        {/* No min, max or precision: InputNumber would silently turn −3 into 0; the schema says why. */}
        <InputNumber<number>
          step={100}
          style={{ width: 160 }}
          placeholder={t("region.residentsPlaceholder")}
          autoFocus={Boolean(onCancel)}
        />
      </Form.Item>
      <Space size={4}>
        <Button type="primary" htmlType="submit" loading={update.isPending} size="middle">
          {t("common.save")}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t("common.cancel")}</Button>}
      </Space>
    </Form>
  );
}
