import { useQuery } from "@tanstack/react-query";
import { activeCaseStages, type CaseloadRow } from "@xinqiao/shared";
import { Card, Table } from "antd";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { caseKeys, casesApi } from "./api.ts";

/** 个案负荷: each worker's open cases by stage and the overdue ones, for those who assign cases. */
export function CaseloadCard({ regionCode }: { regionCode: string | undefined }) {
  const { t } = useI18n();
  const caseload = useQuery({
    queryKey: caseKeys.caseload(regionCode),
    queryFn: () => casesApi.caseload(regionCode),
  });
  const stages = [...activeCaseStages, "suspended"] as const;
  return (
    <Card title={t("cases.caseload")} size="small" data-testid="caseload">
      <Table<CaseloadRow>
        size="small"
        loading={caseload.isFetching}
        dataSource={caseload.data ?? []}
        rowKey={(row) => row.worker?.id ?? 0}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t("cases.caseload.empty") }}
        columns={[
          {
            title: t("cases.field.worker"),
            key: "worker",
            render: (_: unknown, row) => row.worker?.name ?? t("cases.unassigned"),
          },
          ...stages.map((stage) => ({
            title: t(`cases.stage.${stage}`),
            key: stage,
            align: "right" as const,
            render: (_: unknown, row: CaseloadRow) => row.byStage[stage] ?? 0,
          })),
          { title: t("cases.caseload.open"), key: "open", dataIndex: "open", align: "right" },
          { title: t("cases.overdue"), key: "overdue", dataIndex: "overdue", align: "right" },
        ]}
      />
    </Card>
  );
}
