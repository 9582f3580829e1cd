import { useQueryClient } from "@tanstack/react-query";
import type { SocialWorkerFilters } from "@xinqiao/shared";
import { RegistryToolbar } from "../../../components/RegistryToolbar.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import { socialWorkerKeys, socialWorkersApi } from "../api.ts";

/**
 * New, template, import (upsert by ID number) and export of the current filtered list; with
 * personal.export the full export (ID numbers, phones) from the menu joined to 导出.
 */
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
  const mayExportUnmasked = useHasPermission("personal.export");
  const fileName = t("socialWorkers.exportFileName");

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
      exportList={() => socialWorkersApi.exportList(filters, fileName)}
      exportUnmasked={
        mayExportUnmasked
          ? () => socialWorkersApi.exportList(filters, fileName, { unmasked: true })
          : undefined
      }
    />
  );
}
