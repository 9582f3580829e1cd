import { type ProjectAction, type ProjectDetail, projectTransitions } from "@xinqiao/shared";
import { App, Button, Form, Input, Modal, Space } from "antd";
import { useState } from "react";
import { useErrorText } from "../../../api/errorText.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { projectActions } from "../api.ts";
import { useProjectChange } from "../hooks/useProjects.ts";

/** The lifecycle steps the server says the user may take now; each asks for its note or reason. */
export function TransitionButtons({ project }: { project: ProjectDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [action, setAction] = useState<ProjectAction | null>(null);
  const [form] = Form.useForm<{ text?: string }>();
  const change = useProjectChange((input: { action: ProjectAction; text: string }) => {
    const field = input.action === "return" ? "reason" : "note";
    return projectActions.transition(project.id, input.action, input.text ? { [field]: input.text } : {});
  });
  const needsText = (candidate: ProjectAction) =>
    projectTransitions[candidate].form.safeParse({}).success === false;
  const submit = async () => {
    if (!action) return;
    const { text = "" } = await form.validateFields();
    try {
      await change.mutateAsync({ action, text: text.trim() });
      setAction(null);
      form.resetFields();
      void message.success(t("projects.saved"));
    } catch (error) {
      void message.error(errorText(error));
    }
  };
  if (project.abilities.transitions.length === 0) return null;
  return (
    <>
      <Space wrap data-testid="project-transitions">
        {project.abilities.transitions.map((candidate) => (
          <Button
            key={candidate}
            type={candidate === "return" ? "default" : "primary"}
            danger={candidate === "return"}
            onClick={() => setAction(candidate)}
            data-testid={`project-action-${candidate}`}
          >
            {t(`projects.action.${candidate}`)}
          </Button>
        ))}
      </Space>
      <Modal
        open={action !== null}
        title={action ? t(`projects.action.${action}`) : ""}
        okText={t("projects.transition.confirm")}
        confirmLoading={change.isPending}
        onOk={() => void submit()}
        onCancel={() => setAction(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="text"
            label={action === "return" ? t("projects.reverse.reason") : t("projects.field.note")}
            rules={action && needsText(action) ? [{ required: true, message: t("projects.required") }] : []}
          >
            <Input.TextArea rows={3} data-testid="project-transition-text" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
