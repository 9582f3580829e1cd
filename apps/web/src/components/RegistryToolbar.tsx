import { DownloadOutlined, ExportOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Space, Tooltip } from "antd";
import type { ComponentProps, ReactNode } from "react";
import { useI18n } from "../i18n/i18nContext.ts";
import { ExcelImport } from "./ExcelImport.tsx";
import { useBusyTask } from "./useBusyTask.ts";

/**
 * A registry list's actions: new, template + import, and export of the current filtered list,
 * each shown only when the caller says the user may use it (the server still checks). Labels
 * default to the common 下载模板 / 导入 / 导出; a registry may name them itself.
 */
export function RegistryToolbar({
  canCreate,
  createLabel,
  createTestId,
  onCreate,
  isCreateLast = false,
  canImport,
  templateLabel,
  templateTooltip,
  downloadTemplate,
  importLabel,
  importTitle,
  upload,
  onImported,
  canExport,
  exportLabel,
  exportTestId,
  exportList,
  exportExtra,
  isExportExtraJoined = false,
}: {
  canCreate: boolean;
  createLabel: string;
  createTestId: string;
  onCreate: () => void;
  /** The new-record button after the Excel actions instead of before them. */
  isCreateLast?: boolean;
  canImport: boolean;
  templateLabel?: string;
  /** Shown on hovering the template button (e.g. how a re-import updates records). */
  templateTooltip?: string;
  downloadTemplate: () => Promise<unknown>;
  importLabel?: string;
  importTitle: string;
  upload: ComponentProps<typeof ExcelImport>["upload"];
  onImported: () => void;
  canExport: boolean;
  exportLabel?: string;
  exportTestId: string;
  exportList: () => Promise<unknown>;
  /** More export actions (e.g. an unmasked export), shown after the export button. */
  exportExtra?: ReactNode;
  /** Joins exportExtra to the export button as one split button. */
  isExportExtraJoined?: boolean;
}) {
  const { t } = useI18n();
  const { busy, run } = useBusyTask<"template" | "export">();

  const templateButton = (
    <Button
      icon={<DownloadOutlined />}
      loading={busy === "template"}
      onClick={() => void run("template", downloadTemplate)}
    >
      {templateLabel ?? t("common.downloadTemplate")}
    </Button>
  );
  const exportButton = (
    <Button
      icon={<ExportOutlined />}
      loading={busy === "export"}
      onClick={() => void run("export", exportList)}
      data-testid={exportTestId}
    >
      {exportLabel ?? t("common.export")}
    </Button>
  );
  const create = canCreate && (
    <Button type="primary" icon={<PlusOutlined />} onClick={onCreate} data-testid={createTestId}>
      {createLabel}
    </Button>
  );

  return (
    <Space wrap>
      {!isCreateLast && create}
      {canImport && (
        <>
          {templateTooltip ? <Tooltip title={templateTooltip}>{templateButton}</Tooltip> : templateButton}
          <ExcelImport
            buttonText={importLabel ?? t("common.import")}
            title={importTitle}
            upload={upload}
            onImported={onImported}
          />
        </>
      )}
      {canExport &&
        (isExportExtraJoined ? (
          <Space.Compact>
            {exportButton}
            {exportExtra}
          </Space.Compact>
        ) : (
          <>
            {exportButton}
            {exportExtra}
          </>
        ))}
      {isCreateLast && create}
    </Space>
  );
}
