import { type PeriodicReportDetail, periodLabel } from "@xinqiao/shared";
import { useEffect } from "react";
import { createPortal } from "react-dom";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { changedNames, figureRows } from "../figures.ts";
import { chinaDateTime } from "../periods.ts";
import "./reportPrint.css";

/**
 * What 打印 puts on paper: the report alone, rendered straight under <body> and shown only by
 * the print styles — title, status and dates, the figures table, the text and the way it went.
 */
export function ReportPrintDocument({ report, title }: { report: PeriodicReportDetail; title: string }) {
  const { t, locale } = useI18n();
  useEffect(() => {
    document.body.classList.add("xq-print-report");
    return () => document.body.classList.remove("xq-print-report");
  }, []);
  const rows = figureRows(report.figures, report.changedIndicators, locale);
  const meta: [string, string][] = [
    [t("reports.field.status"), t(`reports.status.${report.status}`)],
    [t("reports.field.period"), periodLabel(report.period, locale)],
    [t("reports.field.dueOn"), report.dueOn],
    [t("reports.field.submittedAt"), chinaDateTime(report.submittedAt)],
    [t("reports.field.decidedAt"), chinaDateTime(report.decidedAt)],
  ];
  return createPortal(
    <div className="xq-report-print" data-testid="report-print-document">
      <h1>{title}</h1>
      <div className="xq-report-meta">
        {meta.map(([label, value]) => (
          <span key={label}>{t("reports.print.meta", { label, value })}</span>
        ))}
      </div>
      <h2>{t("reports.detail.figures")}</h2>
      <p>
        {t(report.figuresSource === "snapshot" ? "reports.figures.snapshot" : "reports.figures.live", {
          time: chinaDateTime(report.figures.takenAt),
          asOf: chinaDateTime(report.figures.asOf),
        })}
      </p>
      {report.changedIndicators.length > 0 && (
        <p>
          {t(
            report.status === "approved"
              ? "reports.figures.changedSinceApproval"
              : "reports.figures.changedSinceSubmission",
            { names: changedNames(report, locale) },
          )}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th>{t("reports.figures.indicator")}</th>
            <th>{t("reports.figures.unit")}</th>
            <th>{report.region.name}</th>
            {report.figures.units.map((unit) => (
              <th key={unit.code}>{unit.name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <td>
                {row.name}
                {row.isChanged && ` *`}
              </td>
              <td>{row.unit}</td>
              <td className="xq-report-number">{row.value}</td>
              {report.figures.units.map((unit) => (
                <td key={unit.code} className="xq-report-number">
                  {row.units[unit.code] ?? "—"}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {(["narrative", "highlights", "problems"] as const).map((field) => (
        <section key={field}>
          <h2>{t(`reports.field.${field}`)}</h2>
          <p className="xq-report-text">{report[field] || t("reports.text.empty")}</p>
        </section>
      ))}
      {report.returnReason && (
        <section>
          <h2>{t("reports.field.returnReason")}</h2>
          <p className="xq-report-text">{report.returnReason}</p>
        </section>
      )}
      <h2>{t("reports.detail.timeline")}</h2>
      {report.events.map((event) => (
        <div key={event.id}>
          {chinaDateTime(event.at)} {event.by ?? "—"} {t(`reports.event.${event.action}`)}
          {event.reason ? ` · ${t("reports.timeline.reason", { reason: event.reason })}` : ""}
        </div>
      ))}
      <div className="xq-report-footer">
        {t("reports.print.generated", { time: chinaDateTime(new Date().toISOString()) })}
      </div>
    </div>,
    document.body,
  );
}
