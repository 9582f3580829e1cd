import { type Need, needStatuses, needUrgencies, serviceDomains } from "@xinqiao/shared";
import { Card, Select, Space } from "antd";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { RegistryFilters } from "../../../components/RegistryFilters.tsx";
import { RegistryTable } from "../../../components/RegistryTable.tsx";
import { RegistryToolbar } from "../../../components/RegistryToolbar.tsx";
import { ellipsis, ellipsisCell, type RegistryColumn } from "../../../components/registryColumns.tsx";
import { sortOrderOf } from "../../../components/sortOrder.ts";
import { useListSearchParams } from "../../../hooks/useListSearchParams.ts";
import { useReturnState } from "../../../hooks/useReturnState.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import type { NeedFilterParams } from "./api.ts";
import { useNeedList } from "./hooks.ts";
import { needListSearch } from "./listParams.ts";
import { NeedFormDrawer } from "./NeedFormDrawer.tsx";
import { NeedStatusTag, UrgencyTag } from "./NeedTags.tsx";

/** 需求: needs taken in, awaiting triage first by default order (newest first). */
export function NeedListPage() {
  const { t } = useI18n();
  const [params, update] = useListSearchParams(needListSearch);
  const needs = useNeedList(params);
  const navigate = useNavigate();
  const returnState = useReturnState();
  const canManage = useHasPermission("cases.manage");
  const [isCreating, setIsCreating] = useState(false);
  const { page: _page, pageSize, sort, ...filters } = params;
  const statuses = Object.keys(needStatuses) as (keyof typeof needStatuses)[];
  const urgencies = Object.keys(needUrgencies) as (keyof typeof needUrgencies)[];

  const columns: RegistryColumn<Need>[] = [
    {
      title: t("needs.field.client"),
      key: "client",
      width: 140,
      render: (_: unknown, need) => (
        <Link to={`/needs/${need.id}`} state={returnState} data-testid="need-link">
          {need.client.name}
        </Link>
      ),
    },
    { title: t("needs.field.domain"), key: "domain", dataIndex: "domain", width: 150 },
    {
      title: t("needs.field.source"),
      key: "source",
      width: 100,
      render: (_: unknown, need) => t(`needs.source.${need.source}`),
    },
    {
      title: t("needs.field.urgency"),
      key: "urgency",
      width: 100,
      sorter: true,
      sortOrder: sortOrderOf(sort, "urgency"),
      render: (_: unknown, need) => <UrgencyTag urgency={need.urgency} />,
    },
    {
      title: t("needs.field.status"),
      key: "status",
      width: 120,
      render: (_: unknown, need) => <NeedStatusTag status={need.status} />,
    },
    {
      title: t("needs.field.region"),
      key: "region",
      width: 180,
      ...ellipsis,
      render: (_: unknown, need) => ellipsisCell(need.region.name),
    },
    {
      title: t("needs.field.receivedOn"),
      key: "receivedOn",
      dataIndex: "receivedOn",
      width: 120,
      sorter: true,
      sortOrder: sortOrderOf(sort, "receivedOn"),
    },
  ];

  return (
    <>
      <PageHeader
        title={t("needs.title")}
        description={t("needs.description")}
        extra={
          <RegistryToolbar
            canCreate={canManage}
            createLabel={t("needs.create")}
            createTestId="need-create"
            onCreate={() => setIsCreating(true)}
            canImport={false}
            downloadTemplate={() => Promise.resolve()}
            importTitle=""
            upload={() => Promise.reject(new Error("no import"))}
            onImported={() => undefined}
            canExport={false}
            exportTestId="need-export"
            exportList={() => Promise.resolve()}
          />
        }
      />
      <Card>
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <RegistryFilters
            value={filters}
            onChange={(next: NeedFilterParams) => update({ ...next, page: 1, pageSize, sort })}
            testId="need-filters"
            searchTestId="need-search"
            searchPlaceholder={t("needs.searchPlaceholder")}
            searchWidth={240}
            regionPlaceholder={t("needs.filter.region")}
            resetValue={{}}
            resetLabel={t("needs.filter.reset")}
            savedFilters={{ listKey: "needs", config: needListSearch }}
          >
            {(set) => (
              <>
                <Select
                  allowClear
                  placeholder={t("needs.filter.status")}
                  value={value(filters.status)}
                  onChange={(status) => set({ status })}
                  options={statuses.map((status) => ({ value: status, label: t(`needs.status.${status}`) }))}
                  style={{ width: 120 }}
                />
                <Select
                  allowClear
                  placeholder={t("needs.filter.urgency")}
                  value={value(filters.urgency)}
                  onChange={(urgency) => set({ urgency })}
                  options={urgencies.map((urgency) => ({
                    value: urgency,
                    label: t(`needs.urgency.${urgency}`),
                  }))}
                  style={{ width: 110 }}
                />
                <Select
                  allowClear
                  placeholder={t("needs.filter.domain")}
                  value={value(filters.domain)}
                  onChange={(domain) => set({ domain })}
                  options={serviceDomains.map((domain) => ({ value: domain, label: domain }))}
                  style={{ width: 160 }}
                />
              </>
            )}
          </RegistryFilters>
          <RegistryTable<Need>
            tableKey="needs"
            columns={columns}
            data={needs.data}
            isLoading={needs.isFetching}
            onChange={(change) => update({ ...filters, ...change })}
            emptyText={t("needs.empty")}
            testId="need-table"
          />
        </Space>
      </Card>
      <NeedFormDrawer
        open={isCreating}
        onClose={() => setIsCreating(false)}
        onSaved={(need) => navigate(`/needs/${need.id}`)}
      />
    </>
  );
}

const value = <T,>(current: T | undefined) => current;
