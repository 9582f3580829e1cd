import {
  passwordMinLength,
  passwordPolicyViolations,
  resetPasswordBodySchema,
  type User,
} from "@xinqiao/shared";
import { Alert, App, Form, Input, Modal } from "antd";
import { useErrorText } from "../../../api/errorText.ts";
import {
  applyServerFieldErrors,
  clearErrorsOfChangedFields,
  validateWithSchema,
} from "../../../api/formErrors.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useResetUserPassword } from "../hooks/useUserMutations.ts";

interface ResetPasswordValues {
  password?: string;
  confirmPassword?: string;
}

/** Sets a temporary password; the user must change it at the next login. */
export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ResetPasswordValues>();
  const reset = useResetUserPassword();
  const errorText = useErrorText();

  const submit = ({ confirmPassword, ...values }: ResetPasswordValues) => {
    if (!user) return;
    const body = validateWithSchema(form, resetPasswordBodySchema, values);
    if (!body) return;
    const violations = passwordPolicyViolations(body.password, user.username);
    if (violations.length > 0) {
      form.setFields([{ name: "password", errors: violations }]);
      return;
    }
    if (confirmPassword !== body.password) {
      form.setFields([{ name: "confirmPassword", errors: [t("password.mismatch")] }]);
      return;
    }
    reset.mutate(
      { id: user.id, password: body.password },
      {
        onSuccess: () => {
          message.success(t("user.passwordReset", { name: user.displayName }));
          onClose();
        },
        onError: (error) => {
          if (!applyServerFieldErrors(form, error, ["password"])) message.error(errorText(error));
        },
      },
    );
  };

  return (
    <Modal
      open={user !== null}
      title={user ? t("user.resetPasswordTitle", { name: user.displayName }) : ""}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("common.confirm")}
      cancelText={t("common.cancel")}
      confirmLoading={reset.isPending}
      destroyOnHidden
      afterClose={() => form.resetFields()}
    >
      <Alert type="info" showIcon title={t("user.resetPasswordHint")} style={{ marginBottom: 16 }} />
      <Form
        form={form}
        onValuesChange={clearErrorsOfChangedFields(form)}
        layout="vertical"
        onFinish={submit}
        preserve={false}
      >
        <Form.Item
          name="password"
          label={t("user.newPassword")}
          required
          extra={t("password.policy", { min: passwordMinLength })}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="confirmPassword" label={t("password.confirm")} required>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
