import { Button, Result } from "antd";
import { useI18n } from "../i18n/i18nContext.ts";

export function SessionLoadError({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <Result
      status="error"
      title={t("session.loadFailed")}
      extra={
        <Button type="primary" onClick={onRetry}>
          {t("common.retry")}
        </Button>
      }
    />
  );
}
