import { type BudgetLine, fundingSourceIds, parseYuan } from "@xinqiao/shared";
import { App, DatePicker, Form, Input, Modal, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useErrorText } from "../../../api/errorText.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";

/** What the form holds: the amount as typed in 元, turned into 分 exactly by parseYuan on submit. */
interface Values {
  date?: Dayjs;
  source?: (typeof fundingSourceIds)[number];
  budgetLineId?: number;
  amount?: string;
  party?: string;
  purpose?: string;
  overspendReason?: string;
}

export interface MoneyEntry {
  date: string;
  amountFen: number;
  party: string;
  source?: (typeof fundingSourceIds)[number];
  budgetLineId?: number;
  purpose?: string;
  overspendReason?: string;
}

/** One modal for a receipt (source, payer) and an expenditure (budget line, payee, over-spend reason). */
export function MoneyEntryModal({
  kind,
  open,
  lines,
  mayOverspend,
  onClose,
  onSubmit,
}: {
  kind: "receipt" | "expenditure";
  open: boolean;
  lines: BudgetLine[];
  mayOverspend: boolean;
  onClose: () => void;
  onSubmit: (entry: MoneyEntry) => Promise<unknown>;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const required = [{ required: true, message: t("projects.required") }];
  const submit = async () => {
    const values = await form.validateFields();
    try {
      await onSubmit({
        date: values.date?.format("YYYY-MM-DD") ?? "",
        amountFen: parseYuan(values.amount ?? "") ?? 0,
        party: values.party ?? "",
        source: values.source,
        budgetLineId: values.budgetLineId,
        purpose: values.purpose || undefined,
        overspendReason: values.overspendReason || undefined,
      });
      form.resetFields();
      onClose();
      void message.success(t("projects.saved"));
    } catch (error) {
      void message.error(errorText(error));
    }
  };
  return (
    <Modal
      open={open}
      title={kind === "receipt" ? t("projects.recordReceipt") : t("projects.recordExpenditure")}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid={`project-${kind}-form`}>
        <Form.Item name="date" label={t("projects.field.date")} rules={required}>
          <DatePicker style={{ width: "100%" }} />
        </Form.Item>
        {kind === "receipt" ? (
          <Form.Item name="source" label={t("projects.field.source")} rules={required}>
            <Select
              options={fundingSourceIds.map((source) => ({
                value: source,
                label: t(`projects.source.${source}`),
              }))}
            />
          </Form.Item>
        ) : (
          <Form.Item name="budgetLineId" label={t("projects.field.line")} rules={required}>
            <Select
              options={lines.map((line) => ({
                value: line.id,
                label: `${t(`projects.category.${line.category}`)} · ${t(`projects.source.${line.source}`)}`,
              }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="amount"
          label={t("projects.field.amount")}
          rules={[
            {
              validator: async (_, value: string | undefined) => {
                const fen = parseYuan(value ?? "");
                if (fen === null || fen <= 0) throw new Error(t("projects.amountInvalid"));
              },
            },
          ]}
        >
          <Input inputMode="decimal" data-testid="project-amount" />
        </Form.Item>
        <Form.Item
          name="party"
          label={kind === "receipt" ? t("projects.field.payer") : t("projects.field.payee")}
          rules={required}
        >
          <Input />
        </Form.Item>
        {kind === "expenditure" && (
          <Form.Item name="purpose" label={t("projects.field.purpose")}>
            <Input />
          </Form.Item>
        )}
        {kind === "expenditure" && mayOverspend && (
          <Form.Item name="overspendReason" label={t("projects.field.overspendReason")}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
