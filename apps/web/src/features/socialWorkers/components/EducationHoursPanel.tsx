import { PlusOutlined } from "@ant-design/icons";
import type { EducationHourKind, EducationHoursRecord } from "@xinqiao/shared";
import { App, Button, Flex, Progress, Space, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useState } from "react";
import { CorrectionTag, ReverseEntryAction } from "../../../components/ReverseEntryAction.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useReverseEducationHours } from "../hooks/useSocialWorkerMutations.ts";
import { useEducationHours } from "../hooks/useSocialWorkers.ts";
import { EducationHoursModal } from "./EducationHoursModal.tsx";

/**
 * Hours of the current 3-year cycle against the requirement, and every record with its kind (a
 * degree shows the 90 h it counts).
 */
export function EducationHoursPanel({ workerId, mayRecord }: { workerId: number; mayRecord: boolean }) {
  const { t, tOptional } = useI18n();
  const hours = useEducationHours(workerId);
  const [isAdding, setIsAdding] = useState(false);
  const reverse = useReverseEducationHours();
  const { message } = App.useApp();
  const status = hours.data?.status ?? null;

  const columns: TableColumnsType<EducationHoursRecord> = [
    { title: t("socialWorkers.hours.completedOn"), dataIndex: "completedOn", key: "completedOn", width: 120 },
    {
      title: t("socialWorkers.hours.kind"),
      dataIndex: "kind",
      key: "kind",
      width: 100,
      render: (kind: EducationHourKind) => (
        <Tag color={kind === "degree" ? "blue" : undefined} title={t(`socialWorkers.hours.kind.${kind}`)}>
          {t(`socialWorkers.hours.kindShort.${kind}`)}
        </Tag>
      ),
    },
    {
      title: t("socialWorkers.hours.hours"),
      dataIndex: "hours",
      key: "hours",
      width: 80,
      // A corrected entry counts no more: its hours are struck through, as on a paper ledger.
      render: (hours: number, record) =>
        record.reversedBy ? <Typography.Text delete>{hours}</Typography.Text> : hours,
    },
    {
      title: t("socialWorkers.hours.description"),
      dataIndex: "description",
      key: "description",
      ellipsis: true,
    },
    {
      title: t("socialWorkers.hours.source"),
      dataIndex: "source",
      key: "source",
      width: 100,
      render: (source: string) => tOptional(`socialWorkers.hours.source.${source}`) ?? source,
    },
    {
      title: "",
      key: "cycle",
      width: 110,
      render: (_: unknown, record) =>
        // A corrected pair counts in no cycle: its correction tags say why, not 非本周期.
        record.reversedBy || record.reverses ? null : record.isInCurrentCycle ? (
          <Tag color="green">{t("socialWorkers.hours.inCycle")}</Tag>
        ) : (
          <Tag>{t("socialWorkers.hours.outOfCycle")}</Tag>
        ),
    },
    {
      title: t("common.actions"),
      key: "correction",
      width: 120,
      render: (_: unknown, record) => (
        <Space size={4}>
          <CorrectionTag
            entry={record}
            labels={{
              corrected: t("socialWorkers.hours.corrected"),
              correctedTip: ({ date, reason }) => t("socialWorkers.hours.correctedTip", { date, reason }),
              reversal: t("socialWorkers.hours.reversal"),
              reversalTip: ({ date }, reason) => t("socialWorkers.hours.reversalTip", { date, reason }),
            }}
          />
          {record.abilities.reverse && (
            <ReverseEntryAction
              testId={`correct-hours-${record.id}`}
              labels={{
                action: t("socialWorkers.hours.correct"),
                title: t("socialWorkers.hours.correctTitle"),
                rule: t("socialWorkers.hours.correctRule"),
                reason: t("socialWorkers.hours.reason"),
                reasonPlaceholder: t("socialWorkers.hours.reasonPlaceholder"),
                submit: t("socialWorkers.hours.correctSubmit"),
              }}
              summary={[
                { label: t("socialWorkers.hours.completedOn"), value: record.completedOn },
                { label: t("socialWorkers.hours.kind"), value: t(`socialWorkers.hours.kind.${record.kind}`) },
                { label: t("socialWorkers.hours.description"), value: record.description },
                { label: t("socialWorkers.hours.hours"), value: record.hours },
              ]}
              onReverse={async (reason) => {
                await reverse.mutateAsync({ id: workerId, entryId: record.id, reason });
                message.success(t("socialWorkers.hours.correctDone", { hours: Math.abs(record.hours) }));
              }}
            />
          )}
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="education-hours">
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }} wrap gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t("socialWorkers.section.education")}
        </Typography.Title>
        {mayRecord && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setIsAdding(true)}>
            {t("socialWorkers.hours.add")}
          </Button>
        )}
      </Flex>
      {status ? (
        <div style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary">
            {t("socialWorkers.hours.cycle", { start: status.cycleStart, end: status.cycleEnd })}
          </Typography.Text>
          <Flex align="center" gap={12}>
            <Progress
              percent={Math.min(100, Math.round((status.completedHours / status.requiredHours) * 100))}
              status={status.isMet ? "success" : "active"}
              style={{ flex: 1, margin: 0 }}
            />
            <Tag color={status.isMet ? "green" : "orange"}>
              {status.isMet ? t("socialWorkers.hours.met") : t("socialWorkers.hours.notMet")}
            </Tag>
          </Flex>
          <Typography.Text>
            {t("socialWorkers.hours.progress", {
              completed: status.completedHours,
              required: status.requiredHours,
            })}
          </Typography.Text>
        </div>
      ) : (
        <Typography.Paragraph type="secondary">{t("socialWorkers.hours.notRequired")}</Typography.Paragraph>
      )}
      <Table<EducationHoursRecord>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={hours.data?.items ?? []}
        loading={hours.isLoading}
        pagination={{ pageSize: 5, hideOnSinglePage: true }}
        locale={{ emptyText: t("socialWorkers.hours.empty") }}
      />
      <EducationHoursModal workerId={workerId} open={isAdding} onClose={() => setIsAdding(false)} />
    </div>
  );
}
