import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type FollowUp, type FollowUpStatus, followUpStatuses, isWithinRegion } from "@xinqiao/shared";
import { Button, Card, Segmented, Table, type TableColumnType, Tag } from "antd";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { RegionTreeSelect } from "../../../components/RegionTreeSelect.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useCurrentUser } from "../../auth/hooks/useSession.ts";
import { deskApi, deskKeys } from "./api.ts";
import { FollowUpDrawer } from "./FollowUpDrawer.tsx";

const statusColors: Record<FollowUpStatus, string> = { due: "blue", overdue: "red", done: "green" };

/** 回访: follow-ups of the cases the user sees, open ones first by due date (?status=…). */
export default function FollowUpsPage() {
  const { t } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const status = followUpStatuses.find((value) => value === searchParams.get("status"));
  // A dashboard's or data-quality link names its region (?regionCode=); one outside the scope is dropped.
  const scopeCode = useCurrentUser().region.code;
  const linkedRegion = searchParams.get("regionCode") ?? undefined;
  const regionCode = linkedRegion && isWithinRegion(linkedRegion, scopeCode) ? linkedRegion : undefined;
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [openId, setOpenId] = useState<number | null>(null);
  const params = { ...page, status, regionCode };
  const filterBy = (next: { status?: string; regionCode?: string }) => {
    setPage((current) => ({ ...current, page: 1 }));
    const merged = { status, regionCode, ...next };
    setSearchParams(
      Object.fromEntries(
        Object.entries(merged).filter((entry): entry is [string, string] => Boolean(entry[1])),
      ),
    );
  };
  const list = useQuery({
    queryKey: deskKeys.followUpList(params),
    queryFn: () => deskApi.followUps(params),
    placeholderData: keepPreviousData,
  });

  const columns: TableColumnType<FollowUp>[] = [
    {
      title: t("followUps.column.caseNumber"),
      key: "caseNumber",
      render: (_, row) => <Link to={`/cases/${row.caseId}`}>{row.caseNumber}</Link>,
    },
    { title: t("followUps.column.client"), dataIndex: "clientName", key: "client" },
    { title: t("followUps.column.region"), key: "region", render: (_, row) => row.region.name },
    { title: t("followUps.column.worker"), dataIndex: "assignedWorkerName", key: "worker" },
    { title: t("followUps.column.dueOn"), dataIndex: "dueOn", key: "dueOn" },
    {
      title: t("followUps.column.status"),
      key: "status",
      render: (_, row) => <Tag color={statusColors[row.status]}>{t(`followUps.status.${row.status}`)}</Tag>,
    },
    { title: t("followUps.column.doneOn"), dataIndex: "doneOn", key: "doneOn" },
    {
      title: t("followUps.column.outcome"),
      key: "outcome",
      render: (_, row) => (row.outcome ? t(`followUps.outcome.${row.outcome}`) : null),
    },
    {
      title: "",
      key: "actions",
      fixed: "right",
      render: (_, row) => (
        <Button
          type="link"
          size="small"
          onClick={() => setOpenId(row.id)}
          data-testid={`follow-up-${row.id}`}
        >
          {row.mayComplete ? t("followUps.complete") : t("followUps.view")}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t("followUps.title")} description={t("followUps.description")} />
      <Card styles={{ body: { padding: 0 } }}>
        <div style={{ padding: 16, display: "flex", gap: 12, flexWrap: "wrap" }}>
          <Segmented
            value={status ?? "all"}
            onChange={(value) => filterBy({ status: value === "all" ? undefined : String(value) })}
            options={[
              { value: "all", label: t("followUps.filter.all") },
              ...followUpStatuses.map((value) => ({ value, label: t(`followUps.status.${value}`) })),
            ]}
          />
          <div style={{ width: 220 }} data-testid="follow-ups-region">
            <RegionTreeSelect
              value={regionCode ?? null}
              onChange={(code) => filterBy({ regionCode: code ?? undefined })}
              placeholder={t("followUps.filter.region")}
            />
          </div>
        </div>
        <Table<FollowUp>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          locale={{ emptyText: t("followUps.empty") }}
          pagination={{
            current: page.page,
            pageSize: page.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            onChange: (next, pageSize) => setPage({ page: next, pageSize }),
          }}
          scroll={{ x: "max-content" }}
        />
      </Card>
      <FollowUpDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
