import { Flex, Typography, theme } from "antd";
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { LanguageSwitch } from "../../../app/LanguageSwitch.tsx";
import { landingPathOf } from "../../../app/landing.ts";
import { loadShell } from "../../../app/loadShell.ts";
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
    const target = session.user.mustChangePassword
      ? "/password"
      : from && from !== "/login" && from !== "/"
        ? from
        : landingPathOf(session.user);
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
      <LoginPanel title={t("login.title")}>
        <SessionNoticeAlert />
        {/* The signed-in shell downloads while the server checks the password. */}
        <div onSubmitCapture={() => void loadShell()}>
          <LoginForm />
        </div>
      </LoginPanel>
      <Typography.Text style={{ color: "rgba(255,255,255,0.65)", marginTop: 24, fontSize: 12 }}>
        {t("login.footer")}
      </Typography.Text>
    </Flex>
  );
}

/**
 * A card drawn with the theme's tokens: antd's Card brings Tabs, Menu and Skeleton along (70 KB
 * of the login page's 1 MB of script, 18 KB compressed) for a white box with a title.
 */
function LoginPanel({ title, children }: { title: string; children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <section
      aria-label={title}
      style={{
        width: 400,
        maxWidth: "100%",
        background: token.colorBgContainer,
        borderRadius: token.borderRadiusLG,
        boxShadow: token.boxShadowTertiary,
      }}
    >
      <Typography.Title
        level={5}
        style={{
          margin: 0,
          padding: `${token.paddingSM}px ${token.paddingLG}px`,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        {title}
      </Typography.Title>
      <div style={{ padding: token.paddingLG }}>{children}</div>
    </section>
  );
}
