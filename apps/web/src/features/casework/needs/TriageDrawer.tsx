import { type NeedDetail, type TriageNeedBody, triageNeedBodySchema } from "@xinqiao/shared";
import { App, Form, Input, Radio, Select } from "antd";
import { useEffect } from "react";
import { useErrorText } from "../../../api/errorText.ts";
import { applyServerFieldErrors, validateWithSchema } from "../../../api/formErrors.ts";
import { FormDrawer } from "../../../components/FormDrawer.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import { useCaseWorkers } from "../cases/hooks.ts";
import { useTriageNeed } from "./hooks.ts";

type Values = {
  outcome?: TriageNeedBody["outcome"];
  summary?: string;
  assignedWorkerId?: number;
  note?: string;
  reason?: string;
};

/** 分流: open a case (a worker of the client's street, or later), a one-off service, or close with a reason. */
export function TriageDrawer({
  need,
  open,
  onClose,
}: {
  need: NeedDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const triage = useTriageNeed(need.id);
  const outcome = Form.useWatch("outcome", form);
  // A social worker who opens the case takes it; others choose the worker.
  const choosesWorker = useHasPermission("cases.assign");
  const workers = useCaseWorkers(open && choosesWorker ? need.region.code : null);
  useEffect(() => {
    if (open) form.setFieldsValue({ outcome: "case", summary: "" });
  }, [open, form]);

  const submit = (values: Values) => {
    const shaped =
      values.outcome === "case"
        ? { outcome: "case", summary: values.summary, assignedWorkerId: values.assignedWorkerId ?? null }
        : values.outcome === "oneOff"
          ? { outcome: "oneOff", note: values.note || null }
          : { outcome: values.outcome, reason: values.reason };
    const body = validateWithSchema(form, triageNeedBodySchema, shaped);
    if (!body) return;
    triage.mutate(body, {
      onSuccess: () => {
        message.success(t("needs.triaged"));
        onClose();
      },
      onError: (error) => {
        if (!applyServerFieldErrors(form, error, ["summary", "assignedWorkerId", "note", "reason"])) {
          message.error(errorText(error));
        }
      },
    });
  };
  return (
    <FormDrawer<Values>
      open={open}
      onClose={onClose}
      title={t("needs.triage")}
      size={520}
      form={form}
      formName="triage"
      onFinish={submit}
      isSaving={triage.isPending}
      testId="triage-drawer"
      saveTestId="triage-save"
    >
      <Form.Item name="outcome" label={t("needs.triage.outcome")} required>
        <Radio.Group
          options={(["case", "oneOff", "closed"] as const).map((value) => ({
            value,
            label: t(`needs.triage.${value}`),
          }))}
        />
      </Form.Item>
      {outcome === "case" && (
        <>
          <Form.Item name="summary" label={t("needs.triage.summary")} required>
            <Input.TextArea rows={3} data-testid="triage-summary" />
          </Form.Item>
          {choosesWorker && (
            <Form.Item name="assignedWorkerId" label={t("needs.triage.worker")}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: "label" }}
                loading={workers.isLoading}
                options={(workers.data ?? []).map((worker) => ({
                  value: worker.id,
                  label: `${worker.name}（${worker.region.name}）`,
                }))}
                data-testid="triage-worker"
              />
            </Form.Item>
          )}
        </>
      )}
      {outcome === "oneOff" && (
        <Form.Item name="note" label={t("needs.triage.note")}>
          <Input.TextArea rows={3} />
        </Form.Item>
      )}
      {outcome === "closed" && (
        <Form.Item name="reason" label={t("needs.triage.reason")} required>
          <Input.TextArea rows={3} />
        </Form.Item>
      )}
    </FormDrawer>
  );
}
