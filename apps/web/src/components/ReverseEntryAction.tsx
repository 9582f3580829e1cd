import { RollbackOutlined } from "@ant-design/icons";
import {
  type LedgerCorrection,
  ledgerCorrectionFieldLabels,
  reverseLedgerEntryBodySchema,
} from "@xinqiao/shared";
import { Alert, Button, Descriptions, Form, Input, Modal, Tag, Tooltip } from "antd";
import { type ReactNode, useState } from "react";
import { useErrorText } from "../api/errorText.ts";
import { clearErrorsOfChangedFields, validateWithSchema } from "../api/formErrors.ts";
import { useI18n } from "../i18n/i18nContext.ts";
import { applyFieldErrors } from "./applyFieldErrors.ts";
import { countedUpTo } from "./textLimit.ts";

/**
 * Correcting an hours-ledger entry (a volunteer's service record, a worker's education hours):
 * a 更正 button and a modal that shows what will be reversed and asks why. The server adds the
 * reversing entry; the caller's mutation refreshes its lists and totals. Words come from the
 * caller's feature messages, since each ledger names its entries and hours its own way.
 */
export interface ReverseEntryLabels {
  /** The button: 更正. */
  action: string;
  title: string;
  /** What a correction does (a new entry with the opposite hours; the original stays). */
  rule: string;
  reason: string;
  reasonPlaceholder: string;
  submit: string;
}

const formFields = ["reason"];

export function ReverseEntryAction({
  summary,
  labels,
  onReverse,
  testId = "reverse-entry",
}: {
  /** The entry as the user knows it (date, content, hours…), shown in the modal. */
  summary: { label: string; value: ReactNode }[];
  labels: ReverseEntryLabels;
  /** Sends the correction; rejects with the API's error, which the modal shows. */
  onReverse: (reason: string) => Promise<unknown>;
  testId?: string;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [form] = Form.useForm<{ reason?: string }>();
  const [isOpen, setIsOpen] = useState(false);
  const [isSending, setIsSending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const close = () => {
    setIsOpen(false);
    setFailure(null);
    form.resetFields();
  };
  const submit = async (values: { reason?: string }) => {
    const body = validateWithSchema(form, reverseLedgerEntryBodySchema, { reason: values.reason ?? "" });
    if (!body) return;
    setIsSending(true);
    setFailure(null);
    try {
      await onReverse(body.reason);
      close();
    } catch (error) {
      if (!applyFieldErrors(form, error, formFields, ledgerCorrectionFieldLabels))
        setFailure(errorText(error));
    } finally {
      setIsSending(false);
    }
  };

  return (
    <>
      <Button
        size="small"
        type="link"
        icon={<RollbackOutlined />}
        onClick={() => setIsOpen(true)}
        data-testid={testId}
      >
        {labels.action}
      </Button>
      <Modal
        open={isOpen}
        title={labels.title}
        onCancel={close}
        onOk={() => form.submit()}
        okText={labels.submit}
        cancelText={t("common.cancel")}
        okButtonProps={{ loading: isSending, danger: true }}
        destroyOnHidden
        width={560}
      >
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={labels.rule} />
        <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
          {summary.map((item) => (
            <Descriptions.Item key={item.label} label={item.label}>
              {item.value}
            </Descriptions.Item>
          ))}
        </Descriptions>
        {failure && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={failure} />}
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          onValuesChange={clearErrorsOfChangedFields(form)}
          data-testid={`${testId}-form`}
        >
          <Form.Item name="reason" label={labels.reason} required>
            <Input.TextArea rows={3} placeholder={labels.reasonPlaceholder} {...countedUpTo(200)} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

export interface CorrectionTagLabels {
  /** On a corrected entry: 已更正. */
  corrected: string;
  correctedTip: (reversedBy: NonNullable<LedgerCorrection["reversedBy"]>) => string;
  /** On a reversal: 更正. */
  reversal: string;
  reversalTip: (reverses: NonNullable<LedgerCorrection["reverses"]>, reason: string) => string;
}

/** 已更正 on a corrected entry and 更正 on its reversal, each with the reason in a tooltip. */
export function CorrectionTag({
  entry,
  labels,
}: {
  entry: Pick<LedgerCorrection, "reverses" | "reversalReason" | "reversedBy">;
  labels: CorrectionTagLabels;
}) {
  if (entry.reversedBy) {
    return (
      <Tooltip title={labels.correctedTip(entry.reversedBy)}>
        <Tag color="default" data-testid="entry-corrected">
          {labels.corrected}
        </Tag>
      </Tooltip>
    );
  }
  if (entry.reverses) {
    return (
      <Tooltip title={labels.reversalTip(entry.reverses, entry.reversalReason ?? "")}>
        <Tag color="purple" data-testid="entry-reversal">
          {labels.reversal}
        </Tag>
      </Tooltip>
    );
  }
  return null;
}
