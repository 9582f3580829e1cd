import {
  createVolunteerServiceRecordBodySchema,
  type VolunteerDetail,
  type VolunteerServiceEntryKind,
  volunteerServiceRecordFieldLabels,
} from "@xinqiao/shared";
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect } from "react";
import { useErrorText } from "../../../api/errorText.ts";
import { clearErrorsOfChangedFields, validateWithSchema } from "../../../api/formErrors.ts";
import { applyFieldErrors } from "../../../components/applyFieldErrors.ts";
import { countedUpTo } from "../../../components/textLimit.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useCurrentUser } from "../../auth/hooks/useSession.ts";
import { useRecordServiceHours } from "../hooks/useVolunteerMutations.ts";
import { TeamSelect } from "./TeamSelect.tsx";

interface FormValues {
  content?: string;
  serviceDate?: Dayjs | null;
  place?: string;
  hours?: number | null;
  recordingOrganization?: string;
  confirmedBy?: string;
  teamId?: number | null;
}

const formFields = [
  "content",
  "serviceDate",
  "place",
  "hours",
  "recordingOrganization",
  "confirmedBy",
  "teamId",
];

/** A service record (民政部令第67号) or a time-bank redemption, validated like the server does. */
export function ServiceRecordModal({
  volunteer,
  entryKind,
  onClose,
}: {
  volunteer: VolunteerDetail;
  entryKind: VolunteerServiceEntryKind | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const user = useCurrentUser();
  const [form] = Form.useForm<FormValues>();
  const record = useRecordServiceHours();
  const isRedemption = entryKind === "redeemed";

  useEffect(() => {
    if (!entryKind) return;
    form.resetFields();
    form.setFieldsValue({
      serviceDate: dayjs(),
      recordingOrganization: user.organization?.name ?? "",
      confirmedBy: user.displayName,
    });
  }, [entryKind, form, user]);

  const submit = (values: FormValues) => {
    const body = validateWithSchema(form, createVolunteerServiceRecordBodySchema, {
      entryKind: entryKind ?? "earned",
      content: values.content ?? "",
      serviceDate: values.serviceDate ? values.serviceDate.format("YYYY-MM-DD") : "",
      place: values.place ?? "",
      hours: values.hours ?? undefined,
      recordingOrganization: values.recordingOrganization ?? "",
      confirmedBy: values.confirmedBy ?? "",
      teamId: values.teamId ?? null,
    });
    if (!body) return;
    record.mutate(
      { id: volunteer.id, body },
      {
        onSuccess: (created) => {
          message.success(
            t(isRedemption ? "volunteers.ledger.redeemed" : "volunteers.ledger.recorded", {
              hours: Math.abs(created.hours),
            }),
          );
          onClose();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error, formFields, volunteerServiceRecordFieldLabels)) {
            message.error(errorText(error));
          }
        },
      },
    );
  };

  return (
    <Modal
      open={entryKind !== null}
      title={t(isRedemption ? "volunteers.ledger.redeemTitle" : "volunteers.ledger.addTitle", {
        name: volunteer.name,
      })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: record.isPending }}
      destroyOnHidden
      width={620}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={
          isRedemption
            ? t("volunteers.ledger.redeemRule", { balance: volunteer.balanceHours })
            : t("volunteers.ledger.rule")
        }
      />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={clearErrorsOfChangedFields(form)}
        data-testid="service-record-form"
      >
        <Form.Item
          name="content"
          label={t(isRedemption ? "volunteers.ledger.redeemContent" : "volunteers.ledger.content")}
          required
        >
          <Input {...countedUpTo(300)} />
        </Form.Item>
        <Form.Item
          name="serviceDate"
          label={t(isRedemption ? "volunteers.ledger.redeemDate" : "volunteers.ledger.serviceDate")}
          required
        >
          <DatePicker style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="place" label={t("volunteers.ledger.place")} required>
          <Input {...countedUpTo(200)} />
        </Form.Item>
        <Form.Item name="hours" label={t("volunteers.ledger.hours")} required>
          <InputNumber step={0.5} style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item
          name="recordingOrganization"
          label={t("volunteers.ledger.recordingOrganization")}
          required
          extra={isRedemption ? undefined : t("volunteers.ledger.recordingOrganizationHint")}
        >
          <Input {...countedUpTo(100)} />
        </Form.Item>
        <Form.Item name="confirmedBy" label={t("volunteers.ledger.confirmedBy")} required>
          <Input {...countedUpTo(50)} />
        </Form.Item>
        {!isRedemption && (
          <Form.Item name="teamId" label={t("volunteers.ledger.team")}>
            <TeamSelect known={volunteer.teams} placeholder={t("volunteers.ledger.teamPlaceholder")} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
