import { useQueryClient } from "@tanstack/react-query";
import type { BulkActionsOption } from "../../../components/RegistryTable.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import { socialOrganizationKeys, socialOrganizationsApi } from "../api.ts";

/**
 * What the organization list offers for its chosen rows: 导出所选 with the export permission
 * (masked only: the list holds no personal identifiers), 停用 / 启用 with organizations.manage —
 * overriding a credit code alone does not manage the register.
 */
export function useOrganizationBulkActions(filters: object): BulkActionsOption {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const canManage = useHasPermission("organizations.manage");
  const canExport = useHasPermission("registries.export");
  return {
    filters,
    exportSelected: canExport
      ? (ids) => socialOrganizationsApi.exportSelected(ids, t("socialOrganizations.exportFileName"))
      : undefined,
    setActive: canManage ? socialOrganizationsApi.setActiveMany : undefined,
    onChanged: () => void queryClient.invalidateQueries({ queryKey: socialOrganizationKeys.all }),
  };
}
