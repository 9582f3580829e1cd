import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  type DataQualityThresholdValues,
  dataQualityFieldLabels,
  dataQualityThresholdKeys,
  dataQualityThresholds,
  dataQualityThresholdsSchema,
} from "@xinqiao/shared";
import { Alert, App, Button, Drawer, Form, InputNumber, Result, Skeleton, Space, Tag } from "antd";
import { useEffect } from "react";
import { useErrorText } from "../../../api/errorText.ts";
import { clearErrorsOfChangedFields, validateWithSchema } from "../../../api/formErrors.ts";
import { showAnswer } from "../../../api/queryAnswer.ts";
import { applyFieldErrors } from "../../../components/applyFieldErrors.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { dataQualityApi, dataQualityKeys } from "../api.ts";

/**
 * The city's thresholds: edited by a city user with analytics.configure, read by the others
 * (a district is checked against the same limits as every other). Saving refreshes the findings.
 */
export function ThresholdsDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<DataQualityThresholdValues>();
  const answer = useQuery({
    queryKey: dataQualityKeys.settings,
    queryFn: dataQualityApi.settings,
    enabled: open,
  });
  const save = useMutation({
    mutationFn: dataQualityApi.saveSettings,
    onSuccess: async (saved) => {
      await showAnswer(queryClient, dataQualityKeys.settings, saved);
      void queryClient.invalidateQueries({ queryKey: dataQualityKeys.all });
    },
  });
  useEffect(() => {
    if (open && answer.data) form.setFieldsValue(answer.data.thresholds);
  }, [open, answer.data, form]);

  const submit = (values: DataQualityThresholdValues) => {
    const body = validateWithSchema(form, dataQualityThresholdsSchema, values);
    if (!body) return;
    save.mutate(body, {
      onSuccess: () => {
        message.success(t("dataQuality.settings.saved"));
        onClose();
      },
      onError: (error) => {
        if (!applyFieldErrors(form, error, dataQualityThresholdKeys, dataQualityFieldLabels))
          message.error(errorText(error));
      },
    });
  };
  const mayEdit = answer.data?.mayEdit ?? false;

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={480}
      destroyOnHidden
      title={
        <Space>
          {t("dataQuality.settings.title")}
          {answer.data && (
            <Tag color={answer.data.source === "own" ? "blue" : undefined}>
              {t(`dataQuality.settings.${answer.data.source}`)}
            </Tag>
          )}
        </Space>
      }
      extra={
        mayEdit && (
          <Space>
            <Button onClick={onClose}>{t("common.cancel")}</Button>
            <Button
              type="primary"
              loading={save.isPending}
              onClick={() => form.submit()}
              data-testid="data-quality-settings-save"
            >
              {t("common.save")}
            </Button>
          </Space>
        )
      }
    >
      {answer.isError ? (
        <Result status="warning" subTitle={errorText(answer.error)} />
      ) : !answer.data ? (
        <Skeleton active />
      ) : (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={
              mayEdit
                ? t("dataQuality.settings.scope", { region: answer.data.region.name })
                : t("dataQuality.settings.readOnly")
            }
          />
          <Form<DataQualityThresholdValues>
            form={form}
            name="dataQualityThresholds"
            layout="vertical"
            disabled={!mayEdit}
            onFinish={submit}
            onValuesChange={clearErrorsOfChangedFields(form)}
          >
            {dataQualityThresholdKeys.map((key) => {
              const definition = dataQualityThresholds[key];
              return (
                <Form.Item
                  key={key}
                  name={key}
                  label={definition.name[locale]}
                  extra={t("dataQuality.settings.hint", {
                    default: definition.default,
                    min: definition.min,
                    max: definition.max,
                  })}
                >
                  <InputNumber suffix={definition.unit[locale]} style={{ width: 200 }} />
                </Form.Item>
              );
            })}
          </Form>
        </>
      )}
    </Drawer>
  );
}
