import type { VolunteerServiceEntryKind, VolunteerServiceRecord } from "@xinqiao/shared";
import { Segmented, Space, Table, type TableColumnsType, Tag } from "antd";
import { useState } from "react";
import { RecordLink } from "../../../components/RecordLink.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useServiceRecords } from "../hooks/useVolunteers.ts";

/** The hours ledger, newest service first; redemptions show as negative hours. */
export function ServiceRecordTable({ volunteerId }: { volunteerId: number }) {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(10);
  const [kind, setKind] = useState<VolunteerServiceEntryKind | "all">("all");
  const records = useServiceRecords(volunteerId, page, pageSize, kind === "all" ? undefined : kind);

  const columns: TableColumnsType<VolunteerServiceRecord> = [
    { title: t("volunteers.ledger.serviceDate"), dataIndex: "serviceDate", key: "serviceDate", width: 110 },
    {
      title: t("volunteers.ledger.kind"),
      key: "entryKind",
      width: 80,
      render: (_: unknown, record) =>
        record.entryKind === "redeemed" ? (
          <Tag color="orange">{t("volunteers.ledger.kind.redeemed")}</Tag>
        ) : (
          <Tag color="green">{t("volunteers.ledger.kind.earned")}</Tag>
        ),
    },
    { title: t("volunteers.ledger.content"), dataIndex: "content", key: "content", ellipsis: true },
    { title: t("volunteers.ledger.place"), dataIndex: "place", key: "place", ellipsis: true },
    {
      title: t("volunteers.ledger.hours"),
      dataIndex: "hours",
      key: "hours",
      width: 100,
      align: "right",
    },
    {
      title: t("volunteers.ledger.recordingOrganization"),
      dataIndex: "recordingOrganization",
      key: "recordingOrganization",
      ellipsis: true,
    },
    { title: t("volunteers.ledger.confirmedBy"), dataIndex: "confirmedBy", key: "confirmedBy", width: 90 },
    {
      title: t("volunteers.ledger.team"),
      key: "team",
      ellipsis: true,
      render: (_: unknown, record) =>
        record.team ? <RecordLink reference={record.team} kind="volunteerTeam" /> : "—",
    },
  ];

  return (
    <Space orientation="vertical" size={12} style={{ width: "100%" }}>
      <Segmented<VolunteerServiceEntryKind | "all">
        value={kind}
        onChange={(next) => {
          setKind(next);
          setPage(1);
        }}
        options={[
          { value: "all", label: t("volunteers.ledger.all") },
          { value: "earned", label: t("volunteers.ledger.kind.earned") },
          { value: "redeemed", label: t("volunteers.ledger.kind.redeemed") },
        ]}
      />
      <Table<VolunteerServiceRecord>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={records.data?.items ?? []}
        loading={records.isFetching}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t("volunteers.ledger.empty") }}
        pagination={{
          current: page,
          pageSize,
          total: records.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50],
          showTotal: (total) => t("common.total", { total }),
          onChange: (nextPage, nextSize) => {
            setPage(nextPage);
            setPageSize(nextSize);
          },
        }}
        data-testid="service-record-table"
      />
    </Space>
  );
}
