import { Card, Space } from "antd";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { RegistryToolbar } from "../../../components/RegistryToolbar.tsx";
import { useListSearchParams } from "../../../hooks/useListSearchParams.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import { type CaseFilterParams, casesApi } from "./api.ts";
import { CaseFilters } from "./CaseFilters.tsx";
import { CaseloadCard } from "./CaseloadCard.tsx";
import { CaseTable } from "./CaseTable.tsx";
import { useCaseList } from "./hooks.ts";
import { caseListSearch } from "./listParams.ts";

/** 个案: the cases the user may see; a case is opened from a need (需求 → 分流 → 开案). */
export function CaseListPage() {
  const { t } = useI18n();
  const [params, update] = useListSearchParams(caseListSearch);
  const cases = useCaseList(params);
  const canExport = useHasPermission("registries.export");
  // Station heads, supervisors and officers give cases out: they see who carries how many.
  const seesCaseload = useHasPermission("cases.assign");
  const { page: _page, pageSize, sort, ...filters } = params;
  return (
    <>
      <PageHeader
        title={t("cases.title")}
        description={t("cases.description")}
        extra={
          <RegistryToolbar
            canCreate={false}
            createLabel=""
            createTestId="case-create"
            onCreate={() => undefined}
            canImport={false}
            downloadTemplate={() => Promise.resolve()}
            importTitle=""
            upload={() => Promise.reject(new Error("no import"))}
            onImported={() => undefined}
            canExport={canExport}
            exportTestId="case-export"
            exportList={() => casesApi.exportList(filters, t("cases.excel.exportFileName"))}
          />
        }
      />
      <Card>
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <CaseFilters
            value={filters}
            onChange={(next: CaseFilterParams) => update({ ...next, page: 1, pageSize, sort })}
          />
          <CaseTable
            data={cases.data}
            isLoading={cases.isFetching}
            sort={sort}
            onChange={(change) => update({ ...filters, ...change })}
          />
        </Space>
      </Card>
      {seesCaseload && (
        <div style={{ marginTop: 16 }}>
          <CaseloadCard regionCode={filters.regionCode} />
        </div>
      )}
    </>
  );
}
