import { KeyOutlined, LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { Avatar, Button, Divider, Flex, Space, Typography } from "antd";
import { useNavigate } from "react-router";
import { useCurrentUser } from "../features/auth/hooks/useSession.ts";
import { useLogout } from "../features/auth/hooks/useSessionActions.ts";
import { setSessionNotice } from "../features/auth/sessionNotice.ts";
import { useI18n } from "../i18n/i18nContext.ts";
import { LanguageSwitch } from "./LanguageSwitch.tsx";

export function AppHeader() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const logout = useLogout();
  const unit = [user.organization?.name, user.region.name].filter(Boolean).join(" · ");

  return (
    <Flex align="center" justify="space-between" style={{ height: "100%" }}>
      <Typography.Text strong style={{ fontSize: 16 }}>
        {t("app.name")}
      </Typography.Text>
      <Space size="middle" separator={<Divider orientation="vertical" />}>
        <LanguageSwitch />
        <Space size={8} data-testid="current-user">
          <Avatar size="small" icon={<UserOutlined />} style={{ background: "#1d4ed8" }} />
          <Flex vertical style={{ lineHeight: 1.3 }}>
            <Typography.Text strong>{user.displayName}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {unit}
            </Typography.Text>
          </Flex>
        </Space>
        <Space size={0}>
          <Button type="text" icon={<KeyOutlined />} onClick={() => navigate("/password")}>
            {t("header.changePassword")}
          </Button>
          <Button
            type="text"
            icon={<LogoutOutlined />}
            loading={logout.isPending}
            onClick={() => {
              setSessionNotice("loggedOut");
              logout.mutate();
            }}
          >
            {t("header.logout")}
          </Button>
        </Space>
      </Space>
    </Flex>
  );
}
