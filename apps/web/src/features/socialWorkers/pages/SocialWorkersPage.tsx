import type { SocialWorkerFilters as Filters, SocialWorker, SocialWorkerDetail } from "@xinqiao/shared";
import { Card, Space } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { useListSearchParams } from "../../../hooks/useListSearchParams.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import { socialWorkersApi } from "../api.ts";
import { SocialWorkerDetailDrawer } from "../components/SocialWorkerDetailDrawer.tsx";
import { SocialWorkerFilters } from "../components/SocialWorkerFilters.tsx";
import { SocialWorkerFormDrawer } from "../components/SocialWorkerFormDrawer.tsx";
import { SocialWorkerTable } from "../components/SocialWorkerTable.tsx";
import { SocialWorkerToolbar } from "../components/SocialWorkerToolbar.tsx";
import { useSocialWorkers } from "../hooks/useSocialWorkers.ts";
import { workerListSearch } from "../listParams.ts";

/**
 * 社会工作者: the filtered, paged register; its search, filters, sort and page and the open
 * worker's drawer (?worker=12) are in the address, so they can be linked and survive a reload.
 */
export default function SocialWorkersPage() {
  const { t } = useI18n();
  const canManage = useHasPermission("workers.manage");
  const [params, setParams] = useListSearchParams(workerListSearch);
  const [searchParams, setSearchParams] = useSearchParams();
  const workers = useSocialWorkers(params);
  const [form, setForm] = useState<{ open: boolean; worker: SocialWorkerDetail | null }>({
    open: false,
    worker: null,
  });

  const openId = Number(searchParams.get("worker")) || null;
  const openWorker = (id: number | null) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id === null) next.delete("worker");
        else next.set("worker", String(id));
        return next;
      },
      { replace: id === null },
    );
  const { page: _page, pageSize, sort, ...filters } = params;
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
            onChange={(change) => setParams({ ...filters, ...change })}
            onOpen={(worker) => openWorker(worker.id)}
            onEdit={(worker) => void editFromList(worker)}
          />
        </Space>
      </Card>
      <SocialWorkerDetailDrawer
        workerId={openId}
        onClose={() => openWorker(null)}
        onEdit={(worker) => setForm({ open: true, worker })}
      />
      <SocialWorkerFormDrawer
        open={form.open}
        worker={form.worker}
        onClose={() => setForm((current) => ({ ...current, open: false }))}
      />
    </>
  );
}
