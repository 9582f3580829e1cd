import { type CaseAction, type CaseDetail, isActiveCaseStage } from "@xinqiao/shared";
import { Alert, Button, Card, Descriptions, Skeleton, Space, Tabs, Tag } from "antd";
import { useState } from "react";
import { useParams } from "react-router";
import { BackLink } from "../../../components/BackLink.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { RecordNotFound } from "../../../components/RecordNotFound.tsx";
import { parseRecordId } from "../../../components/recordAddress.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { AttachmentsPanel } from "../../attachments/components/AttachmentsPanel.tsx";
import { useCurrentUser } from "../../auth/hooks/useSession.ts";
import { CaseServiceRecords } from "../serviceRecords/CaseServiceRecords.tsx";
import { CaseForms } from "./CaseForms.tsx";
import { CaseStepper } from "./CaseStepper.tsx";
import { ApprovalTags, DueTag, StageTag } from "./CaseTags.tsx";
import { CaseTimeline } from "./CaseTimeline.tsx";
import { useCase } from "./hooks.ts";
import { TransitionDrawer } from "./TransitionDrawer.tsx";

/** Approvals and returns read as such; the rest are the worker's steps. */
const dangerous = new Set<CaseAction>([
  "decline",
  "returnPlan",
  "returnClosing",
  "suspend",
  "rejectTransfer",
]);

/**
 * One case (/cases/:id): the client in brief, the stage on the line, what the user may do now
 * (the shared machine's answer for them), the case notes and the timeline.
 */
export function CaseDetailPage() {
  const { t } = useI18n();
  const id = parseRecordId(useParams().id);
  const detail = useCase(id);
  const [action, setAction] = useState<CaseAction | null>(null);
  const me = useCurrentUser();
  const back = <BackLink to="/cases">{t("cases.back")}</BackLink>;
  const item = detail.data;
  if (id === null || detail.isError)
    return <RecordNotFound error={detail.error} back={back} onRetry={() => void detail.refetch()} />;
  if (!item)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  return (
    <div data-testid="case-detail">
      <PageHeader
        breadcrumb={back}
        title={
          <Space wrap>
            <span data-testid="case-number">{item.caseNumber}</span>
            <StageTag stage={item.stage} />
            <ApprovalTags item={item} />
            {item.involvesMinor && <Tag color="volcano">{t("cases.minor")}</Tag>}
          </Space>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        <Card>
          <CaseStepper detail={item} />
        </Card>
        {item.returnReason && (
          <Alert type="warning" showIcon title={`${t("cases.field.returnReason")}：${item.returnReason}`} />
        )}
        <Card title={t("cases.actions")}>
          <CaseActions detail={item} onAct={setAction} />
        </Card>
        <Card>
          <CaseDescriptions detail={item} />
        </Card>
        <Card>
          <Tabs
            items={[
              { key: "forms", label: t("cases.forms"), children: <CaseForms detail={item} /> },
              {
                key: "records",
                label: t("cases.field.serviceRecords"),
                // The worker records, or a station head or supervisor; the server checks again.
                children: (
                  <CaseServiceRecords
                    caseId={item.id}
                    canRecord={
                      isActiveCaseStage(item.stage) &&
                      (item.assignedWorker?.id === me.id ||
                        ["station_staff", "supervisor"].includes(me.roleId))
                    }
                  />
                ),
              },
              { key: "timeline", label: t("cases.timeline"), children: <CaseTimeline caseId={item.id} /> },
              {
                key: "attachments",
                label: t("attachments.title"),
                children: <AttachmentsPanel ownerKind="case" ownerId={item.id} />,
              },
            ]}
          />
        </Card>
      </Space>
      <TransitionDrawer detail={item} action={action} onClose={() => setAction(null)} />
    </div>
  );
}

function CaseActions({ detail, onAct }: { detail: CaseDetail; onAct: (action: CaseAction) => void }) {
  const { t } = useI18n();
  if (detail.availableTransitions.length === 0) return <span>{t("cases.noActions")}</span>;
  return (
    <Space wrap>
      {detail.availableTransitions.map(({ action, to }, index) => (
        <Button
          key={action}
          type={index === 0 && !dangerous.has(action) ? "primary" : "default"}
          danger={dangerous.has(action)}
          onClick={() => onAct(action)}
          data-testid={`case-action-${action}`}
        >
          {t(`cases.action.${action}`)}
          {/* "接案 → 预估"; not "中止 → 中止", where the step names its stage already. */}
          {to !== detail.stage &&
            t(`cases.stage.${to}`) !== t(`cases.action.${action}`) &&
            ` → ${t(`cases.stage.${to}`)}`}
        </Button>
      ))}
    </Space>
  );
}

function CaseDescriptions({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  const { client } = detail;
  return (
    <Descriptions
      column={3}
      items={[
        {
          key: "client",
          label: t("cases.field.client"),
          children: (
            <Space size={4} wrap>
              {client.name}
              {client.isEmergency && <Tag color="red">{t("cases.emergency")}</Tag>}
            </Space>
          ),
        },
        { key: "sex", label: t("cases.field.sex"), children: t(`cases.sex.${client.sex}`) },
        { key: "age", label: t("cases.field.age"), children: t("cases.ageYears", { age: client.age }) },
        { key: "risk", label: t("cases.field.riskLevel"), children: t(`cases.risk.${client.riskLevel}`) },
        {
          key: "categories",
          label: t("cases.field.categories"),
          children: client.categories.join("、") || "—",
        },
        { key: "region", label: t("cases.field.region"), children: detail.region.name },
        {
          key: "worker",
          label: t("cases.field.worker"),
          children: (
            <span data-testid="case-worker">{detail.assignedWorker?.name ?? t("cases.unassigned")}</span>
          ),
        },
        ...(detail.pendingTransferTo
          ? [
              {
                key: "transfer",
                label: t("cases.field.pendingTransfer"),
                children: detail.pendingTransferTo.name,
              },
            ]
          : []),
        { key: "due", label: t("cases.field.due"), children: <DueTag item={detail} /> },
        { key: "openedOn", label: t("cases.field.openedOn"), children: detail.openedOn },
        { key: "records", label: t("cases.field.serviceRecords"), children: detail.serviceRecordCount },
        { key: "summary", label: t("cases.field.summary"), children: detail.summary, span: 3 },
      ]}
    />
  );
}
