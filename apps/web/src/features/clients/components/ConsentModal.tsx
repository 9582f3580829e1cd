import {
  type ClientDetail,
  clientConsentKinds,
  clientFieldLabels,
  recordClientConsentBodySchema,
} from "@xinqiao/shared";
import { Alert, App, DatePicker, Form, Input, Modal, Radio, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect } from "react";
import { useErrorText } from "../../../api/errorText.ts";
import { clearErrorsOfChangedFields, validateWithSchema } from "../../../api/formErrors.ts";
import { applyFieldErrors } from "../../../components/applyFieldErrors.ts";
import { countedUpTo } from "../../../components/textLimit.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { type ConsentFormValues, consentBodyOf } from "../consentForm.ts";
import { useClientLabels } from "../hooks/useClientLabels.ts";
import { useRecordClientConsent } from "../hooks/useClientMutations.ts";

type ConsentKind = keyof typeof clientConsentKinds;
const consentKinds = Object.keys(clientConsentKinds) as ConsentKind[];
const formFields = ["kind", "guardianName", "givenOn"];

interface FormValues {
  kind?: ConsentKind;
  givenBy?: "self" | "guardian";
  guardianName?: string;
  givenOn?: Dayjs | null;
}

/**
 * Records a consent: what it is for, who gave it (the client, or a guardian named — required
 * under 14, which the server checks again on the date given) and when.
 */
export function ConsentModal({
  client,
  open,
  onClose,
}: {
  client: ClientDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const labels = useClientLabels();
  const [form] = Form.useForm<FormValues>();
  const record = useRecordClientConsent();
  const givenBy = Form.useWatch("givenBy", form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({
      givenBy: client.needsGuardianConsent ? "guardian" : "self",
      guardianName: client.needsGuardianConsent ? (client.guardianName ?? "") : "",
      givenOn: dayjs(),
    });
  }, [open, client, form]);

  const submit = (values: FormValues) => {
    const entered: ConsentFormValues = {
      kind: values.kind,
      givenBy: values.givenBy ?? "self",
      guardianName: values.guardianName,
      givenOn: values.givenOn ? values.givenOn.format("YYYY-MM-DD") : "",
    };
    if (client.needsGuardianConsent && !entered.guardianName?.trim()) {
      form.setFields([{ name: "guardianName", errors: [t("clients.consent.guardianRequired")] }]);
      return;
    }
    const body = validateWithSchema(form, recordClientConsentBodySchema, consentBodyOf(entered));
    if (!body) return;
    record.mutate(
      { id: client.id, body },
      {
        onSuccess: () => {
          message.success(t("clients.consent.recorded"));
          onClose();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error, formFields, clientFieldLabels)) message.error(errorText(error));
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t("clients.consent.recordTitle")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("common.save")}
      okButtonProps={{ loading: record.isPending }}
      destroyOnHidden
      width={520}
    >
      {client.needsGuardianConsent && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t("clients.detail.needsGuardian")} />
      )}
      <Form
        form={form}
        name="clientConsent"
        layout="vertical"
        onFinish={submit}
        onValuesChange={clearErrorsOfChangedFields(form)}
        data-testid="consent-form"
      >
        <Form.Item name="kind" label={t("clients.field.kind")} required>
          <Select
            placeholder={t("clients.form.select")}
            options={consentKinds.map((kind) => ({ value: kind, label: labels.consentKind(kind) }))}
          />
        </Form.Item>
        <Form.Item name="givenBy" label={t("clients.consent.givenBy")} required>
          <Radio.Group
            options={[
              { value: "self", label: t("clients.consent.bySelf"), disabled: client.needsGuardianConsent },
              { value: "guardian", label: t("clients.consent.byGuardian") },
            ]}
          />
        </Form.Item>
        {givenBy === "guardian" && (
          <Form.Item name="guardianName" label={t("clients.consent.guardianName")} required>
            <Input autoComplete="off" {...countedUpTo(50)} />
          </Form.Item>
        )}
        <Form.Item name="givenOn" label={t("clients.field.givenOn")} required>
          <DatePicker style={{ width: "100%" }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
