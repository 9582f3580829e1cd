import type { PlatformFilters as Filters, Platform, PlatformDetail } from "@xinqiao/shared";
import { Card, Space, Tabs } from "antd";
import { useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { recordPaths } from "../../../components/RecordLink.tsx";
import { useListSearchParams } from "../../../hooks/useListSearchParams.ts";
import { useReturnState } from "../../../hooks/useReturnState.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { platformsApi } from "../api.ts";
import { PlatformFilters } from "../components/PlatformFilters.tsx";
import { PlatformFormDrawer } from "../components/PlatformFormDrawer.tsx";
import { PlatformTable } from "../components/PlatformTable.tsx";
import { PlatformToolbar } from "../components/PlatformToolbar.tsx";
import { StationCoverageView } from "../components/StationCoverageView.tsx";
import { usePlatformBulkActions } from "../hooks/usePlatformBulkActions.ts";
import { usePlatforms } from "../hooks/usePlatforms.ts";
import { platformListSearch } from "../listParams.ts";

/**
 * 服务平台: the register (search, filters, sort and page in the URL; a name opens the platform's
 * page) and the station coverage per district (?tab=coverage), whose counts open the register
 * filtered accordingly. A new platform opens on its page.
 */
export function PlatformListPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const returnState = useReturnState();
  const [params, setParams] = useListSearchParams(platformListSearch);
  const [searchParams, setSearchParams] = useSearchParams();
  const platforms = usePlatforms(params);
  const [form, setForm] = useState<{ open: boolean; platform: PlatformDetail | null }>({
    open: false,
    platform: null,
  });

  const tab = searchParams.get("tab") === "coverage" ? "coverage" : "list";
  const setTab = (key: string) =>
    setSearchParams((current) => {
      const next = new URLSearchParams(current);
      if (key === "coverage") next.set("tab", "coverage");
      else next.delete("tab");
      return next;
    });
  const { page: _page, pageSize, sort, ...filters } = params;
  const bulk = usePlatformBulkActions(filters);
  const editFromList = async (platform: Platform) =>
    setForm({ open: true, platform: await platformsApi.get(platform.id) });

  return (
    <>
      <PageHeader
        title={t("platforms.title")}
        description={t("platforms.description")}
        extra={<PlatformToolbar filters={filters} onCreate={() => setForm({ open: true, platform: null })} />}
      />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: "list",
              label: t("platforms.tab.list"),
              children: (
                <Space orientation="vertical" size={16} style={{ width: "100%" }}>
                  <PlatformFilters
                    value={filters}
                    onChange={(next: Filters) => setParams({ ...next, page: 1, pageSize, sort })}
                  />
                  <PlatformTable
                    data={platforms.data}
                    isLoading={platforms.isFetching}
                    sort={sort}
                    bulk={bulk}
                    onChange={(change) => setParams({ ...filters, ...change })}
                    onEdit={(platform) => void editFromList(platform)}
                  />
                </Space>
              ),
            },
            {
              key: "coverage",
              label: t("platforms.tab.coverage"),
              children: (
                <StationCoverageView
                  onShowStations={({ regionCode, belowStandard }) =>
                    setParams(
                      {
                        page: 1,
                        pageSize,
                        isActive: "true",
                        kind: "station",
                        status: "operating",
                        regionCode,
                        belowStandard,
                      },
                      { others: { tab: null }, push: true },
                    )
                  }
                />
              ),
            },
          ]}
        />
      </Card>
      <PlatformFormDrawer
        open={form.open}
        platform={form.platform}
        onClose={() => setForm((current) => ({ ...current, open: false }))}
        onSaved={(id) => {
          if (form.platform === null) navigate(recordPaths.platform(id), { state: returnState });
        }}
      />
    </>
  );
}
