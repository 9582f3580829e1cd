import { DownloadOutlined, ExportOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Space } from "antd";
import type { ComponentProps, ReactNode } from "react";
import { useI18n } from "../i18n/i18nContext.ts";
import { ExcelImport } from "./ExcelImport.tsx";
import { useBusyTask } from "./useBusyTask.ts";

/**
 * A registry list's actions: new, template + import, and export of the current filtered list,
 * each shown only when the caller says the user may use it (the server still checks).
 */
export function RegistryToolbar({
  canCreate,
  createLabel,
  createTestId,
  onCreate,
  canImport,
  downloadTemplate,
  importTitle,
  upload,
  onImported,
  canExport,
  exportTestId,
  exportList,
  exportExtra,
}: {
  canCreate: boolean;
  createLabel: string;
  createTestId: string;
  onCreate: () => void;
  canImport: boolean;
  downloadTemplate: () => Promise<unknown>;
  importTitle: string;
  upload: ComponentProps<typeof ExcelImport>["upload"];
  onImported: () => void;
  canExport: boolean;
  exportTestId: string;
  exportList: () => Promise<unknown>;
  /** More export actions (e.g. an unmasked export), shown after the export button. */
  exportExtra?: ReactNode;
}) {
  const { t } = useI18n();
  const { busy, run } = useBusyTask<"template" | "export">();

  return (
    <Space wrap>
      {canCreate && (
        <Button type="primary" icon={<PlusOutlined />} onClick={onCreate} data-testid={createTestId}>
          {createLabel}
        </Button>
      )}
      {canImport && (
        <>
          <Button
            icon={<DownloadOutlined />}
            loading={busy === "template"}
            onClick={() => void run("template", downloadTemplate)}
          >
            {t("common.downloadTemplate")}
          </Button>
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
          <Button
            icon={<ExportOutlined />}
            loading={busy === "export"}
            onClick={() => void run("export", exportList)}
            data-testid={exportTestId}
          >
            {t("common.export")}
          </Button>
          {exportExtra}
        </>
      )}
    </Space>
  );
}
