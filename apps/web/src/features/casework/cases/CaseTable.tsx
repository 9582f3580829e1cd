import type { CaseSummary, Page } from "@xinqiao/shared";
import { Space, Tag } from "antd";
import { Link } from "react-router";
import { RegistryTable, type RegistryTableChange } from "../../../components/RegistryTable.tsx";
import { ellipsis, ellipsisCell, type RegistryColumn } from "../../../components/registryColumns.tsx";
import { sortOrderOf } from "../../../components/sortOrder.ts";
import { useReturnState } from "../../../hooks/useReturnState.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { ApprovalTags, DueTag, StageTag } from "./CaseTags.tsx";

/** Server-side paging and sorting; number, client, stage, approval, due date and worker fit 1440 px. */
export function CaseTable({
  data,
  isLoading,
  sort,
  onChange,
}: {
  data: Page<CaseSummary> | undefined;
  isLoading: boolean;
  sort: string | undefined;
  onChange: (change: RegistryTableChange) => void;
}) {
  const { t } = useI18n();
  const returnState = useReturnState();
  const columns: RegistryColumn<CaseSummary>[] = [
    {
      title: t("cases.field.caseNumber"),
      key: "caseNumber",
      width: 180,
      sorter: true,
      sortOrder: sortOrderOf(sort, "caseNumber"),
      render: (_: unknown, item) => (
        <Link to={`/cases/${item.id}`} state={returnState} data-testid="case-link">
          {item.caseNumber}
        </Link>
      ),
    },
    {
      title: t("cases.field.client"),
      key: "client",
      width: 130,
      render: (_: unknown, item) => (
        <Space size={4}>
          {item.client.name}
          {item.involvesMinor && <Tag color="volcano">{t("cases.minor")}</Tag>}
        </Space>
      ),
    },
    {
      title: t("cases.field.region"),
      key: "region",
      width: 120,
      ...ellipsis,
      render: (_: unknown, item) => ellipsisCell(item.region.name),
    },
    {
      title: t("cases.field.stage"),
      key: "stage",
      width: 100,
      render: (_: unknown, item) => <StageTag stage={item.stage} />,
    },
    {
      title: t("cases.field.approval"),
      key: "approval",
      width: 140,
      render: (_: unknown, item) => <ApprovalTags item={item} />,
    },
    {
      title: t("cases.field.due"),
      key: "stageEnteredOn",
      width: 160,
      sorter: true,
      sortOrder: sortOrderOf(sort, "stageEnteredOn"),
      render: (_: unknown, item) => <DueTag item={item} />,
    },
    {
      title: t("cases.field.worker"),
      key: "worker",
      width: 110,
      render: (_: unknown, item) => item.assignedWorker?.name ?? t("cases.unassigned"),
    },
    {
      title: t("cases.field.openedOn"),
      key: "openedOn",
      dataIndex: "openedOn",
      width: 110,
      sorter: true,
      sortOrder: sortOrderOf(sort, "openedOn"),
    },
    {
      title: t("cases.field.summary"),
      key: "summary",
      width: 220,
      isOptional: true,
      ...ellipsis,
      render: (_: unknown, item) => ellipsisCell(item.summary),
    },
    {
      title: t("cases.field.serviceRecords"),
      key: "serviceRecordCount",
      dataIndex: "serviceRecordCount",
      width: 90,
      align: "right",
      isOptional: true,
    },
  ];
  return (
    <RegistryTable<CaseSummary>
      tableKey="cases"
      columns={columns}
      data={data}
      isLoading={isLoading}
      onChange={onChange}
      emptyText={t("cases.empty")}
      testId="case-table"
    />
  );
}
