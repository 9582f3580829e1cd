import { useQueryClient } from "@tanstack/react-query";
import type { BulkActionsOption } from "../../../components/RegistryTable.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import { platformKeys, platformsApi } from "../api.ts";

/**
 * What the platform list offers for its chosen rows: 导出所选 with the export permission (masked
 * only: platforms hold no personal data), 停用 / 启用 with platforms.manage. A change refreshes
 * the platforms, their pages and the station coverage.
 */
export function usePlatformBulkActions(filters: object): BulkActionsOption {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const canManage = useHasPermission("platforms.manage");
  const canExport = useHasPermission("registries.export");
  return {
    filters,
    exportSelected: canExport
      ? (ids) => platformsApi.exportSelected(ids, t("platforms.exportFileName"))
      : undefined,
    setActive: canManage ? platformsApi.setActiveMany : undefined,
    onChanged: () => void queryClient.invalidateQueries({ queryKey: platformKeys.all }),
  };
}
