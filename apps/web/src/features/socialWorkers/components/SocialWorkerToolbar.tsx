import { ExportOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import type { SocialWorkerFilters } from "@xinqiao/shared";
import { Button, Popconfirm } from "antd";
import { PermissionGate } from "../../../components/PermissionGate.tsx";
import { RegistryToolbar } from "../../../components/RegistryToolbar.tsx";
import { useBusyTask } from "../../../components/useBusyTask.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import { socialWorkerKeys, socialWorkersApi } from "../api.ts";

/** New, template, import (upsert by ID number) and export of the current filtered list. */
export function SocialWorkerToolbar({
  filters,
  onCreate,
}: {
  filters: SocialWorkerFilters;
  onCreate: () => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const mayManage = useHasPermission("workers.manage");
  const mayImport = useHasPermission("registries.import");
  const mayExport = useHasPermission("registries.export");
  const { busy, run } = useBusyTask<"unmasked">();

  return (
    <RegistryToolbar
      canCreate={mayManage}
      createLabel={t("socialWorkers.create")}
      createTestId="social-worker-create"
      onCreate={onCreate}
      canImport={mayImport && mayManage}
      downloadTemplate={() => socialWorkersApi.downloadTemplate(t("socialWorkers.templateFileName"))}
      importTitle={t("socialWorkers.importTitle")}
      upload={socialWorkersApi.importFile}
      onImported={() => void queryClient.invalidateQueries({ queryKey: socialWorkerKeys.all })}
      canExport={mayExport}
      exportTestId="social-worker-export"
      exportList={() => socialWorkersApi.exportList(filters, t("socialWorkers.exportFileName"))}
      exportExtra={
        <PermissionGate permission="personal.export">
          <Popconfirm
            title={t("socialWorkers.exportUnmaskedConfirm")}
            onConfirm={() =>
              void run("unmasked", () =>
                socialWorkersApi.exportList(filters, t("socialWorkers.exportFileName"), { unmasked: true }),
              )
            }
          >
            <Button icon={<ExportOutlined />} loading={busy === "unmasked"}>
              {t("socialWorkers.exportUnmasked")}
            </Button>
          </Popconfirm>
        </PermissionGate>
      }
    />
  );
}
