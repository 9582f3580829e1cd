import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  activeCaseStages,
  type CaseworkSettings,
  caseworkSettingsFieldLabels,
  caseworkSettingsSchema,
} from "@xinqiao/shared";
import { Alert, App, Button, Card, Form, InputNumber, Result, Skeleton, Space, Tag } from "antd";
import { useEffect } from "react";
import { useErrorText } from "../../../api/errorText.ts";
import { clearErrorsOfChangedFields, validateWithSchema } from "../../../api/formErrors.ts";
import { showAnswer } from "../../../api/queryAnswer.ts";
import { applyFieldErrors } from "../../../components/applyFieldErrors.ts";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { deskApi, deskKeys } from "./api.ts";

const fields = ["stageTimeLimitDays", "reopenWindowDays", "highRiskVisitDays"];

/** 个案工作设置 of the user's district (or the city): edited by officers, read by the others. */
export default function CaseworkSettingsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CaseworkSettings>();
  const answer = useQuery({ queryKey: deskKeys.settings, queryFn: deskApi.settings });
  const save = useMutation({
    mutationFn: deskApi.saveSettings,
    onSuccess: async (saved) => {
      await showAnswer(queryClient, deskKeys.settings, saved);
      void queryClient.invalidateQueries({ queryKey: deskKeys.desk });
    },
  });
  useEffect(() => {
    if (answer.data) form.setFieldsValue(answer.data.settings);
  }, [answer.data, form]);

  if (answer.isError) return <Result status="warning" subTitle={errorText(answer.error)} />;
  if (!answer.data) return <Skeleton active />;
  const { mayEdit, source, region } = answer.data;
  const submit = (values: CaseworkSettings) => {
    const body = validateWithSchema(form, caseworkSettingsSchema, values);
    if (!body) return;
    save.mutate(body, {
      onSuccess: () => message.success(t("caseworkSettings.saved")),
      onError: (error) => {
        if (!applyFieldErrors(form, error, fields, caseworkSettingsFieldLabels))
          message.error(errorText(error));
      },
    });
  };

  return (
    <>
      <PageHeader
        title={
          <Space>
            {t("caseworkSettings.title")}
            <Tag>{region.name}</Tag>
            <Tag color={source === "own" ? "blue" : undefined}>{t(`caseworkSettings.source.${source}`)}</Tag>
          </Space>
        }
        description={t("caseworkSettings.description")}
      />
      <Card style={{ maxWidth: 720 }}>
        {!mayEdit && (
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t("caseworkSettings.readOnly")} />
        )}
        <Form<CaseworkSettings>
          form={form}
          name="caseworkSettings"
          layout="vertical"
          disabled={!mayEdit}
          onFinish={submit}
          onValuesChange={clearErrorsOfChangedFields(form)}
        >
          <Form.Item label={t("caseworkSettings.stageLimits")} style={{ marginBottom: 0 }}>
            <Space wrap>
              {activeCaseStages.map((stage) => (
                <Form.Item key={stage} name={["stageTimeLimitDays", stage]} label={t(`cases.stage.${stage}`)}>
                  <InputNumber min={1} max={730} precision={0} style={{ width: 120 }} />
                </Form.Item>
              ))}
            </Space>
          </Form.Item>
          <Space wrap size={24}>
            <Form.Item name="reopenWindowDays" label={t("caseworkSettings.reopenWindowDays")}>
              <InputNumber min={1} max={3650} precision={0} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="highRiskVisitDays" label={t("caseworkSettings.highRiskVisitDays")}>
              <InputNumber min={1} max={365} precision={0} style={{ width: 160 }} />
            </Form.Item>
          </Space>
          {mayEdit && (
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t("common.save")}
            </Button>
          )}
        </Form>
      </Card>
    </>
  );
}
