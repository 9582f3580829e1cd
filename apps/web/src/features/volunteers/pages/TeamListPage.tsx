import { Card, Space } from "antd";
import { useState } from "react";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { useListSearchParams } from "../../../hooks/useListSearchParams.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { TeamFilters } from "../components/TeamFilters.tsx";
import { TeamFormDrawer } from "../components/TeamFormDrawer.tsx";
import { TeamTable } from "../components/TeamTable.tsx";
import { TeamToolbar } from "../components/TeamToolbar.tsx";
import { useTeamBulkActions } from "../hooks/useBulkActions.ts";
import { useTeamList } from "../hooks/useVolunteerTeams.ts";
import { teamListSearch } from "../listParams.ts";

/** 志愿服务队: the team register; state in the URL like the volunteers list. */
export function TeamListPage() {
  const { t } = useI18n();
  const [params, update] = useListSearchParams(teamListSearch);
  const teams = useTeamList(params);
  const [isCreating, setIsCreating] = useState(false);
  const { page: _page, pageSize, sort, ...filters } = params;
  const bulk = useTeamBulkActions(filters);

  return (
    <>
      <PageHeader
        title={t("volunteers.teams.title")}
        description={t("volunteers.teams.description")}
        extra={<TeamToolbar filters={filters} onCreate={() => setIsCreating(true)} />}
      />
      <Card>
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <TeamFilters value={filters} onChange={(next) => update({ ...next, page: 1, pageSize, sort })} />
          <TeamTable
            data={teams.data}
            isLoading={teams.isFetching}
            sort={sort}
            bulk={bulk}
            onChange={(change) => update({ ...filters, ...change })}
          />
        </Space>
      </Card>
      <TeamFormDrawer open={isCreating} team={null} onClose={() => setIsCreating(false)} />
    </>
  );
}
