import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  type CompleteFollowUpBody,
  caseworkSettingsFieldLabels,
  completeFollowUpBodySchema,
  type FollowUpDetail,
  followUpMethods,
  followUpOutcomes,
} from "@xinqiao/shared";
import { App, DatePicker, Descriptions, Drawer, Form, Input, Select, Skeleton, Tag } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect } from "react";
import { useErrorText } from "../../../api/errorText.ts";
import { validateWithSchema } from "../../../api/formErrors.ts";
import { applyFieldErrors } from "../../../components/applyFieldErrors.ts";
import { FormDrawer } from "../../../components/FormDrawer.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { deskApi, deskKeys } from "./api.ts";

interface Values {
  doneOn?: Dayjs | null;
  method?: CompleteFollowUpBody["method"];
  outcome?: CompleteFollowUpBody["outcome"];
  result?: string;
}
const fields = ["doneOn", "method", "outcome", "result"];

/**
 * One follow-up: its plan (read on opening, which the server audits as reading case notes) and,
 * while it is open and the user may complete it, the form that records how it went.
 */
export function FollowUpDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const detail = useQuery({
    queryKey: deskKeys.followUp(id ?? 0),
    queryFn: () => deskApi.followUp(id ?? 0),
    enabled: id !== null,
  });
  const complete = useMutation({
    mutationFn: (body: CompleteFollowUpBody) => deskApi.completeFollowUp(id ?? 0, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: deskKeys.followUps });
      void queryClient.invalidateQueries({ queryKey: deskKeys.desk });
    },
  });
  useEffect(() => {
    if (id !== null) form.setFieldsValue({ doneOn: dayjs(), method: "phone" });
  }, [id, form]);

  const followUp = detail.data;
  const editable = Boolean(followUp?.mayComplete);
  const submit = (values: Values) => {
    const body = validateWithSchema(form, completeFollowUpBodySchema, {
      ...values,
      doneOn: values.doneOn ? values.doneOn.format("YYYY-MM-DD") : "",
    });
    if (!body) return;
    complete.mutate(body, {
      onSuccess: () => {
        message.success(t("followUps.completed"));
        onClose();
      },
      onError: (error) => {
        if (!applyFieldErrors(form, error, fields, caseworkSettingsFieldLabels))
          message.error(errorText(error));
      },
    });
  };

  const title = followUp
    ? t(editable ? "followUps.completeTitle" : "followUps.detailTitle", { caseNumber: followUp.caseNumber })
    : "";
  const descriptions = followUp ? <FollowUpDescriptions followUp={followUp} /> : <Skeleton active />;
  if (!editable) {
    return (
      <Drawer
        open={id !== null}
        onClose={onClose}
        title={title}
        size={560}
        destroyOnHidden
        data-testid="follow-up-drawer"
      >
        {descriptions}
      </Drawer>
    );
  }
  return (
    <FormDrawer<Values>
      open={id !== null}
      onClose={onClose}
      title={title}
      size={560}
      form={form}
      formName="followUp"
      onFinish={submit}
      isSaving={complete.isPending}
      testId="follow-up-drawer"
      saveTestId="follow-up-save"
    >
      {descriptions}
      <Form.Item name="doneOn" label={t("followUps.doneOn")} required>
        <DatePicker style={{ width: "100%" }} disabledDate={(day) => day.isAfter(dayjs(), "day")} />
      </Form.Item>
      <Form.Item name="method" label={t("followUps.method")} required>
        <Select
          options={followUpMethods.map((method) => ({
            value: method,
            label: t(`followUps.method.${method}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="outcome" label={t("followUps.outcome")} required>
        <Select
          options={followUpOutcomes.map((outcome) => ({
            value: outcome,
            label: t(`followUps.outcome.${outcome}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="result" label={t("followUps.result")} required>
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </FormDrawer>
  );
}

function FollowUpDescriptions({ followUp }: { followUp: FollowUpDetail }) {
  const { t } = useI18n();
  return (
    <Descriptions column={1} size="small" bordered style={{ marginBottom: 16 }}>
      <Descriptions.Item label={t("followUps.column.client")}>{followUp.clientName}</Descriptions.Item>
      <Descriptions.Item label={t("followUps.column.dueOn")}>{followUp.dueOn}</Descriptions.Item>
      <Descriptions.Item label={t("followUps.column.status")}>
        <Tag color={followUp.status === "overdue" ? "red" : followUp.status === "done" ? "green" : "blue"}>
          {t(`followUps.status.${followUp.status}`)}
        </Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t("followUps.plan")}>{followUp.plan}</Descriptions.Item>
      {followUp.result !== null && (
        <>
          <Descriptions.Item label={t("followUps.doneOn")}>{followUp.doneOn}</Descriptions.Item>
          <Descriptions.Item label={t("followUps.method")}>
            {followUp.method ? t(`followUps.method.${followUp.method}`) : ""}
          </Descriptions.Item>
          <Descriptions.Item label={t("followUps.outcome")}>
            {followUp.outcome ? t(`followUps.outcome.${followUp.outcome}`) : ""}
          </Descriptions.Item>
          <Descriptions.Item label={t("followUps.result")}>{followUp.result}</Descriptions.Item>
        </>
      )}
    </Descriptions>
  );
}
