import type { ImportMode, ImportResult } from "@xinqiao/shared";
import { Alert } from "antd";
import { useI18n } from "../i18n/i18nContext.ts";

export function ImportSummary({ result, mode }: { result: ImportResult; mode: ImportMode }) {
  const { t } = useI18n();
  const counts = {
    total: result.totalRows,
    valid: result.validRows,
    imported: result.importedRows,
    errors: result.errors.length,
  };
  const hasErrors = result.errors.length > 0;
  const type = !hasErrors ? "success" : result.importedRows > 0 ? "warning" : "error";
  const description = !hasErrors
    ? undefined
    : mode === "all-or-nothing" && result.importedRows === 0
      ? t("import.refusedAllOrNothing")
      : t("import.skippedInvalid");
  return (
    <Alert
      type={type}
      showIcon
      title={t("import.summary", counts)}
      description={description}
      data-testid="import-summary"
    />
  );
}
