import { ReloadOutlined } from "@ant-design/icons";
import { Button, Card, Input, Select, Space } from "antd";
import { useState } from "react";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { RegionTreeSelect } from "../../../components/RegionTreeSelect.tsx";
import { useListSearchParams } from "../../../hooks/useListSearchParams.ts";
import { useSearchText } from "../../../hooks/useSearchText.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { TeamFormDrawer } from "../components/TeamFormDrawer.tsx";
import { TeamTable } from "../components/TeamTable.tsx";
import { TeamToolbar } from "../components/TeamToolbar.tsx";
import { useTeamList } from "../hooks/useVolunteerTeams.ts";
import { teamListSearch } from "../listParams.ts";

/** 志愿服务队: the team register; state in the URL like the volunteers list. */
export function TeamListPage() {
  const { t } = useI18n();
  const [params, update] = useListSearchParams(teamListSearch);
  const teams = useTeamList(params);
  const [isCreating, setIsCreating] = useState(false);
  const [text, setText] = useSearchText(params.q, (q) => update({ ...params, q, page: 1 }));

  const { page: _page, pageSize, sort, ...filters } = params;

  return (
    <>
      <PageHeader
        title={t("volunteers.teams.title")}
        description={t("volunteers.teams.description")}
        extra={<TeamToolbar filters={filters} onCreate={() => setIsCreating(true)} />}
      />
      <Card>
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <Space wrap size={[12, 12]}>
            <Input.Search
              allowClear
              maxLength={50}
              value={text}
              onChange={(event) => setText(event.target.value)}
              placeholder={t("volunteers.teams.searchPlaceholder")}
              style={{ width: 260 }}
              data-testid="team-search"
            />
            <div style={{ width: 200 }}>
              <RegionTreeSelect
                value={params.regionCode ?? null}
                onChange={(regionCode) => update({ ...params, regionCode: regionCode ?? undefined, page: 1 })}
                placeholder={t("volunteers.filter.region")}
              />
            </div>
            <Select<"true" | "false">
              allowClear
              placeholder={t("volunteers.filter.status")}
              value={params.isActive}
              onChange={(isActive) => update({ ...params, isActive, page: 1 })}
              options={[
                { value: "true", label: t("volunteers.active") },
                { value: "false", label: t("volunteers.inactive") },
              ]}
              style={{ width: 120 }}
            />
            <Button
              icon={<ReloadOutlined />}
              onClick={() => {
                setText("");
                update({ page: 1, pageSize });
              }}
            >
              {t("volunteers.filter.reset")}
            </Button>
          </Space>
          <TeamTable
            data={teams.data}
            isLoading={teams.isFetching}
            sort={sort}
            onChange={(change) => update({ ...filters, ...change })}
          />
        </Space>
      </Card>
      <TeamFormDrawer open={isCreating} team={null} onClose={() => setIsCreating(false)} />
    </>
  );
}
