import { useQueryClient } from "@tanstack/react-query";
import type { BulkActionsOption } from "../../../components/RegistryTable.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import { socialWorkerKeys, socialWorkersApi } from "../api.ts";

/**
 * What the social worker list offers for its chosen rows: 导出所选 with the export permission (in
 * full, ID numbers and phones, only with personal.export), 停用 / 启用 with workers.manage.
 */
export function useSocialWorkerBulkActions(filters: object): BulkActionsOption {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const canManage = useHasPermission("workers.manage");
  const canExport = useHasPermission("registries.export");
  const canExportUnmasked = useHasPermission("personal.export");
  return {
    filters,
    exportSelected: canExport
      ? (ids, options) => socialWorkersApi.exportSelected(ids, t("socialWorkers.exportFileName"), options)
      : undefined,
    canExportUnmasked,
    setActive: canManage ? socialWorkersApi.setActiveMany : undefined,
    onChanged: () => void queryClient.invalidateQueries({ queryKey: socialWorkerKeys.all }),
  };
}
