import { Button, Result } from "antd";
import { useNavigate } from "react-router";
import { useI18n } from "../i18n/i18nContext.ts";

export function ForbiddenPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title="403"
      subTitle={t("page.forbidden")}
      extra={
        <Button type="primary" onClick={() => navigate("/")}>
          {t("page.backHome")}
        </Button>
      }
    />
  );
}
