import {
  createPeriodicReportBodySchema,
  type PeriodicReportDetail,
  type PeriodKind,
  periodicReportFieldLabels,
  periodKinds,
  periodLabel,
} from "@xinqiao/shared";
import { App, Form, Select } from "antd";
import { useEffect } from "react";
import { useErrorText } from "../../../api/errorText.ts";
import { validateWithSchema } from "../../../api/formErrors.ts";
import { applyFieldErrors } from "../../../components/applyFieldErrors.ts";
import { FormDrawer } from "../../../components/FormDrawer.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useCurrentUser } from "../../auth/hooks/useSession.ts";
import { reportsApi } from "../api.ts";
import { useDistricts, useReportChange } from "../hooks.ts";
import { chinaToday, reportPeriodChoices } from "../periods.ts";

interface FormValues {
  regionCode?: string;
  periodKind: PeriodKind;
  period?: string;
}

const formFields = ["regionCode", "period"] as const;

/**
 * 新建报表: the district (a district officer's own; the city chooses one of its districts), the
 * kind and the period. The figures come from the data; the text is written on the report's page.
 */
export function ReportCreateDrawer({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (report: PeriodicReportDetail) => void;
}) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const user = useCurrentUser();
  const isDistrict = user.region.level === "district";
  const districts = useDistricts(user.region.code, open && !isDistrict);
  const [form] = Form.useForm<FormValues>();
  const kind: PeriodKind = Form.useWatch("periodKind", form) ?? "month";
  const create = useReportChange(reportsApi.create, { isErrorHandledLocally: true });

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ periodKind: "month", regionCode: isDistrict ? user.region.code : undefined });
  }, [open, form, isDistrict, user.region.code]);

  const districtOptions = isDistrict
    ? [{ value: user.region.code, label: user.region.name }]
    : (districts.data?.items ?? []).map((region) => ({ value: region.code, label: region.name }));

  const submit = (values: FormValues) => {
    const body = validateWithSchema(form, createPeriodicReportBodySchema, {
      regionCode: values.regionCode ?? "",
      period: values.period,
    });
    if (!body) return;
    create.mutate(body, {
      onSuccess: (report) => {
        message.success(t("reports.form.created"));
        onClose();
        onCreated(report);
      },
      onError: (error) => {
        if (!applyFieldErrors(form, error, formFields, periodicReportFieldLabels))
          message.error(errorText(error));
      },
    });
  };

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      size={480}
      title={t("reports.form.title")}
      form={form}
      formName="report"
      onFinish={submit}
      onValuesChange={(changed) => {
        if ("periodKind" in changed) form.setFieldValue("period", undefined);
      }}
      isSaving={create.isPending}
      testId="report-form"
      saveTestId="report-save"
    >
      <Form.Item name="regionCode" label={t("reports.form.region")} required>
        <Select
          options={districtOptions}
          disabled={isDistrict}
          loading={districts.isFetching}
          placeholder={t("reports.form.regionRequired")}
        />
      </Form.Item>
      <Form.Item name="periodKind" label={t("reports.form.kind")} required>
        <Select<PeriodKind>
          options={periodKinds.map((value) => ({ value, label: t(`reports.kind.${value}`) }))}
        />
      </Form.Item>
      <Form.Item name="period" label={t("reports.form.period")} required>
        <Select
          placeholder={t("reports.form.periodRequired")}
          options={reportPeriodChoices(kind, chinaToday()).map((period) => ({
            value: period,
            label: periodLabel(period, locale),
          }))}
        />
      </Form.Item>
    </FormDrawer>
  );
}
