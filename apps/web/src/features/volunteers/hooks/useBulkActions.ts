import { useQueryClient } from "@tanstack/react-query";
import type { BulkActionsOption } from "../../../components/RegistryTable.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import { teamKeys, teamsApi, volunteerKeys, volunteersApi } from "../api.ts";

/**
 * What the lists offer for their chosen rows: 导出所选 with the export permission (in full only
 * with personal.export, volunteers only: teams hold no personal data), 停用 / 启用 with
 * volunteers.manage. A change refreshes volunteers and teams (member counts follow).
 */
function useBulkOptions(filters: object) {
  const queryClient = useQueryClient();
  const canManage = useHasPermission("volunteers.manage");
  const canExport = useHasPermission("registries.export");
  const onChanged = () =>
    void Promise.all([
      queryClient.invalidateQueries({ queryKey: volunteerKeys.all }),
      queryClient.invalidateQueries({ queryKey: teamKeys.all }),
    ]);
  return { filters, canManage, canExport, onChanged };
}

export function useVolunteerBulkActions(filters: object): BulkActionsOption {
  const { t } = useI18n();
  const { canManage, canExport, ...option } = useBulkOptions(filters);
  const canExportUnmasked = useHasPermission("personal.export");
  return {
    ...option,
    exportSelected: canExport
      ? (ids, options) => volunteersApi.exportSelected(ids, t("volunteers.excel.exportFileName"), options)
      : undefined,
    canExportUnmasked,
    setActive: canManage ? volunteersApi.setActiveMany : undefined,
  };
}

export function useTeamBulkActions(filters: object): BulkActionsOption {
  const { t } = useI18n();
  const { canManage, canExport, ...option } = useBulkOptions(filters);
  return {
    ...option,
    exportSelected: canExport
      ? (ids) => teamsApi.exportSelected(ids, t("volunteers.excel.teamsFileName"))
      : undefined,
    setActive: canManage ? teamsApi.setActiveMany : undefined,
  };
}
