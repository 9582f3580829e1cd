import { Button, Card, Result, Space } from "antd";
import type { ReactNode } from "react";
import { ApiError } from "../api/client.ts";
import { useErrorText } from "../api/errorText.ts";
import { useI18n } from "../i18n/i18nContext.ts";

/**
 * Whether a record's answer means "not for you": the server answers 404 alike for a record that
 * does not exist and for one outside the viewer's scope, so that neither reveals the other.
 */
export function isRecordMissing(error: unknown): boolean {
  return error instanceof ApiError && [400, 403, 404].includes(error.status);
}

/**
 * A record page that cannot show its record: a missing or out-of-scope record (or an address
 * naming none, `error` null) reads as one friendly answer; any other failure says so and offers
 * to try again. Both lead back to the list.
 */
export function RecordNotFound({
  error = null,
  back,
  onRetry,
}: {
  error?: unknown;
  /** The way back, usually the record's BackLink to its list. */
  back: ReactNode;
  onRetry?: () => void;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  if (error === null || isRecordMissing(error)) {
    return (
      <Card>
        <Result
          status="404"
          title={t("record.notFound")}
          subTitle={t("record.notFoundHint")}
          extra={back}
          data-testid="record-not-found"
        />
      </Card>
    );
  }
  return (
    <Card>
      <Result
        status="error"
        title={t("record.loadFailed")}
        subTitle={errorText(error)}
        extra={
          <Space>
            {onRetry && (
              <Button type="primary" onClick={onRetry}>
                {t("common.retry")}
              </Button>
            )}
            {back}
          </Space>
        }
      />
    </Card>
  );
}
