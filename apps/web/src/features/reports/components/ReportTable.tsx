import { type Page, type PeriodicReport, periodLabel } from "@xinqiao/shared";
import { Link } from "react-router";
import { RegistryTable, type RegistryTableChange } from "../../../components/RegistryTable.tsx";
import type { RegistryColumn } from "../../../components/registryColumns.tsx";
import { sortOrderOf } from "../../../components/sortOrder.ts";
import { useReturnState } from "../../../hooks/useReturnState.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { chinaDateTime } from "../periods.ts";
import { ReportStatusTag } from "./ReportStatusTag.tsx";

/** Server-side paging and sorting; the report opens on its page. */
export function ReportTable({
  data,
  isLoading,
  sort,
  onChange,
}: {
  data: Page<PeriodicReport> | undefined;
  isLoading: boolean;
  sort: string | undefined;
  onChange: (change: RegistryTableChange) => void;
}) {
  const { t, locale } = useI18n();
  const returnState = useReturnState();
  const columns: RegistryColumn<PeriodicReport>[] = [
    {
      title: t("reports.field.region"),
      key: "region",
      width: 220,
      render: (_: unknown, report) => (
        <Link to={`/reports/${report.id}`} state={returnState} data-testid="report-link">
          {`${report.region.name} ${periodLabel(report.period, locale)} ${t(`reports.kind.${report.periodKind}`)}`}
        </Link>
      ),
    },
    {
      title: t("reports.field.period"),
      key: "period",
      width: 130,
      sorter: true,
      sortOrder: sortOrderOf(sort, "period"),
      render: (_: unknown, report) => periodLabel(report.period, locale),
    },
    {
      title: t("reports.field.kind"),
      key: "kind",
      width: 80,
      render: (_: unknown, report) => t(`reports.kind.${report.periodKind}`),
    },
    {
      title: t("reports.field.status"),
      key: "status",
      width: 90,
      render: (_: unknown, report) => <ReportStatusTag status={report.status} />,
    },
    {
      title: t("reports.field.dueOn"),
      key: "dueOn",
      width: 110,
      sorter: true,
      sortOrder: sortOrderOf(sort, "dueOn"),
      render: (_: unknown, report) => report.dueOn,
    },
    {
      title: t("reports.field.submittedAt"),
      key: "submittedAt",
      width: 150,
      sorter: true,
      sortOrder: sortOrderOf(sort, "submittedAt"),
      render: (_: unknown, report) => chinaDateTime(report.submittedAt),
    },
    {
      title: t("reports.field.onTime"),
      key: "onTime",
      width: 90,
      render: (_: unknown, report) =>
        report.isOnTime === null ? "—" : t(report.isOnTime ? "reports.onTime.yes" : "reports.onTime.late"),
    },
    {
      title: t("reports.field.decidedAt"),
      key: "decidedAt",
      width: 150,
      isOptional: true,
      render: (_: unknown, report) => chinaDateTime(report.decidedAt),
    },
  ];
  return (
    <RegistryTable<PeriodicReport>
      tableKey="reports"
      columns={columns}
      data={data}
      isLoading={isLoading}
      onChange={onChange}
      emptyText={t("reports.empty")}
      testId="report-table"
    />
  );
}
