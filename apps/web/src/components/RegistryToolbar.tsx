import { DownloadOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Space, Tooltip } from "antd";
import type { ComponentProps, ReactNode } from "react";
import { useI18n } from "../i18n/i18nContext.ts";
import { ExcelImport } from "./ExcelImport.tsx";
import { ExportButton } from "./ExportButton.tsx";
import { useBusyTask } from "./useBusyTask.ts";

/**
 * A registry list's actions, the same words in the same order on every list: 新增… (the primary
 * button, first) · 下载模板 · 导入 · 导出 — each shown only when the caller says the user may use
 * it (the server still checks). 导出 exports the current filtered list, masked; with
 * `exportUnmasked` a joined menu offers the full export after a confirmation.
 */
export function RegistryToolbar({
  canCreate,
  createLabel,
  createTestId,
  onCreate,
  canImport,
  templateTooltip,
  downloadTemplate,
  importTitle,
  upload,
  onImported,
  canExport,
  exportTestId,
  exportList,
  exportUnmasked,
  exportExtra,
}: {
  canCreate: boolean;
  /** 新增<the record>, e.g. 新增志愿者. */
  createLabel: string;
  createTestId: string;
  onCreate: () => void;
  canImport: boolean;
  /** Shown on hovering the template button (e.g. how a re-import updates records). */
  templateTooltip?: string;
  downloadTemplate: () => Promise<unknown>;
  importTitle: string;
  upload: ComponentProps<typeof ExcelImport>["upload"];
  onImported: () => void;
  canExport: boolean;
  exportTestId: string;
  exportList: () => Promise<unknown>;
  /** The full export (ID numbers, phones); give it only when the user holds personal.export. */
  exportUnmasked?: () => Promise<unknown>;
  /** Other export actions after the export button; prefer `exportUnmasked` for the full export. */
  exportExtra?: ReactNode;
}) {
  const { t } = useI18n();
  const { busy, run } = useBusyTask<"template">();

  const templateButton = (
    <Button
      icon={<DownloadOutlined />}
      loading={busy === "template"}
      onClick={() => void run("template", downloadTemplate)}
    >
      {t("common.downloadTemplate")}
    </Button>
  );

  return (
    <Space wrap>
      {canCreate && (
        <Button type="primary" icon={<PlusOutlined />} onClick={onCreate} data-testid={createTestId}>
          {createLabel}
        </Button>
      )}
      {canImport && (
        <>
          {templateTooltip ? <Tooltip title={templateTooltip}>{templateButton}</Tooltip> : templateButton}
          <ExcelImport
            buttonText={t("common.import")}
            title={importTitle}
            upload={upload}
            onImported={onImported}
          />
        </>
      )}
      {canExport && (
        <>
          <ExportButton
            label={t("common.export")}
            unmaskedLabel={t("common.exportUnmasked")}
            onExport={({ unmasked }) => (unmasked && exportUnmasked ? exportUnmasked() : exportList())}
            canExportUnmasked={Boolean(exportUnmasked)}
            testId={exportTestId}
          />
          {exportExtra}
        </>
      )}
    </Space>
  );
}
