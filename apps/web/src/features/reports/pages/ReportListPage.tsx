import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Space } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { useListSearchParams } from "../../../hooks/useListSearchParams.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import type { ReportFilterParams } from "../api.ts";
import { ReportCreateDrawer } from "../components/ReportCreateDrawer.tsx";
import { ReportFilters } from "../components/ReportFilters.tsx";
import { ReportTable } from "../components/ReportTable.tsx";
import { useReportList } from "../hooks.ts";
import { reportListSearch } from "../listParams.ts";

/** 定期报表: the reports of the scope, filtered by kind, status and district; 新建报表 for preparers. */
export function ReportListPage() {
  const { t } = useI18n();
  const [params, update] = useListSearchParams(reportListSearch);
  const reports = useReportList(params);
  const navigate = useNavigate();
  const canPrepare = useHasPermission("reports.prepare");
  const [isCreating, setIsCreating] = useState(false);
  const { page: _page, pageSize, sort, ...filters } = params;
  return (
    <>
      <PageHeader
        title={t("reports.title")}
        description={t("reports.description")}
        extra={
          canPrepare && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setIsCreating(true)}
              data-testid="report-create"
            >
              {t("reports.create")}
            </Button>
          )
        }
      />
      <Card>
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <ReportFilters
            value={filters}
            onChange={(next: ReportFilterParams) => update({ ...next, page: 1, pageSize, sort })}
          />
          <ReportTable
            data={reports.data}
            isLoading={reports.isFetching}
            sort={sort}
            onChange={(change) => update({ ...filters, ...change })}
          />
        </Space>
      </Card>
      <ReportCreateDrawer
        open={isCreating}
        onClose={() => setIsCreating(false)}
        onCreated={(report) => navigate(`/reports/${report.id}`)}
      />
    </>
  );
}
