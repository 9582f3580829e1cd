import { useQueryClient } from "@tanstack/react-query";
import type { FiltersOf } from "../../../api/registryApi.ts";
import { RegistryToolbar } from "../../../components/RegistryToolbar.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import { type TeamListParams, teamKeys, teamsApi } from "../api.ts";

/** New, template, import (upsert by region + name) and export of the current filtered list, each shown only when permitted. */
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
      canImport={canImport}
      templateTooltip={t("volunteers.teams.reimportNote")}
      downloadTemplate={() => teamsApi.downloadTemplate(t("volunteers.teams.templateFileName"))}
      importTitle={t("volunteers.teams.importTitle")}
      upload={teamsApi.importFile}
      onImported={() => void queryClient.invalidateQueries({ queryKey: teamKeys.all })}
      canExport={canExport}
      exportTestId="team-export"
      exportList={() => teamsApi.exportList(filters, t("volunteers.excel.teamsFileName"))}
    />
  );
}
