import { PrinterOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Result, Skeleton, Typography } from "antd";
import { createPortal } from "react-dom";
import { useParams } from "react-router";
import { BackLink } from "../../../components/BackLink.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { CertificateDocument } from "../components/CertificateDocument.tsx";
import { useCertificate } from "../hooks/useVolunteers.ts";
import "../components/certificatePrint.css";

/**
 * /volunteers/:id/certificates/:certificateId — the certificate previewed on an A4 sheet. For
 * printing, a copy rendered straight under <body> is the only thing shown (the app is hidden by
 * the print styles), so the browser's "Save as PDF" gives exactly one clean page.
 */
export function CertificatePrintPage() {
  const { t } = useI18n();
  const params = useParams();
  const volunteerId = Number(params.id);
  const certificate = useCertificate(volunteerId, Number(params.certificateId));
  const back = (
    <BackLink to={`/volunteers/${volunteerId}`}>{t("volunteers.certificate.backToVolunteer")}</BackLink>
  );

  if (certificate.isError) {
    return (
      <Card>
        <Result status="404" title={t("volunteers.certificate.notFound")} extra={back} />
      </Card>
    );
  }
  if (!certificate.data) {
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  }
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        {back}
        <Flex align="center" gap={12}>
          <Typography.Text type="secondary">{t("volunteers.certificate.printHint")}</Typography.Text>
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            onClick={() => window.print()}
            data-testid="certificate-print"
          >
            {t("volunteers.certificate.print")}
          </Button>
        </Flex>
      </Flex>
      <div style={{ overflowX: "auto", paddingBottom: 24 }}>
        <CertificateDocument certificate={certificate.data} />
      </div>
      {createPortal(
        <div className="xq-certificate-print">
          <CertificateDocument certificate={certificate.data} />
        </div>,
        document.body,
      )}
    </>
  );
}
