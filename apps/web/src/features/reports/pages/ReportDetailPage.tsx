import { type PeriodicReportDetail, periodLabel } from "@xinqiao/shared";
import { Alert, Card, Descriptions, Skeleton, Space } from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { pages } from "../../../app/modules.ts";
import { BackLink } from "../../../components/BackLink.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { RecordNotFound } from "../../../components/RecordNotFound.tsx";
import { parseRecordId } from "../../../components/recordAddress.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import { ReportActions } from "../components/ReportActions.tsx";
import { ReportFiguresTable } from "../components/ReportFiguresTable.tsx";
import { ReportPrintDocument } from "../components/ReportPrintDocument.tsx";
import { ReportStatusTag } from "../components/ReportStatusTag.tsx";
import { ReportTextForm } from "../components/ReportTextForm.tsx";
import { ReportTimeline } from "../components/ReportTimeline.tsx";
import { changedNames } from "../figures.ts";
import { useReport } from "../hooks.ts";
import { chinaDateTime } from "../periods.ts";

/**
 * One report (/reports/:id): its figures (live while the district prepares it, as submitted
 * afterwards, with the indicators that have changed since), its text — a form while the
 * district holds it —, the steps the user may take, and the way it has gone.
 */
export function ReportDetailPage() {
  const { t, locale } = useI18n();
  const id = parseRecordId(useParams().id);
  const detail = useReport(id);
  // Text typed but not saved would be lost on 提交: the form says so, the button waits.
  const [hasUnsavedText, setHasUnsavedText] = useState(false);
  const back = <BackLink to="/reports">{t("reports.back")}</BackLink>;
  const report = detail.data;
  if (id === null || detail.isError)
    return <RecordNotFound error={detail.error} back={back} onRetry={() => void detail.refetch()} />;
  if (!report)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  const title = `${report.region.name} ${periodLabel(report.period, locale)} ${t(`reports.kind.${report.periodKind}`)}`;
  return (
    <div data-testid="report-detail">
      <PageHeader
        breadcrumb={back}
        title={
          <Space wrap>
            {title}
            <ReportStatusTag status={report.status} testId="report-status" />
          </Space>
        }
        extra={<ReportActions report={report} fileName={`${title}.xlsx`} hasUnsavedText={hasUnsavedText} />}
      />
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        <ReportNotices report={report} />
        <Card>
          <ReportDescriptions report={report} />
        </Card>
        <Card title={t("reports.detail.figures")}>
          <ReportFiguresTable report={report} />
        </Card>
        <Card title={t("reports.detail.text")}>
          <ReportTextForm report={report} onUnsavedChange={setHasUnsavedText} />
        </Card>
        <Card title={t("reports.detail.timeline")}>
          <ReportTimeline events={report.events} />
        </Card>
      </Space>
      <ReportPrintDocument report={report} title={title} />
    </div>
  );
}

const dataQualityPath = "/data-quality";

/** Why it came back, what moved since the snapshot, and the district's open data-quality findings. */
function ReportNotices({ report }: { report: PeriodicReportDetail }) {
  const { t, locale } = useI18n();
  const canSeeFindings =
    useHasPermission("data_quality.read") && pages.some((page) => page.path === dataQualityPath);
  const findings = report.dataQualityFindings;
  const isLive = report.figuresSource === "live";
  return (
    <>
      {report.returnReason && (
        <Alert
          type="warning"
          showIcon
          data-testid="report-return-reason-shown"
          title={`${t("reports.field.returnReason")}：${report.returnReason}`}
        />
      )}
      {report.changedIndicators.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="report-changed"
          title={t(
            report.status === "approved"
              ? "reports.figures.changedSinceApproval"
              : "reports.figures.changedSinceSubmission",
            { names: changedNames(report, locale) },
          )}
        />
      )}
      {findings !== null && (
        <Alert
          type={findings > 0 ? "info" : "success"}
          showIcon
          data-testid="report-data-quality"
          title={
            findings === 0 && isLive
              ? t("reports.dataQuality.none")
              : t(isLive ? "reports.dataQuality.live" : "reports.dataQuality.atSubmission", {
                  count: findings,
                })
          }
          action={
            canSeeFindings &&
            findings > 0 && (
              <Link to={`${dataQualityPath}?region=${report.region.code}&period=${report.period}`}>
                {t("reports.dataQuality.view")}
              </Link>
            )
          }
        />
      )}
    </>
  );
}

function ReportDescriptions({ report }: { report: PeriodicReportDetail }) {
  const { t, locale } = useI18n();
  return (
    <Descriptions column={4} size="small">
      <Descriptions.Item label={t("reports.field.region")}>{report.region.name}</Descriptions.Item>
      <Descriptions.Item label={t("reports.field.period")}>
        {periodLabel(report.period, locale)}
      </Descriptions.Item>
      <Descriptions.Item label={t("reports.field.dueOn")}>{report.dueOn}</Descriptions.Item>
      <Descriptions.Item label={t("reports.field.onTime")}>
        {report.isOnTime === null ? "—" : t(report.isOnTime ? "reports.onTime.yes" : "reports.onTime.late")}
      </Descriptions.Item>
      <Descriptions.Item label={t("reports.field.submittedAt")}>
        {chinaDateTime(report.submittedAt)}
      </Descriptions.Item>
      <Descriptions.Item label={t("reports.field.decidedAt")}>
        {chinaDateTime(report.decidedAt)}
      </Descriptions.Item>
    </Descriptions>
  );
}
