import type { VolunteerCertificateSummary } from "@xinqiao/shared";
import { Table, type TableColumnsType } from "antd";
import { Link } from "react-router";
import { useReturnState } from "../../../hooks/useReturnState.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useCertificates } from "../hooks/useVolunteers.ts";

/** Certificates issued to a volunteer, each opening its printable page. */
export function CertificateList({ volunteerId }: { volunteerId: number }) {
  const { t } = useI18n();
  const certificates = useCertificates(volunteerId);
  const returnState = useReturnState();
  const columns: TableColumnsType<VolunteerCertificateSummary> = [
    { title: t("volunteers.certificate.number"), dataIndex: "certificateNumber", key: "number", width: 180 },
    { title: t("volunteers.certificate.issuedOn"), dataIndex: "issuedOn", key: "issuedOn", width: 110 },
    {
      title: t("volunteers.certificate.issuingOrganization"),
      dataIndex: "issuingOrganization",
      key: "issuingOrganization",
      ellipsis: true,
    },
    {
      title: t("volunteers.certificate.period"),
      key: "period",
      render: (_: unknown, certificate) =>
        certificate.periodFrom || certificate.periodTo
          ? `${certificate.periodFrom ?? "…"} ~ ${certificate.periodTo ?? "…"}`
          : "—",
    },
    {
      title: t("volunteers.certificate.totalHours"),
      dataIndex: "totalHours",
      key: "totalHours",
      width: 110,
      align: "right",
      render: (hours: number) => t("volunteers.hours", { hours }),
    },
    {
      title: t("common.actions"),
      key: "actions",
      width: 110,
      render: (_: unknown, certificate) => (
        <Link
          to={`/volunteers/${volunteerId}/certificates/${certificate.id}`}
          state={returnState}
          data-testid="certificate-open"
        >
          {t("volunteers.certificate.open")}
        </Link>
      ),
    },
  ];
  return (
    <Table<VolunteerCertificateSummary>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={certificates.data ?? []}
      loading={certificates.isLoading}
      pagination={false}
      locale={{ emptyText: t("volunteers.certificate.empty") }}
      data-testid="certificate-list"
    />
  );
}
