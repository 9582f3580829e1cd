import { RegistryToolbar } from "../../../components/RegistryToolbar.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import { type ClientFilterParams, clientsApi } from "../api.ts";

/** 新增服务对象 · 导出 (the current filtered list), each only when permitted; no template or import yet. */
export function ClientToolbar({ filters, onCreate }: { filters: ClientFilterParams; onCreate: () => void }) {
  const { t } = useI18n();
  const canManage = useHasPermission("clients.manage");
  const canExport = useHasPermission("registries.export");
  const canExportUnmasked = useHasPermission("personal.export");
  const fileName = t("clients.excel.exportFileName");

  return (
    <RegistryToolbar
      canCreate={canManage}
      createLabel={t("clients.create")}
      createTestId="client-create"
      onCreate={onCreate}
      canImport={false}
      downloadTemplate={() => Promise.resolve()}
      importTitle=""
      upload={clientsApi.importFile}
      onImported={() => undefined}
      canExport={canExport}
      exportTestId="client-export"
      exportList={() => clientsApi.exportList(filters, fileName)}
      exportUnmasked={
        canExportUnmasked ? () => clientsApi.exportList(filters, fileName, { unmasked: true }) : undefined
      }
    />
  );
}
