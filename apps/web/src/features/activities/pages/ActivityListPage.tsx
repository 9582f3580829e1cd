import { Card, Space } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { useListSearchParams } from "../../../hooks/useListSearchParams.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import type { ActivityFilterParams } from "../api.ts";
import { ActivityFilters } from "../components/ActivityFilters.tsx";
import { ActivityFormDrawer } from "../components/ActivityFormDrawer.tsx";
import { ActivityTable } from "../components/ActivityTable.tsx";
import { ActivityToolbar } from "../components/ActivityToolbar.tsx";
import { useActivityList } from "../hooks/useActivities.ts";
import { activityListSearch } from "../listParams.ts";

/** 活动: the list with server-side paging, filters, search and export; a new activity opens on its page. */
export function ActivityListPage() {
  const { t } = useI18n();
  const [params, update] = useListSearchParams(activityListSearch);
  const activities = useActivityList(params);
  const navigate = useNavigate();
  const [isCreating, setIsCreating] = useState(false);
  const { page: _page, pageSize, sort, ...filters } = params;
  return (
    <>
      <PageHeader
        title={t("activities.title")}
        description={t("activities.description")}
        extra={<ActivityToolbar filters={filters} onCreate={() => setIsCreating(true)} />}
      />
      <Card>
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <ActivityFilters
            value={filters}
            onChange={(next: ActivityFilterParams) => update({ ...next, page: 1, pageSize, sort })}
          />
          <ActivityTable
            data={activities.data}
            isLoading={activities.isFetching}
            sort={sort}
            onChange={(change) => update({ ...filters, ...change })}
          />
        </Space>
      </Card>
      <ActivityFormDrawer
        open={isCreating}
        activity={null}
        onClose={() => setIsCreating(false)}
        onSaved={(created) => navigate(`/activities/${created.id}`)}
      />
    </>
  );
}
