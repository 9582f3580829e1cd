import { useQueryClient } from "@tanstack/react-query";
import { RegistryToolbar } from "../../../components/RegistryToolbar.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import { teamKeys, type VolunteerFilterParams, volunteerKeys, volunteersApi } from "../api.ts";

/** New, template, import (upsert by ID number) and export of the current filtered list, each shown only when permitted. */
export function VolunteerToolbar({
  filters,
  onCreate,
}: {
  filters: VolunteerFilterParams;
  onCreate: () => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const canManage = useHasPermission("volunteers.manage");
  const canImport = useHasPermission("registries.import") && canManage;
  const canExport = useHasPermission("registries.export");
  const canExportUnmasked = useHasPermission("personal.export");
  const fileName = t("volunteers.excel.exportFileName");

  return (
    <RegistryToolbar
      canCreate={canManage}
      createLabel={t("volunteers.create")}
      createTestId="volunteer-create"
      onCreate={onCreate}
      canImport={canImport}
      templateTooltip={t("volunteers.excel.reimportNote")}
      downloadTemplate={() => volunteersApi.downloadTemplate(t("volunteers.excel.templateFileName"))}
      importTitle={t("volunteers.excel.importTitle")}
      upload={volunteersApi.importFile}
      onImported={() =>
        void Promise.all([
          queryClient.invalidateQueries({ queryKey: volunteerKeys.all }),
          queryClient.invalidateQueries({ queryKey: teamKeys.all }),
        ])
      }
      canExport={canExport}
      exportTestId="volunteer-export"
      exportList={() => volunteersApi.exportList(filters, fileName)}
      exportUnmasked={
        canExportUnmasked ? () => volunteersApi.exportList(filters, fileName, { unmasked: true }) : undefined
      }
    />
  );
}
