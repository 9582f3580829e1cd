import { createEducationHoursBodySchema, socialWorkerFieldLabels } from "@xinqiao/shared";
import { App, DatePicker, Form, Input, InputNumber, Modal } from "antd";
import type { Dayjs } from "dayjs";
import { useErrorText } from "../../../api/errorText.ts";
import { clearErrorsOfChangedFields, validateWithSchema } from "../../../api/formErrors.ts";
import { applyFieldErrors } from "../../../components/applyFieldErrors.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useAddEducationHours } from "../hooks/useSocialWorkerMutations.ts";

interface HoursFormValues {
  completedOn?: Dayjs | null;
  hours?: number | null;
  description?: string;
}

const fields = ["completedOn", "hours", "description"];

/** One continuing-education record, entered by hand (the training module will add them later). */
export function EducationHoursModal({
  workerId,
  open,
  onClose,
}: {
  workerId: number;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<HoursFormValues>();
  const add = useAddEducationHours();

  const submit = (values: HoursFormValues) => {
    const body = validateWithSchema(form, createEducationHoursBodySchema, {
      completedOn: values.completedOn?.format("YYYY-MM-DD"),
      hours: values.hours ?? undefined,
      description: values.description ?? "",
    });
    if (!body) return;
    add.mutate(
      { id: workerId, body },
      {
        onSuccess: () => {
          message.success(t("socialWorkers.hours.added", { hours: body.hours }));
          form.resetFields();
          onClose();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error, fields, socialWorkerFieldLabels))
            message.error(errorText(error));
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t("socialWorkers.hours.addTitle")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={add.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={clearErrorsOfChangedFields(form)}
        name="educationHours"
      >
        <Form.Item name="completedOn" label={t("socialWorkers.hours.completedOn")} required>
          <DatePicker style={{ width: "100%" }} placeholder={t("socialWorkers.placeholder.date")} />
        </Form.Item>
        <Form.Item name="hours" label={t("socialWorkers.hours.hours")} required>
          <InputNumber min={0.5} max={200} step={0.5} style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="description" label={t("socialWorkers.hours.description")} required>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
