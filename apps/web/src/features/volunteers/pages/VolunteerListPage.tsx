import { Card, Space } from "antd";
import { useState } from "react";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { useListSearchParams } from "../../../hooks/useListSearchParams.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import type { VolunteerFilterParams } from "../api.ts";
import { VolunteerFilters } from "../components/VolunteerFilters.tsx";
import { VolunteerFormDrawer } from "../components/VolunteerFormDrawer.tsx";
import { VolunteerTable } from "../components/VolunteerTable.tsx";
import { VolunteerToolbar } from "../components/VolunteerToolbar.tsx";
import { useVolunteerBulkActions } from "../hooks/useBulkActions.ts";
import { useVolunteerList } from "../hooks/useVolunteers.ts";
import { volunteerListSearch } from "../listParams.ts";

/** 志愿者: the register with server-side paging, filters, quick search and Excel. */
export function VolunteerListPage() {
  const { t } = useI18n();
  const [params, update] = useListSearchParams(volunteerListSearch);
  const volunteers = useVolunteerList(params);
  const [isCreating, setIsCreating] = useState(false);
  const { page: _page, pageSize, sort, ...filters } = params;
  const bulk = useVolunteerBulkActions(filters);

  return (
    <>
      <PageHeader
        title={t("volunteers.title")}
        description={t("volunteers.description")}
        extra={<VolunteerToolbar filters={filters} onCreate={() => setIsCreating(true)} />}
      />
      <Card>
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <VolunteerFilters
            value={filters}
            onChange={(next: VolunteerFilterParams) => update({ ...next, page: 1, pageSize, sort })}
          />
          <VolunteerTable
            data={volunteers.data}
            isLoading={volunteers.isFetching}
            sort={sort}
            bulk={bulk}
            onChange={(change) => update({ ...filters, ...change })}
          />
        </Space>
      </Card>
      <VolunteerFormDrawer open={isCreating} volunteer={null} onClose={() => setIsCreating(false)} />
    </>
  );
}
