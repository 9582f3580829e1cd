import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Space } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { useListSearchParams } from "../../../hooks/useListSearchParams.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import type { ProjectFilterParams } from "../api.ts";
import { FundingSummaryCard } from "../components/FundingSummaryCard.tsx";
import { ProjectFilters } from "../components/ProjectFilters.tsx";
import { ProjectFormDrawer } from "../components/ProjectFormDrawer.tsx";
import { ProjectTable } from "../components/ProjectTable.tsx";
import { useFundingSummary, useProjectList } from "../hooks/useProjects.ts";
import { projectListSearch } from "../listParams.ts";

/** 项目与资金: the list with server-side paging, filters and search; the region's funding above it. */
export function ProjectListPage() {
  const { t } = useI18n();
  const [params, update] = useListSearchParams(projectListSearch);
  const projects = useProjectList(params);
  const { page: _page, pageSize, sort, ...filters } = params;
  const summary = useFundingSummary(filters.regionCode);
  const canManage = useHasPermission("projects.manage");
  const navigate = useNavigate();
  const [isCreating, setIsCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t("projects.title")}
        description={t("projects.description")}
        extra={
          canManage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setIsCreating(true)}
              data-testid="project-create"
            >
              {t("projects.create")}
            </Button>
          )
        }
      />
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        <FundingSummaryCard summary={summary.data} />
        <Card>
          <Space orientation="vertical" size={16} style={{ width: "100%" }}>
            <ProjectFilters
              value={filters}
              onChange={(next: ProjectFilterParams) => update({ ...next, page: 1, pageSize, sort })}
            />
            <ProjectTable
              data={projects.data}
              isLoading={projects.isFetching}
              sort={sort}
              onChange={(change) => update({ ...filters, ...change })}
            />
          </Space>
        </Card>
      </Space>
      <ProjectFormDrawer
        open={isCreating}
        onClose={() => setIsCreating(false)}
        onSaved={(created) => navigate(`/projects/${created.id}`)}
      />
    </>
  );
}
