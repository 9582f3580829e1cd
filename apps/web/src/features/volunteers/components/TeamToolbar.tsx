import { useQueryClient } from "@tanstack/react-query";
import type { FiltersOf } from "../../../api/registryApi.ts";
import { RegistryToolbar } from "../../../components/RegistryToolbar.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import { type TeamListParams, teamKeys, teamsApi } from "../api.ts";

/** Template, import (upsert by region + name), export of the current filtered list and new, each shown only when permitted. */
export function TeamToolbar({
  filters,
  onCreate,
}: {
  filters: FiltersOf<TeamListParams>;
  onCreate: () => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const canManage = useHasPermission("volunteers.manage");
  const canImport = useHasPermission("registries.import") && canManage;
  const canExport = useHasPermission("registries.export");

  return (
    <RegistryToolbar
      canCreate={canManage}
      createLabel={t("volunteers.teams.create")}
      createTestId="team-create"
      onCreate={onCreate}
      isCreateLast
      canImport={canImport}
      templateLabel={t("volunteers.excel.template")}
      templateTooltip={t("volunteers.teams.reimportNote")}
      downloadTemplate={() => teamsApi.downloadTemplate(t("volunteers.teams.templateFileName"))}
      importLabel={t("volunteers.teams.import")}
      importTitle={t("volunteers.teams.importTitle")}
      upload={teamsApi.importFile}
      onImported={() => void queryClient.invalidateQueries({ queryKey: teamKeys.all })}
      canExport={canExport}
      exportLabel={t("volunteers.excel.export")}
      exportTestId="team-export"
      exportList={() => teamsApi.exportList(filters, t("volunteers.excel.teamsFileName"))}
    />
  );
}
