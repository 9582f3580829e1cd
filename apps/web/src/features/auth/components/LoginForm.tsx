import { LockOutlined, UserOutlined } from "@ant-design/icons";
import { type LoginBody, loginBodySchema } from "@xinqiao/shared";
import { Alert, Button, Form, Input } from "antd";
import { useState } from "react";
import { useErrorText } from "../../../api/errorText.ts";
import {
  applyServerFieldErrors,
  clearErrorsOfChangedFields,
  validateWithSchema,
} from "../../../api/formErrors.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useLogin } from "../hooks/useSessionActions.ts";

/**
 * On success the session cache changes and the login page redirects. A failure's banner speaks
 * of the last attempt only: it goes as soon as the user edits a field or submits again, so an
 * empty submit after a wrong password shows the fields' messages, not the old "用户名或密码错误".
 */
export function LoginForm() {
  const { t } = useI18n();
  const [form] = Form.useForm<LoginBody>();
  const login = useLogin();
  const errorText = useErrorText();
  const [failure, setFailure] = useState<string | null>(null);
  const clearErrors = clearErrorsOfChangedFields(form);

  const submit = (values: LoginBody) => {
    setFailure(null);
    const body = validateWithSchema(form, loginBodySchema, values);
    if (!body) return;
    login.mutate(body, {
      onError: (error) => {
        if (!applyServerFieldErrors(form, error, ["username", "password"])) setFailure(errorText(error));
      },
    });
  };

  return (
    <Form
      form={form}
      onValuesChange={(changed: Partial<LoginBody>) => {
        clearErrors(changed);
        setFailure(null);
      }}
      layout="vertical"
      size="large"
      onFinish={submit}
      requiredMark={false}
      data-testid="login-form"
    >
      {failure && (
        <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} data-testid="login-error" />
      )}
      <Form.Item name="username" label={t("login.username")}>
        <Input
          prefix={<UserOutlined />}
          placeholder={t("login.usernamePlaceholder")}
          autoComplete="username"
          autoFocus
          id="login-username"
        />
      </Form.Item>
      <Form.Item name="password" label={t("login.password")}>
        <Input.Password
          prefix={<LockOutlined />}
          placeholder={t("login.passwordPlaceholder")}
          autoComplete="current-password"
          id="login-password"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
        {t("login.submit")}
      </Button>
    </Form>
  );
}
