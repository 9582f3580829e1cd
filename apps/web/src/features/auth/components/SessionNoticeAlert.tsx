import { Alert } from "antd";
import { useEffect, useState } from "react";
import { useI18n } from "../../../i18n/i18nContext.ts";
import type { MessageKey } from "../../../i18n/zh-CN.ts";
import { clearSessionNotice, peekSessionNotice, type SessionNotice } from "../sessionNotice.ts";

const noticeText: Record<SessionNotice, MessageKey> = {
  expired: "login.notice.expired",
  idle: "login.notice.idle",
  loggedOut: "login.notice.loggedOut",
};

/** Explains why the user is on the login page, once. */
export function SessionNoticeAlert() {
  const { t } = useI18n();
  const [notice] = useState(peekSessionNotice);
  useEffect(() => clearSessionNotice(), []);
  if (!notice) return null;
  return (
    <Alert
      type={notice === "loggedOut" ? "success" : "warning"}
      showIcon
      title={t(noticeText[notice])}
      style={{ marginBottom: 16 }}
      data-testid="session-notice"
    />
  );
}
