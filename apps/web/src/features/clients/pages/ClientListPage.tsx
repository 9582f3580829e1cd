import { Card, Space } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { useListSearchParams } from "../../../hooks/useListSearchParams.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import type { ClientFilterParams } from "../api.ts";
import { ClientFilters } from "../components/ClientFilters.tsx";
import { ClientFormDrawer } from "../components/ClientFormDrawer.tsx";
import { ClientTable } from "../components/ClientTable.tsx";
import { ClientToolbar } from "../components/ClientToolbar.tsx";
import { useClientBulkActions } from "../hooks/useClientBulkActions.ts";
import { useClientList } from "../hooks/useClients.ts";
import { clientListSearch } from "../listParams.ts";

/**
 * 服务对象: the register with server-side paging, filters, quick search and export. A new client
 * opens on its page, which names any records that may be the same person.
 */
export function ClientListPage() {
  const { t } = useI18n();
  const [params, update] = useListSearchParams(clientListSearch);
  const clients = useClientList(params);
  const navigate = useNavigate();
  const [isCreating, setIsCreating] = useState(false);
  const { page: _page, pageSize, sort, ...filters } = params;
  const bulk = useClientBulkActions(filters);

  return (
    <>
      <PageHeader
        title={t("clients.title")}
        description={t("clients.description")}
        extra={<ClientToolbar filters={filters} onCreate={() => setIsCreating(true)} />}
      />
      <Card>
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <ClientFilters
            value={filters}
            onChange={(next: ClientFilterParams) => update({ ...next, page: 1, pageSize, sort })}
          />
          <ClientTable
            data={clients.data}
            isLoading={clients.isFetching}
            sort={sort}
            bulk={bulk}
            onChange={(change) => update({ ...filters, ...change })}
          />
        </Space>
      </Card>
      <ClientFormDrawer
        open={isCreating}
        client={null}
        onClose={() => setIsCreating(false)}
        onSaved={(created) => navigate(`/clients/${created.id}`)}
      />
    </>
  );
}
