import { DownloadOutlined, PrinterOutlined } from "@ant-design/icons";
import {
  type PeriodicReportDetail,
  type ReportTransitionName,
  reportTextLimits,
  returnPeriodicReportBodySchema,
} from "@xinqiao/shared";
import { App, Button, Form, Input, Modal, Popconfirm, Space, Tooltip } from "antd";
import { useState } from "react";
import { validateWithSchema } from "../../../api/formErrors.ts";
import { countedUpTo } from "../../../components/textLimit.ts";
import { useBusyTask } from "../../../components/useBusyTask.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { reportsApi } from "../api.ts";
import { useReportChange } from "../hooks.ts";

/**
 * The steps the server allows this user on this report (its abilities), 导出 Excel and 打印.
 * Submitting and approving ask for confirmation; returning asks for the reason.
 */
export function ReportActions({
  report,
  fileName,
  hasUnsavedText,
}: {
  report: PeriodicReportDetail;
  fileName: string;
  /** Text typed in the report's form and not saved: submitting now would leave it out. */
  hasUnsavedText: boolean;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [isReturning, setIsReturning] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const step = useReportChange((change: { name: ReportTransitionName; reason?: string }) =>
    reportsApi.step(report.id, change.name, change.reason),
  );
  const exporting = useBusyTask<"export">();
  const run = (name: ReportTransitionName, reason?: string) =>
    step.mutate(
      { name, reason },
      {
        onSuccess: () => {
          message.success(t(`reports.done.${name}`));
          setIsReturning(false);
        },
      },
    );
  const confirmed = (name: "submit" | "approve", primary: boolean) => (
    <Popconfirm title={t(`reports.confirm.${name}`)} onConfirm={() => run(name)}>
      <Button type={primary ? "primary" : "default"} loading={step.isPending} data-testid={`report-${name}`}>
        {t(`reports.action.${name}`)}
      </Button>
    </Popconfirm>
  );
  const { abilities } = report;
  return (
    <Space wrap className="xq-report-no-print">
      {abilities.submit &&
        (hasUnsavedText ? (
          <Tooltip title={t("reports.text.unsaved")}>
            <Button type="primary" disabled data-testid="report-submit">
              {t("reports.action.submit")}
            </Button>
          </Tooltip>
        ) : (
          confirmed("submit", true)
        ))}
      {abilities.approve && confirmed("approve", true)}
      {abilities.return && (
        <Button danger onClick={() => setIsReturning(true)} data-testid="report-return">
          {t("reports.action.return")}
        </Button>
      )}
      <Button
        icon={<DownloadOutlined />}
        loading={exporting.busy === "export"}
        onClick={() => void exporting.run("export", () => reportsApi.exportFile(report.id, fileName))}
        data-testid="report-export"
      >
        {t("reports.action.export")}
      </Button>
      <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="report-print">
        {t("reports.action.print")}
      </Button>
      <Modal
        open={isReturning}
        title={t("reports.returnTitle")}
        onCancel={() => setIsReturning(false)}
        confirmLoading={step.isPending}
        destroyOnHidden
        okButtonProps={{ danger: true, id: "report-return-confirm" }}
        okText={t("reports.action.return")}
        onOk={() => {
          const body = validateWithSchema(form, returnPeriodicReportBodySchema, {
            reason: form.getFieldValue("reason") ?? "",
          });
          if (body) run("return", body.reason);
        }}
      >
        <Form form={form} name="reportReturn" layout="vertical">
          <Form.Item name="reason" label={t("reports.field.returnReason")} required>
            <Input.TextArea
              rows={3}
              placeholder={t("reports.returnReasonPlaceholder")}
              {...countedUpTo(reportTextLimits.reason)}
              data-testid="report-return-reason"
            />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
