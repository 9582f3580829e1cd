import { CopyOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { Button, Space } from "antd";
import { Link } from "react-router";
import { RegistryToolbar } from "../../../components/RegistryToolbar.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import { type ClientFilterParams, clientDuplicateKeys, clientKeys, clientsApi } from "../api.ts";

/**
 * 新增服务对象 · 下载模板 · 导入 · 导出 (the current filtered list), each only when permitted, and
 * the way to the suspected duplicates (疑似重复). An import's suspected duplicates are saved with a
 * warning and join that queue.
 */
export function ClientToolbar({ filters, onCreate }: { filters: ClientFilterParams; onCreate: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const canManage = useHasPermission("clients.manage");
  const canImport = useHasPermission("registries.import") && canManage;
  const canExport = useHasPermission("registries.export");
  const canExportUnmasked = useHasPermission("personal.export");
  const fileName = t("clients.excel.exportFileName");

  return (
    <Space wrap>
      <RegistryToolbar
        canCreate={canManage}
        createLabel={t("clients.create")}
        createTestId="client-create"
        onCreate={onCreate}
        canImport={canImport}
        templateTooltip={t("clients.excel.importNote")}
        downloadTemplate={() => clientsApi.downloadTemplate(t("clients.excel.templateFileName"))}
        importTitle={t("clients.excel.importTitle")}
        upload={clientsApi.importFile}
        onImported={() =>
          void Promise.all([
            queryClient.invalidateQueries({ queryKey: clientKeys.all }),
            queryClient.invalidateQueries({ queryKey: clientDuplicateKeys.all }),
          ])
        }
        canExport={canExport}
        exportTestId="client-export"
        exportList={() => clientsApi.exportList(filters, fileName)}
        exportUnmasked={
          canExportUnmasked ? () => clientsApi.exportList(filters, fileName, { unmasked: true }) : undefined
        }
      />
      <Link to="/clients/duplicates" data-testid="client-duplicates-link">
        <Button icon={<CopyOutlined />}>{t("clients.duplicateQueue.open")}</Button>
      </Link>
    </Space>
  );
}
