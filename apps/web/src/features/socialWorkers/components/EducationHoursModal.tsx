import {
  createEducationHoursBodySchema,
  degreeEducationHours,
  type EducationHourKind,
  educationHourKindIds,
  educationHoursFieldLabels,
  requiredEducationHours,
} from "@xinqiao/shared";
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useErrorText } from "../../../api/errorText.ts";
import { clearErrorsOfChangedFields, validateWithSchema } from "../../../api/formErrors.ts";
import { applyFieldErrors } from "../../../components/applyFieldErrors.ts";
import { countedUpTo } from "../../../components/textLimit.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useAddEducationHours } from "../hooks/useSocialWorkerMutations.ts";

interface HoursFormValues {
  kind?: EducationHourKind;
  completedOn?: Dayjs | null;
  hours?: number | null;
  description?: string;
}

const fields = ["kind", "completedOn", "hours", "description"];

/**
 * One continuing-education record, entered by hand (the training module will add them later):
 * training with its hours, or a degree completed in the cycle, whose hours are fixed at 90.
 */
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
  const isDegree = Form.useWatch("kind", form) === "degree";

  const submit = (values: HoursFormValues) => {
    const kind = values.kind ?? "training";
    const body = validateWithSchema(form, createEducationHoursBodySchema, {
      kind,
      completedOn: values.completedOn?.format("YYYY-MM-DD"),
      // A degree's hours are not the user's to choose: the server counts it 90 h.
      hours: kind === "degree" ? undefined : (values.hours ?? undefined),
      description: values.description ?? "",
    });
    if (!body) return;
    add.mutate(
      { id: workerId, body },
      {
        onSuccess: () => {
          message.success(
            body.kind === "degree"
              ? t("socialWorkers.hours.degreeAdded", { hours: degreeEducationHours })
              : t("socialWorkers.hours.added", { hours: body.hours ?? 0 }),
          );
          form.resetFields();
          onClose();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error, fields, educationHoursFieldLabels))
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
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t("socialWorkers.hours.rule", {
          assistant: requiredEducationHours.assistant,
          intermediate: requiredEducationHours.intermediate,
        })}
      />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={clearErrorsOfChangedFields(form)}
        initialValues={{ kind: "training" }}
        name="educationHours"
      >
        <Form.Item name="kind" label={t("socialWorkers.hours.kind")} required>
          <Select
            options={educationHourKindIds.map((kind) => ({
              value: kind,
              label: t(`socialWorkers.hours.kind.${kind}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="completedOn" label={t("socialWorkers.hours.completedOn")} required>
          <DatePicker style={{ width: "100%" }} placeholder={t("socialWorkers.placeholder.date")} />
        </Form.Item>
        {isDegree ? (
          <Form.Item
            label={t("socialWorkers.hours.hours")}
            extra={t("socialWorkers.hours.degreeHint", { hours: degreeEducationHours })}
          >
            <InputNumber value={degreeEducationHours} disabled style={{ width: "100%" }} />
          </Form.Item>
        ) : (
          <Form.Item name="hours" label={t("socialWorkers.hours.hours")} required>
            <InputNumber step={0.5} style={{ width: "100%" }} />
          </Form.Item>
        )}
        <Form.Item name="description" label={t("socialWorkers.hours.description")} required>
          <Input
            {...countedUpTo(200)}
            placeholder={isDegree ? t("socialWorkers.hours.degreeDescriptionPlaceholder") : undefined}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
