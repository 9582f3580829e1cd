import { changePasswordBodySchema, passwordMinLength, passwordPolicyViolations } from "@xinqiao/shared";
import { App, Button, Form, Input } from "antd";
import { useNavigate } from "react-router";
import { useErrorText } from "../../../api/errorText.ts";
import {
  applyServerFieldErrors,
  clearErrorsOfChangedFields,
  validateWithSchema,
} from "../../../api/formErrors.ts";
import { landingPathOf } from "../../../app/landing.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useCurrentUser } from "../hooks/useSession.ts";
import { useChangePassword } from "../hooks/useSessionActions.ts";

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function ChangePasswordForm() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [form] = Form.useForm<ChangePasswordValues>();
  const changePassword = useChangePassword();
  const errorText = useErrorText();

  const submit = ({ confirmPassword, ...values }: ChangePasswordValues) => {
    // Every problem in one submit: the schema's, then the policy's and the confirmation's beside them.
    const body = validateWithSchema(form, changePasswordBodySchema, values);
    const newPassword = values.newPassword ?? "";
    const violations = newPassword ? passwordPolicyViolations(newPassword, user.username) : [];
    const isMismatch = Boolean(newPassword) && confirmPassword !== newPassword;
    const extra = [
      ...(violations.length > 0 ? [{ name: "newPassword" as const, errors: violations }] : []),
      ...(isMismatch ? [{ name: "confirmPassword" as const, errors: [t("password.mismatch")] }] : []),
    ];
    if (extra.length > 0) form.setFields(extra);
    if (!body || extra.length > 0) return;
    changePassword.mutate(body, {
      onSuccess: () => {
        message.success(t("password.changed"));
        form.resetFields();
        navigate(landingPathOf(user), { replace: true });
      },
      onError: (error) => {
        if (!applyServerFieldErrors(form, error, ["currentPassword", "newPassword"]))
          message.error(errorText(error));
      },
    });
  };

  return (
    <Form
      form={form}
      onValuesChange={clearErrorsOfChangedFields(form)}
      layout="vertical"
      onFinish={submit}
      style={{ maxWidth: 420 }}
      data-testid="password-form"
    >
      <Form.Item name="currentPassword" label={t("password.current")} required>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t("password.new")}
        required
        extra={t("password.policy", { min: passwordMinLength })}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="confirmPassword" label={t("password.confirm")} required>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={changePassword.isPending}>
        {t("password.submit")}
      </Button>
    </Form>
  );
}
