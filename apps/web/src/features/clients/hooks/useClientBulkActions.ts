import { useQueryClient } from "@tanstack/react-query";
import type { BulkActionsOption } from "../../../components/RegistryTable.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import { clientKeys, clientsApi } from "../api.ts";

/**
 * The list's chosen rows: 导出所选 with the export permission (in full only with
 * personal.export), 停用 / 启用 with clients.manage.
 */
export function useClientBulkActions(filters: object): BulkActionsOption {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const canManage = useHasPermission("clients.manage");
  const canExport = useHasPermission("registries.export");
  const canExportUnmasked = useHasPermission("personal.export");
  return {
    filters,
    onChanged: () => void queryClient.invalidateQueries({ queryKey: clientKeys.all }),
    exportSelected: canExport
      ? (ids, options) => clientsApi.exportSelected(ids, t("clients.excel.exportFileName"), options)
      : undefined,
    canExportUnmasked,
    setActive: canManage ? clientsApi.setActiveMany : undefined,
  };
}
