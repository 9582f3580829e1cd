import {
  type PeriodicReportDetail,
  periodicReportFieldLabels,
  reportTextLimits,
  updatePeriodicReportBodySchema,
} from "@xinqiao/shared";
import { App, Button, Form, Input, Typography } from "antd";
import { useEffect } from "react";
import { useErrorText } from "../../../api/errorText.ts";
import { clearErrorsOfChangedFields, validateWithSchema } from "../../../api/formErrors.ts";
import { applyFieldErrors } from "../../../components/applyFieldErrors.ts";
import { countedUpTo } from "../../../components/textLimit.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { reportsApi } from "../api.ts";
import { useReportChange } from "../hooks.ts";

const textFields = ["narrative", "highlights", "problems"] as const;
type TextValues = Record<(typeof textFields)[number], string>;

/**
 * 总体情况 · 亮点 · 问题与建议: a form while the district holds the report (draft or returned),
 * the text as submitted afterwards.
 */
export function ReportTextForm({
  report,
  onUnsavedChange,
}: {
  report: PeriodicReportDetail;
  /** Whether the form holds text not yet saved (the page holds 提交 back meanwhile). */
  onUnsavedChange: (hasUnsaved: boolean) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<TextValues>();
  const save = useReportChange((body: TextValues) => reportsApi.update(report.id, body), {
    isErrorHandledLocally: true,
  });
  const { narrative, highlights, problems } = report;

  useEffect(() => {
    form.setFieldsValue({ narrative, highlights, problems });
    onUnsavedChange(false);
  }, [form, narrative, highlights, problems, onUnsavedChange]);

  if (!report.abilities.edit) {
    return (
      <div data-testid="report-text">
        {textFields.map((field) => (
          <div key={field} style={{ marginBottom: 16 }}>
            <Typography.Title level={5}>{t(`reports.field.${field}`)}</Typography.Title>
            <Typography.Paragraph
              style={{ whiteSpace: "pre-wrap" }}
              type={report[field] ? undefined : "secondary"}
            >
              {report[field] || t("reports.text.empty")}
            </Typography.Paragraph>
          </div>
        ))}
      </div>
    );
  }

  const submit = (values: TextValues) => {
    const body = validateWithSchema(form, updatePeriodicReportBodySchema, {
      narrative: values.narrative ?? "",
      highlights: values.highlights ?? "",
      problems: values.problems ?? "",
    });
    if (!body) return;
    save.mutate(body, {
      onSuccess: () => {
        onUnsavedChange(false);
        message.success(t("reports.text.saved"));
      },
      onError: (error) => {
        if (!applyFieldErrors(form, error, textFields, periodicReportFieldLabels))
          message.error(errorText(error));
      },
    });
  };
  return (
    <Form<TextValues>
      form={form}
      name="reportText"
      layout="vertical"
      onFinish={submit}
      onValuesChange={(changed, all) => {
        clearErrorsOfChangedFields(form)(changed);
        onUnsavedChange(textFields.some((field) => (all[field] ?? "") !== report[field]));
      }}
      data-testid="report-text-form"
    >
      {textFields.map((field) => (
        <Form.Item key={field} name={field} label={t(`reports.field.${field}`)}>
          <Input.TextArea rows={field === "narrative" ? 5 : 3} {...countedUpTo(reportTextLimits[field])} />
        </Form.Item>
      ))}
      <Button htmlType="submit" loading={save.isPending} data-testid="report-text-save">
        {t("reports.text.save")}
      </Button>
    </Form>
  );
}
