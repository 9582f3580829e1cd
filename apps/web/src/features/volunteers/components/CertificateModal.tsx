import {
  issueVolunteerCertificateBodySchema,
  type VolunteerDetail,
  volunteerCertificateFieldLabels,
} from "@xinqiao/shared";
import { Alert, App, DatePicker, Form, Modal, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useEffect } from "react";
import { useNavigate } from "react-router";
import { useErrorText } from "../../../api/errorText.ts";
import { clearErrorsOfChangedFields, validateWithSchema } from "../../../api/formErrors.ts";
import { applyFieldErrors } from "../../../components/applyFieldErrors.ts";
import { useReturnState } from "../../../hooks/useReturnState.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useIssueCertificate } from "../hooks/useVolunteerMutations.ts";

interface FormValues {
  issuingOrganization?: string;
  periodFrom?: Dayjs | null;
  periodTo?: Dayjs | null;
}

/**
 * Issues a 志愿服务证明: "whoever records, certifies", so the issuer is one of the organizations
 * that recorded this volunteer's hours; the server numbers it and the print page opens.
 */
export function CertificateModal({
  volunteer,
  open,
  onClose,
}: {
  volunteer: VolunteerDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const returnState = useReturnState();
  const [form] = Form.useForm<FormValues>();
  const issue = useIssueCertificate();
  const organizations = volunteer.recordingOrganizations;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    const [main] = [...organizations].sort((a, b) => b.hours - a.hours);
    if (main) form.setFieldsValue({ issuingOrganization: main.name });
  }, [open, form, organizations]);

  const submit = (values: FormValues) => {
    const body = validateWithSchema(form, issueVolunteerCertificateBodySchema, {
      issuingOrganization: values.issuingOrganization ?? "",
      periodFrom: values.periodFrom ? values.periodFrom.format("YYYY-MM-DD") : null,
      periodTo: values.periodTo ? values.periodTo.format("YYYY-MM-DD") : null,
    });
    if (!body) return;
    issue.mutate(
      { id: volunteer.id, body },
      {
        onSuccess: (certificate) => {
          message.success(t("volunteers.certificate.issued", { number: certificate.certificateNumber }));
          onClose();
          navigate(`/volunteers/${volunteer.id}/certificates/${certificate.id}`, { state: returnState });
        },
        onError: (error) => {
          if (
            !applyFieldErrors(
              form,
              error,
              ["issuingOrganization", "periodFrom", "periodTo"],
              volunteerCertificateFieldLabels,
            )
          ) {
            message.error(errorText(error));
          }
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t("volunteers.certificate.issueTitle", { name: volunteer.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: issue.isPending, disabled: organizations.length === 0 }}
      destroyOnHidden
    >
      {organizations.length === 0 ? (
        <Alert type="warning" showIcon title={t("volunteers.certificate.noOrganizations")} />
      ) : (
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          onValuesChange={clearErrorsOfChangedFields(form)}
          data-testid="certificate-form"
        >
          <Form.Item
            name="issuingOrganization"
            label={t("volunteers.certificate.issuingOrganization")}
            required
            extra={t("volunteers.certificate.issuingOrganizationHint")}
          >
            <Select
              options={organizations.map((organization) => ({
                value: organization.name,
                label: t("volunteers.certificate.organizationHours", {
                  name: organization.name,
                  hours: organization.hours,
                }),
              }))}
            />
          </Form.Item>
          <div style={{ marginBottom: 8 }}>{t("volunteers.certificate.period")}</div>
          <div style={{ display: "flex", gap: 12 }}>
            <Form.Item name="periodFrom" label={t("volunteers.certificate.periodFrom")} style={{ flex: 1 }}>
              <DatePicker style={{ width: "100%" }} />
            </Form.Item>
            <Form.Item name="periodTo" label={t("volunteers.certificate.periodTo")} style={{ flex: 1 }}>
              <DatePicker style={{ width: "100%" }} />
            </Form.Item>
          </div>
        </Form>
      )}
    </Modal>
  );
}
