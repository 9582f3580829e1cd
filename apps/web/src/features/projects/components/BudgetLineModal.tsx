import { budgetCategoryIds, fundingSourceIds, parseYuan } from "@xinqiao/shared";
import { App, Form, Input, Modal, Select } from "antd";
import { useErrorText } from "../../../api/errorText.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { projectActions } from "../api.ts";
import { useProjectChange } from "../hooks/useProjects.ts";

/** A budget line: a funding source × a category, its amount typed in 元 and sent in 分. */
export function BudgetLineModal({
  projectId,
  open,
  onClose,
}: {
  projectId: number;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<{
    source?: string;
    category?: string;
    amount?: string;
    description?: string;
  }>();
  const add = useProjectChange(
    (body: { source: string; category: string; amountFen: number; description?: string }) =>
      projectActions.addBudgetLine(projectId, body as never),
  );
  const required = [{ required: true, message: t("projects.required") }];
  const submit = async () => {
    const values = await form.validateFields();
    try {
      await add.mutateAsync({
        source: values.source ?? "",
        category: values.category ?? "",
        amountFen: parseYuan(values.amount ?? "") ?? 0,
        description: values.description || undefined,
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
      title={t("projects.addLine")}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid="project-line-form">
        <Form.Item name="source" label={t("projects.field.source")} rules={required}>
          <Select
            options={fundingSourceIds.map((source) => ({
              value: source,
              label: t(`projects.source.${source}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="category" label={t("projects.field.category")} rules={required}>
          <Select
            options={budgetCategoryIds.map((category) => ({
              value: category,
              label: t(`projects.category.${category}`),
            }))}
          />
        </Form.Item>
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
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="description" label={t("projects.field.note")}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
