import type { Page, ServiceRecord } from "@xinqiao/shared";
import { Button, Space, Tag } from "antd";
import { RegistryTable, type RegistryTableChange } from "../../../components/RegistryTable.tsx";
import { ellipsis, ellipsisCell, type RegistryColumn } from "../../../components/registryColumns.tsx";
import { sortOrderOf } from "../../../components/sortOrder.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useServiceRecordLabels } from "./useServiceRecordLabels.ts";

const names = (people: { name: string }[]) => people.map((p) => p.name).join("、") || "—";

/** Server-side paging and sorting; a row opens the record's drawer (notes are read there only). */
export function ServiceRecordTable({
  data,
  isLoading,
  sort,
  onChange,
  onOpen,
  tableKey = "serviceRecords",
  showCase = true,
}: {
  data: Page<ServiceRecord> | undefined;
  isLoading: boolean;
  sort: string | undefined;
  onChange: (change: RegistryTableChange) => void;
  onOpen: (id: number) => void;
  tableKey?: string;
  showCase?: boolean;
}) {
  const { t } = useI18n();
  const labels = useServiceRecordLabels();
  const columns: RegistryColumn<ServiceRecord>[] = [
    {
      title: t("serviceRecords.field.serviceDate"),
      key: "serviceDate",
      width: 130,
      sorter: true,
      sortOrder: sortOrderOf(sort, "serviceDate"),
      render: (_: unknown, record) => (
        <Space size={4}>
          <Button
            type="link"
            size="small"
            onClick={() => onOpen(record.id)}
            data-testid="service-record-link"
          >
            {record.serviceDate}
          </Button>
          {record.isVoided && <Tag color="red">{t("serviceRecords.statusVoided")}</Tag>}
        </Space>
      ),
    },
    {
      title: t("serviceRecords.field.type"),
      key: "type",
      width: 110,
      render: (_: unknown, record) => labels.type(record.type),
    },
    {
      title: t("serviceRecords.field.method"),
      key: "method",
      width: 80,
      render: (_: unknown, record) => labels.method(record.method),
    },
    {
      title: t("serviceRecords.field.domain"),
      key: "domain",
      width: 130,
      isOptional: true,
      render: (_: unknown, record) => labels.domain(record.domain),
    },
    {
      title: t("serviceRecords.field.clients"),
      key: "clients",
      width: 160,
      ...ellipsis,
      render: (_: unknown, record) => ellipsisCell(names(record.clients)),
    },
    {
      title: t("serviceRecords.field.workers"),
      key: "workers",
      width: 140,
      ...ellipsis,
      render: (_: unknown, record) => ellipsisCell(names(record.workers)),
    },
    {
      title: t("serviceRecords.field.minutes"),
      key: "minutes",
      width: 120,
      sorter: true,
      sortOrder: sortOrderOf(sort, "minutes"),
      render: (_: unknown, record) => `${record.minutes} ${t("serviceRecords.minutesUnit")}`,
    },
    {
      title: t("serviceRecords.field.volunteerHours"),
      key: "volunteerHours",
      width: 130,
      render: (_: unknown, record) => (record.volunteerHours > 0 ? record.volunteerHours : "—"),
    },
    {
      title: t("serviceRecords.field.place"),
      key: "place",
      width: 160,
      ...ellipsis,
      render: (_: unknown, record) => ellipsisCell(record.place),
    },
    ...(showCase
      ? [
          {
            title: t("serviceRecords.field.case"),
            key: "case",
            width: 190,
            render: (_: unknown, record: ServiceRecord) =>
              record.case?.caseNumber ?? t("serviceRecords.standalone"),
          },
          {
            title: t("serviceRecords.field.region"),
            key: "region",
            width: 150,
            isOptional: true,
            ...ellipsis,
            render: (_: unknown, record: ServiceRecord) => ellipsisCell(record.region.name),
          },
        ]
      : []),
  ];
  return (
    <RegistryTable
      tableKey={tableKey}
      columns={columns}
      data={data}
      isLoading={isLoading}
      onChange={onChange}
      emptyText={t("serviceRecords.empty")}
      testId="service-record-table"
    />
  );
}
