import type { PlatformFilters as Filters, Platform, PlatformDetail } from "@xinqiao/shared";
import { Card, Space, Tabs } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { useListSearchParams } from "../../../hooks/useListSearchParams.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { platformsApi } from "../api.ts";
import { PlatformDetailDrawer } from "../components/PlatformDetailDrawer.tsx";
import { PlatformFilters } from "../components/PlatformFilters.tsx";
import { PlatformFormDrawer } from "../components/PlatformFormDrawer.tsx";
import { PlatformTable } from "../components/PlatformTable.tsx";
import { PlatformToolbar } from "../components/PlatformToolbar.tsx";
import { StationCoverageView } from "../components/StationCoverageView.tsx";
import { usePlatforms } from "../hooks/usePlatforms.ts";
import { platformListSearch } from "../listParams.ts";

/**
 * 服务平台: the register (search, filters, sort and page in the URL; detail drawer at
 * ?platform=12) and the station coverage per district (?tab=coverage), whose counts open the
 * register filtered accordingly.
 */
export default function PlatformsPage() {
  const { t } = useI18n();
  const [params, setParams] = useListSearchParams(platformListSearch);
  const [searchParams, setSearchParams] = useSearchParams();
  const platforms = usePlatforms(params);
  const [form, setForm] = useState<{ open: boolean; platform: PlatformDetail | null }>({
    open: false,
    platform: null,
  });

  const tab = searchParams.get("tab") === "coverage" ? "coverage" : "list";
  const openId = Number(searchParams.get("platform")) || null;
  const setSearch = (changes: Record<string, string | null>, replace = false) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace },
    );
  const openPlatform = (id: number | null) =>
    setSearch({ platform: id === null ? null : String(id) }, id === null);
  const { page: _page, pageSize, sort, ...filters } = params;
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
          onChange={(key) => setSearch({ tab: key === "coverage" ? "coverage" : null })}
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
                    onChange={(change) => setParams({ ...filters, ...change })}
                    onOpen={(platform) => openPlatform(platform.id)}
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
      <PlatformDetailDrawer
        platformId={openId}
        onClose={() => openPlatform(null)}
        onEdit={(platform) => setForm({ open: true, platform })}
      />
      <PlatformFormDrawer
        open={form.open}
        platform={form.platform}
        onClose={() => setForm((current) => ({ ...current, open: false }))}
        onSaved={(id) => openPlatform(id)}
      />
    </>
  );
}
