import type { VolunteerCertificate } from "@xinqiao/shared";
import dayjs from "dayjs";
import { useI18n } from "../../../i18n/i18nContext.ts";

/**
 * The 志愿服务证明 itself (民政部令第67号): number, the volunteer with the ID number masked, the
 * certified hours and period, a summary of the certified service records, the issuing
 * organization (where its seal goes) and the date. Pure layout; styles in certificatePrint.css.
 */
const listedRecordLimit = 12;

export function CertificateDocument({ certificate }: { certificate: VolunteerCertificate }) {
  const { t, tOptional, locale } = useI18n();
  const date = (value: string) => (locale === "zh-CN" ? dayjs(value).format("YYYY年M月D日") : value);
  const { periodFrom, periodTo } = certificate;
  const period =
    periodFrom && periodTo
      ? t("volunteers.certificate.docPeriod", { from: date(periodFrom), to: date(periodTo) })
      : periodFrom
        ? t("volunteers.certificate.docPeriodFrom", { from: date(periodFrom) })
        : periodTo
          ? t("volunteers.certificate.docPeriodTo", { to: date(periodTo) })
          : "";
  // A short ledger is listed record by record; a long one is summarised per year to stay on one page.
  const isListed = certificate.recordCount <= listedRecordLimit && !certificate.isRecordListTruncated;

  return (
    <div className="xq-certificate" data-testid="certificate-document">
      <h1>{t("volunteers.certificate.docTitle")}</h1>
      <div className="xq-certificate-number">
        {t("volunteers.certificate.docNumber", { number: certificate.certificateNumber })}
      </div>
      <p className="xq-certificate-body">
        {t("volunteers.certificate.docBody", {
          name: certificate.volunteer.name,
          idType:
            tOptional(`volunteers.certificate.idType.${certificate.volunteer.idType}`) ??
            certificate.volunteer.idType,
          idNumber: certificate.volunteer.idNumber,
          volunteerNumber: certificate.volunteer.volunteerNumber,
          period,
          hours: certificate.totalHours,
        })}
      </p>
      <div className="xq-certificate-summary">
        {t("volunteers.certificate.docSummary", { count: certificate.recordCount })}
      </div>
      {isListed ? (
        <table>
          <thead>
            <tr>
              <th style={{ width: "17%" }}>{t("volunteers.ledger.serviceDate")}</th>
              <th>{t("volunteers.ledger.content")}</th>
              <th style={{ width: "28%" }}>{t("volunteers.ledger.place")}</th>
              <th style={{ width: "12%" }}>{t("volunteers.ledger.hours")}</th>
            </tr>
          </thead>
          <tbody>
            {certificate.records.map((record) => (
              <tr key={record.id}>
                <td>{record.serviceDate}</td>
                <td>{record.content}</td>
                <td>{record.place}</td>
                <td className="xq-number">{record.hours}</td>
              </tr>
            ))}
            <tr>
              <td colSpan={3}>{t("volunteers.certificate.docTotal")}</td>
              <td className="xq-number">{certificate.totalHours}</td>
            </tr>
          </tbody>
        </table>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t("volunteers.certificate.docYear")}</th>
              <th style={{ width: "30%" }}>{t("volunteers.certificate.docCount")}</th>
              <th style={{ width: "30%" }}>{t("volunteers.ledger.hours")}</th>
            </tr>
          </thead>
          <tbody>
            {certificate.yearSummary.map((year) => (
              <tr key={year.year}>
                <td>{year.year}</td>
                <td className="xq-number">{year.count}</td>
                <td className="xq-number">{year.hours}</td>
              </tr>
            ))}
            <tr>
              <td>{t("volunteers.certificate.docTotal")}</td>
              <td className="xq-number">{certificate.recordCount}</td>
              <td className="xq-number">{certificate.totalHours}</td>
            </tr>
          </tbody>
        </table>
      )}
      {certificate.mainContents.length > 0 && (
        <p className="xq-certificate-contents">
          {t("volunteers.certificate.docMainContents", { contents: certificate.mainContents.join("、") })}
        </p>
      )}
      <div className="xq-certificate-basis">{t("volunteers.certificate.docBasis")}</div>
      <div className="xq-certificate-issuer">
        <div>{t("volunteers.certificate.docIssuer", { organization: certificate.issuingOrganization })}</div>
        <div>{t("volunteers.certificate.docDate", { date: date(certificate.issuedOn) })}</div>
      </div>
    </div>
  );
}
