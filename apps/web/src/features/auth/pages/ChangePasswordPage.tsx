import { Alert, Card } from "antd";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { ChangePasswordForm } from "../components/ChangePasswordForm.tsx";
import { useCurrentUser } from "../hooks/useSession.ts";

export default function ChangePasswordPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  return (
    <Card title={t("password.title")} style={{ maxWidth: 560 }}>
      {user.mustChangePassword && (
        <Alert type="warning" showIcon title={t("password.mustChange")} style={{ marginBottom: 24 }} />
      )}
      <ChangePasswordForm />
    </Card>
  );
}
