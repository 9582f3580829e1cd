import type { SocialWorkerFilters as Filters, SocialWorker, SocialWorkerDetail } from "@xinqiao/shared";
import { Card, Space } from "antd";
import { useState } from "react";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { useListSearchParams } from "../../../hooks/useListSearchParams.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import { socialWorkersApi } from "../api.ts";
import { SocialWorkerFilters } from "../components/SocialWorkerFilters.tsx";
import { SocialWorkerFormDrawer } from "../components/SocialWorkerFormDrawer.tsx";
import { SocialWorkerTable } from "../components/SocialWorkerTable.tsx";
import { SocialWorkerToolbar } from "../components/SocialWorkerToolbar.tsx";
import { useSocialWorkerBulkActions } from "../hooks/useSocialWorkerBulkActions.ts";
import { useSocialWorkers } from "../hooks/useSocialWorkers.ts";
import { workerListSearch } from "../listParams.ts";

/**
 * 社会工作者: the filtered, paged register; its search, filters, sort and page are in the
 * address, so they can be linked and survive a reload. A name opens the worker's page.
 */
export function SocialWorkerListPage() {
  const { t } = useI18n();
  const canManage = useHasPermission("workers.manage");
  const [params, setParams] = useListSearchParams(workerListSearch);
  const workers = useSocialWorkers(params);
  const [form, setForm] = useState<{ open: boolean; worker: SocialWorkerDetail | null }>({
    open: false,
    worker: null,
  });

  const { page: _page, pageSize, sort, ...filters } = params;
  const bulk = useSocialWorkerBulkActions(filters);
  const editFromList = async (worker: SocialWorker) =>
    setForm({ open: true, worker: await socialWorkersApi.get(worker.id) });

  return (
    <>
      <PageHeader
        title={t("socialWorkers.title")}
        description={t("socialWorkers.description")}
        extra={
          <SocialWorkerToolbar filters={filters} onCreate={() => setForm({ open: true, worker: null })} />
        }
      />
      <Card>
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <SocialWorkerFilters
            value={filters}
            onChange={(next: Filters) => setParams({ ...next, page: 1, pageSize, sort })}
          />
          <SocialWorkerTable
            data={workers.data}
            isLoading={workers.isFetching}
            sort={sort}
            canManage={canManage}
            bulk={bulk}
            onChange={(change) => setParams({ ...filters, ...change })}
            onEdit={(worker) => void editFromList(worker)}
          />
        </Space>
      </Card>
      <SocialWorkerFormDrawer
        open={form.open}
        worker={form.worker}
        onClose={() => setForm((current) => ({ ...current, open: false }))}
      />
    </>
  );
}
