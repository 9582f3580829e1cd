import { Card, Space } from "antd";
import { useState } from "react";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { RegistryToolbar } from "../../../components/RegistryToolbar.tsx";
import { useListSearchParams } from "../../../hooks/useListSearchParams.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import { type ServiceRecordFilterParams, serviceRecordsApi } from "./api.ts";
import { useServiceRecordList } from "./hooks.ts";
import { serviceRecordListSearch } from "./listParams.ts";
import { ServiceRecordDrawer } from "./ServiceRecordDrawer.tsx";
import { ServiceRecordFilters } from "./ServiceRecordFilters.tsx";
import { ServiceRecordFormDrawer } from "./ServiceRecordFormDrawer.tsx";
import { ServiceRecordTable } from "./ServiceRecordTable.tsx";

/**
 * 服务记录: every service the user may see, with filters, export (never the notes), the Excel
 * template and import, and 登记服务 for a standalone service (a case's own are recorded on the
 * case's page). A record opens in a drawer, where its notes are read.
 */
export default function ServiceRecordsPage() {
  const { t } = useI18n();
  const [params, update] = useListSearchParams(serviceRecordListSearch);
  const records = useServiceRecordList(params);
  const [isCreating, setIsCreating] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);
  const canManage = useHasPermission("cases.manage");
  const canImport = useHasPermission("registries.import") && canManage;
  const canExport = useHasPermission("registries.export");
  const { page: _page, pageSize, sort, ...filters } = params;

  return (
    <>
      <PageHeader
        title={t("serviceRecords.title")}
        description={t("serviceRecords.description")}
        extra={
          <RegistryToolbar
            canCreate={canManage}
            createLabel={t("serviceRecords.create")}
            createTestId="service-record-create"
            onCreate={() => setIsCreating(true)}
            canImport={canImport}
            templateTooltip={t("serviceRecords.templateTooltip")}
            downloadTemplate={() =>
              serviceRecordsApi.downloadTemplate(t("serviceRecords.excel.templateFileName"))
            }
            importTitle={t("serviceRecords.importTitle")}
            upload={serviceRecordsApi.importFile}
            onImported={() => void records.refetch()}
            canExport={canExport}
            exportTestId="service-record-export"
            exportList={() => serviceRecordsApi.exportList(filters, t("serviceRecords.excel.exportFileName"))}
          />
        }
      />
      <Card>
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <ServiceRecordFilters
            value={filters}
            onChange={(next: ServiceRecordFilterParams) => update({ ...next, page: 1, pageSize, sort })}
          />
          <ServiceRecordTable
            data={records.data}
            isLoading={records.isFetching}
            sort={sort}
            onChange={(change) => update({ ...filters, ...change })}
            onOpen={setOpenId}
          />
        </Space>
      </Card>
      <ServiceRecordFormDrawer
        open={isCreating}
        onClose={() => setIsCreating(false)}
        onSaved={(saved) => setOpenId(saved.id)}
      />
      <ServiceRecordDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
