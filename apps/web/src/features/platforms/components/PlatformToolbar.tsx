import { DownloadOutlined, ExportOutlined, PlusOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import type { PlatformFilters } from "@xinqiao/shared";
import { App, Button, Space } from "antd";
import { useState } from "react";
import { useErrorText } from "../../../api/errorText.ts";
import { ExcelImport } from "../../../components/ExcelImport.tsx";
import { PermissionGate } from "../../../components/PermissionGate.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import { downloadPlatformsTemplate, exportPlatforms, importPlatforms, platformKeys } from "../api.ts";

/** New, template, import (upsert by kind + region + name) and export of the current filtered list. */
export function PlatformToolbar({ filters, onCreate }: { filters: PlatformFilters; onCreate: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const mayManage = useHasPermission("platforms.manage");
  const [busy, setBusy] = useState<"template" | "export" | null>(null);

  const run = async (kind: "template" | "export") => {
    setBusy(kind);
    try {
      if (kind === "template") await downloadPlatformsTemplate(t("platforms.templateFileName"));
      else await exportPlatforms(filters, t("platforms.exportFileName"));
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space wrap>
      <PermissionGate permission="platforms.manage">
        <Button type="primary" icon={<PlusOutlined />} onClick={onCreate} data-testid="platform-create">
          {t("platforms.create")}
        </Button>
      </PermissionGate>
      <PermissionGate permission="registries.import">
        {mayManage && (
          <>
            <Button
              icon={<DownloadOutlined />}
              loading={busy === "template"}
              onClick={() => void run("template")}
            >
              {t("platforms.downloadTemplate")}
            </Button>
            <ExcelImport
              buttonText={t("platforms.import")}
              title={t("platforms.importTitle")}
              upload={importPlatforms}
              onImported={() => void queryClient.invalidateQueries({ queryKey: platformKeys.all })}
            />
          </>
        )}
      </PermissionGate>
      <PermissionGate permission="registries.export">
        <Button
          icon={<ExportOutlined />}
          loading={busy === "export"}
          onClick={() => void run("export")}
          data-testid="platform-export"
        >
          {t("platforms.export")}
        </Button>
      </PermissionGate>
    </Space>
  );
}
