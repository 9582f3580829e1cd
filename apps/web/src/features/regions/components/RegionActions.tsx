import { DownloadOutlined, ExportOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import type { Region } from "@xinqiao/shared";
import { App, Button, Space } from "antd";
import { useState } from "react";
import { useErrorText } from "../../../api/errorText.ts";
import { ExcelImport } from "../../../components/ExcelImport.tsx";
import { PermissionGate } from "../../../components/PermissionGate.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { downloadResidentsTemplate, exportRegions, importResidents, regionKeys } from "../api.ts";

/** Template, import and export of the residents of a region's children. */
export function RegionActions({ region }: { region: Region }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<"template" | "export" | null>(null);

  const run = async (kind: "template" | "export") => {
    setBusy(kind);
    try {
      if (kind === "template") {
        await downloadResidentsTemplate(region.code, t("region.templateFileName", { name: region.name }));
      } else {
        await exportRegions(region.code, t("region.exportFileName", { name: region.name }));
      }
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(null);
    }
  };

  if (!region.hasChildren) return null;
  return (
    <Space wrap>
      <PermissionGate permission="regions.residents.edit">
        <Button
          icon={<DownloadOutlined />}
          loading={busy === "template"}
          onClick={() => void run("template")}
        >
          {t("region.downloadTemplate")}
        </Button>
        <ExcelImport
          buttonText={t("region.importResidents")}
          title={t("region.importTitle", { name: region.name })}
          upload={importResidents}
          onImported={() => void queryClient.invalidateQueries({ queryKey: regionKeys.all })}
        />
      </PermissionGate>
      <Button icon={<ExportOutlined />} loading={busy === "export"} onClick={() => void run("export")}>
        {t("region.export")}
      </Button>
    </Space>
  );
}
