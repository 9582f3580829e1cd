import { useQueryClient } from "@tanstack/react-query";
import type { PlatformFilters } from "@xinqiao/shared";
import { RegistryToolbar } from "../../../components/RegistryToolbar.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import { platformKeys, platformsApi } from "../api.ts";

/** New, template, import (upsert by kind + region + name) and export of the current filtered list. */
export function PlatformToolbar({ filters, onCreate }: { filters: PlatformFilters; onCreate: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const mayManage = useHasPermission("platforms.manage");
  const mayImport = useHasPermission("registries.import");
  const mayExport = useHasPermission("registries.export");

  return (
    <RegistryToolbar
      canCreate={mayManage}
      createLabel={t("platforms.create")}
      createTestId="platform-create"
      onCreate={onCreate}
      canImport={mayImport && mayManage}
      downloadTemplate={() => platformsApi.downloadTemplate(t("platforms.templateFileName"))}
      importTitle={t("platforms.importTitle")}
      upload={platformsApi.importFile}
      onImported={() => void queryClient.invalidateQueries({ queryKey: platformKeys.all })}
      canExport={mayExport}
      exportTestId="platform-export"
      exportList={() => platformsApi.exportList(filters, t("platforms.exportFileName"))}
    />
  );
}
