import { DownloadOutlined, ExportOutlined, PlusOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import type { SocialWorkerFilters } from "@xinqiao/shared";
import { App, Button, Popconfirm, Space } from "antd";
import { useState } from "react";
import { useErrorText } from "../../../api/errorText.ts";
import { ExcelImport } from "../../../components/ExcelImport.tsx";
import { PermissionGate } from "../../../components/PermissionGate.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import {
  downloadSocialWorkersTemplate,
  exportSocialWorkers,
  importSocialWorkers,
  socialWorkerKeys,
} from "../api.ts";

/** New, template, import (upsert by ID number) and export of the current filtered list. */
export function SocialWorkerToolbar({
  filters,
  onCreate,
}: {
  filters: SocialWorkerFilters;
  onCreate: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const mayManage = useHasPermission("workers.manage");
  const [busy, setBusy] = useState<"template" | "export" | "unmasked" | null>(null);

  const run = async (kind: "template" | "export" | "unmasked") => {
    setBusy(kind);
    try {
      if (kind === "template") await downloadSocialWorkersTemplate(t("socialWorkers.templateFileName"));
      else await exportSocialWorkers(filters, kind === "unmasked", t("socialWorkers.exportFileName"));
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space wrap>
      <PermissionGate permission="workers.manage">
        <Button type="primary" icon={<PlusOutlined />} onClick={onCreate} data-testid="social-worker-create">
          {t("socialWorkers.create")}
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
              {t("socialWorkers.downloadTemplate")}
            </Button>
            <ExcelImport
              buttonText={t("socialWorkers.import")}
              title={t("socialWorkers.importTitle")}
              upload={importSocialWorkers}
              onImported={() => void queryClient.invalidateQueries({ queryKey: socialWorkerKeys.all })}
            />
          </>
        )}
      </PermissionGate>
      <PermissionGate permission="registries.export">
        <Button
          icon={<ExportOutlined />}
          loading={busy === "export"}
          onClick={() => void run("export")}
          data-testid="social-worker-export"
        >
          {t("socialWorkers.export")}
        </Button>
        <PermissionGate permission="personal.export">
          <Popconfirm title={t("socialWorkers.exportUnmaskedConfirm")} onConfirm={() => void run("unmasked")}>
            <Button icon={<ExportOutlined />} loading={busy === "unmasked"}>
              {t("socialWorkers.exportUnmasked")}
            </Button>
          </Popconfirm>
        </PermissionGate>
      </PermissionGate>
    </Space>
  );
}
