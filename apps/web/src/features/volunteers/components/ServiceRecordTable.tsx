import type { VolunteerServiceEntryKind, VolunteerServiceRecord } from "@xinqiao/shared";
import { Segmented, Space, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useState } from "react";
import { RecordLink } from "../../../components/RecordLink.tsx";
import { CorrectionTag } from "../../../components/ReverseEntryAction.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useServiceRecords } from "../hooks/useVolunteers.ts";
import { CorrectServiceRecord } from "./CorrectServiceRecord.tsx";

/**
 * The hours ledger, newest service first; redemptions show as negative hours. A corrected entry
 * stays listed, marked 已更正 with its hours struck through, next to its reversal (更正).
 */
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
      render: (hours: number, record) => (
        <Typography.Text delete={record.reversedBy !== null}>{hours}</Typography.Text>
      ),
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
    {
      title: t("common.actions"),
      key: "correction",
      width: 110,
      fixed: "right",
      render: (_: unknown, record) => (
        <Space size={4}>
          <CorrectionTag
            entry={record}
            labels={{
              corrected: t("volunteers.ledger.corrected"),
              correctedTip: ({ date, reason }) => t("volunteers.ledger.correctedTip", { date, reason }),
              reversal: t("volunteers.ledger.reversal"),
              reversalTip: ({ date }, reason) => t("volunteers.ledger.reversalTip", { date, reason }),
            }}
          />
          {record.abilities.reverse && <CorrectServiceRecord record={record} />}
        </Space>
      ),
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
