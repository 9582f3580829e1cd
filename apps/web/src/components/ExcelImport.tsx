import { InboxOutlined, UploadOutlined } from "@ant-design/icons";
import type { ImportMode, ImportResult } from "@xinqiao/shared";
import { Alert, App, Button, Flex, Modal, Progress, Radio, Space, Upload, type UploadFile } from "antd";
import { useState } from "react";
import { ApiError } from "../api/client.ts";
import { downloadFile } from "../api/download.ts";
import { useErrorText } from "../api/errorText.ts";
import type { JobProgress } from "../api/jobs.ts";
import { xlsxContentType } from "../api/registryApi.ts";
import { useI18n } from "../i18n/i18nContext.ts";
import { ImportErrorTable } from "./ImportErrorTable.tsx";
import { ImportSummary } from "./ImportSummary.tsx";

/**
 * Excel import, the same everywhere: choose a file and a mode, send it, then show the row
 * errors and offer the server's error report (the original rows with an error column).
 */
export interface ExcelImportProps {
  buttonText: string;
  title: string;
  /** Sends the file; resolves with the server's ImportResult, reporting a job's progress. */
  upload: (
    file: File,
    mode: ImportMode,
    onProgress: (progress: JobProgress) => void,
  ) => Promise<ImportResult>;
  onImported?: (result: ImportResult) => void;
  disabled?: boolean;
}

/** A refused all-or-nothing import may carry its ImportResult inside the error body. */
function resultInError(error: unknown): ImportResult | null {
  if (!(error instanceof ApiError) || typeof error.body !== "object" || error.body === null) return null;
  const body = error.body as Record<string, unknown>;
  const inner = (body.error ?? {}) as Record<string, unknown>;
  for (const candidate of [body, body.result, inner.result, inner.details]) {
    if (
      typeof candidate === "object" &&
      candidate !== null &&
      "totalRows" in candidate &&
      "errors" in candidate
    ) {
      return candidate as ImportResult;
    }
  }
  return null;
}

export function ExcelImport({ buttonText, title, upload, onImported, disabled }: ExcelImportProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [isOpen, setIsOpen] = useState(false);
  const [mode, setMode] = useState<ImportMode>("all-or-nothing");
  const [file, setFile] = useState<File | null>(null);
  const [fileList, setFileList] = useState<UploadFile[]>([]);
  const [isUploading, setIsUploading] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [progress, setProgress] = useState<JobProgress | null>(null);

  const reset = () => {
    setFile(null);
    setFileList([]);
    setResult(null);
    setFailure(null);
  };

  const start = async () => {
    if (!file) return;
    setIsUploading(true);
    setResult(null);
    setFailure(null);
    setProgress(null);
    try {
      const imported = await upload(file, mode, setProgress);
      setResult(imported);
      if (imported.importedRows > 0) onImported?.(imported);
      if (imported.errors.length === 0 && imported.warnings.length === 0)
        message.success(t("import.succeeded", { count: imported.importedRows }));
    } catch (error) {
      const refused = resultInError(error);
      if (refused) setResult(refused);
      else setFailure(errorText(error));
    } finally {
      setIsUploading(false);
      setProgress(null);
    }
  };

  const downloadReport = async (reportId: string) => {
    try {
      await downloadFile(
        `/api/imports/${encodeURIComponent(reportId)}/errors`,
        undefined,
        t("import.reportFileName"),
      );
    } catch (error) {
      message.error(errorText(error));
    }
  };

  return (
    <>
      <Button icon={<UploadOutlined />} disabled={disabled} onClick={() => setIsOpen(true)}>
        {buttonText}
      </Button>
      <Modal
        open={isOpen}
        title={title}
        width={760}
        destroyOnHidden
        onCancel={() => {
          setIsOpen(false);
          reset();
        }}
        afterClose={reset}
        footer={
          <Space>
            <Button
              onClick={() => {
                setIsOpen(false);
              }}
            >
              {t("common.close")}
            </Button>
            <Button type="primary" disabled={!file} loading={isUploading} onClick={() => void start()}>
              {t("import.start")}
            </Button>
          </Space>
        }
      >
        <Flex vertical gap={16}>
          <div>
            <div style={{ marginBottom: 8 }}>{t("import.modeLabel")}</div>
            <Radio.Group
              value={mode}
              onChange={(event) => setMode(event.target.value as ImportMode)}
              options={[
                { value: "all-or-nothing", label: t("import.mode.allOrNothing") },
                { value: "valid-only", label: t("import.mode.validOnly") },
              ]}
            />
          </div>
          <Upload.Dragger
            accept={`.xlsx,${xlsxContentType}`}
            maxCount={1}
            fileList={fileList}
            beforeUpload={(chosen) => {
              setFile(chosen);
              setFileList([{ uid: chosen.uid, name: chosen.name, size: chosen.size, status: "done" }]);
              setResult(null);
              setFailure(null);
              return false;
            }}
            onRemove={() => {
              setFile(null);
              setFileList([]);
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t("import.dropHint")}</p>
            <p className="ant-upload-hint">{t("import.fileHint")}</p>
          </Upload.Dragger>
          {isUploading && progress && (
            <div data-testid="import-progress">
              <div>{t(`import.phase.${progress.phase}`)}</div>
              <Progress
                percent={progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0}
                status="active"
              />
            </div>
          )}
          {failure && <Alert type="error" showIcon title={failure} />}
          {result && (
            <>
              <ImportSummary result={result} mode={mode} />
              {result.errors.length > 0 && (
                <>
                  {result.errorReportId && (
                    <div>
                      <Button onClick={() => void downloadReport(result.errorReportId ?? "")}>
                        {t("import.downloadReport")}
                      </Button>
                    </div>
                  )}
                  <ImportErrorTable errors={result.errors} />
                </>
              )}
              {result.warnings.length > 0 && (
                <Alert
                  type="warning"
                  showIcon
                  data-testid="import-warnings"
                  title={t("import.warnings", { count: result.warnings.length })}
                  description={
                    <Flex vertical gap={8}>
                      <span>{t("import.warningsHint")}</span>
                      <ImportErrorTable errors={result.warnings} />
                    </Flex>
                  }
                />
              )}
            </>
          )}
        </Flex>
      </Modal>
    </>
  );
}
