import { Card, Flex, Typography } from "antd";
import { Navigate, useLocation } from "react-router";
import { LanguageSwitch } from "../../../app/LanguageSwitch.tsx";
import type { LoginRedirectState } from "../../../app/RequireSession.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { LoginForm } from "../components/LoginForm.tsx";
import { SessionNoticeAlert } from "../components/SessionNoticeAlert.tsx";
import { useSession } from "../hooks/useSession.ts";

export function LoginPage() {
  const { t } = useI18n();
  const { data: session } = useSession();
  const location = useLocation();
  const from = (location.state as LoginRedirectState | null)?.from;

  if (session) {
    const target = session.user.mustChangePassword ? "/password" : from && from !== "/login" ? from : "/";
    return <Navigate to={target} replace />;
  }

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{
        minHeight: "100vh",
        padding: 24,
        background: "linear-gradient(135deg, #0b2a6f 0%, #1d4ed8 55%, #3b82f6 100%)",
      }}
    >
      <div style={{ position: "absolute", top: 16, right: 24 }}>
        <LanguageSwitch />
      </div>
      <Typography.Title level={2} style={{ color: "#fff", marginBottom: 4 }}>
        {t("app.name")}
      </Typography.Title>
      <Typography.Text style={{ color: "rgba(255,255,255,0.8)", marginBottom: 32 }}>
        {t("login.slogan")}
      </Typography.Text>
      <Card style={{ width: 400, maxWidth: "100%" }} title={t("login.title")}>
        <SessionNoticeAlert />
        <LoginForm />
      </Card>
      <Typography.Text style={{ color: "rgba(255,255,255,0.65)", marginTop: 24, fontSize: 12 }}>
        {t("login.footer")}
      </Typography.Text>
    </Flex>
  );
}
