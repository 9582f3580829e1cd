import { RegistryToolbar } from "../../../components/RegistryToolbar.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import { type ActivityFilterParams, activitiesApi } from "../api.ts";

/** 新建活动 · 导出 (the current filtered list: counts only, no names), each only when permitted. */
export function ActivityToolbar({
  filters,
  onCreate,
}: {
  filters: ActivityFilterParams;
  onCreate: () => void;
}) {
  const { t } = useI18n();
  const canManage = useHasPermission("activities.manage");
  const canExport = useHasPermission("registries.export");
  return (
    <RegistryToolbar
      canCreate={canManage}
      createLabel={t("activities.create")}
      createTestId="activity-create"
      onCreate={onCreate}
      canImport={false}
      downloadTemplate={() => Promise.resolve()}
      importTitle=""
      upload={activitiesApi.importFile}
      onImported={() => undefined}
      canExport={canExport}
      exportTestId="activity-export"
      exportList={() => activitiesApi.exportList(filters, t("activities.excel.exportFileName"))}
    />
  );
}
