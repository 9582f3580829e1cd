import {
  createSocialWorkerBodySchema,
  type EducationLevel,
  type EmployerKind,
  editSocialWorkerFormSchema,
  educationLevelIds,
  employerIdField,
  employerKindIds,
  employmentStatusIds,
  isCertifiedLevel,
  parseIdNumber,
  professionalCertificates,
  type QualificationLevel,
  qualificationLevelIds,
  registrationExpiryOf,
  type SocialWorkerDetail,
  serviceDomains,
  socialWorkerFieldLabels,
  type WorkerEmploymentStatus,
} from "@xinqiao/shared";
import { App, AutoComplete, Col, DatePicker, Form, Input, Radio, Row, Select, Switch } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect } from "react";
import { useErrorText } from "../../../api/errorText.ts";
import { validateWithSchema } from "../../../api/formErrors.ts";
import { applyFieldErrors } from "../../../components/applyFieldErrors.ts";
import { FormDrawer } from "../../../components/FormDrawer.tsx";
import { countedUpTo } from "../../../components/textLimit.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useCreateSocialWorker, useUpdateSocialWorker } from "../hooks/useSocialWorkerMutations.ts";
import { useWorkerLabels } from "../hooks/useWorkerLabels.ts";
import { EmployerSelect } from "./EmployerSelect.tsx";

interface WorkerFormValues {
  name?: string;
  idNumber?: string;
  phone?: string;
  education?: EducationLevel;
  major?: string;
  isSocialWorkMajor?: boolean;
  qualificationLevel?: QualificationLevel;
  certificateNumber?: string;
  certificateDate?: Dayjs | null;
  registrationDate?: Dayjs | null;
  otherCertificates?: string[];
  employerKind?: EmployerKind;
  platformId?: number | null;
  socialOrganizationId?: number | null;
  departmentId?: number | null;
  position?: string;
  domains?: string[];
  employmentStatus?: WorkerEmploymentStatus;
  isIntroducedTalent?: boolean;
  joinedOn?: Dayjs | null;
}

const formFields = [
  "name",
  "idNumber",
  "phone",
  "education",
  "major",
  "isSocialWorkMajor",
  "qualificationLevel",
  "certificateNumber",
  "certificateDate",
  "registrationDate",
  "otherCertificates",
  "employerKind",
  "platformId",
  "socialOrganizationId",
  "departmentId",
  "position",
  "domains",
  "employmentStatus",
  "isIntroducedTalent",
  "joinedOn",
];

const dateOf = (value: Dayjs | null | undefined) => (value ? value.format("YYYY-MM-DD") : null);
const textOf = (value: string | undefined) => (value?.trim() ? value.trim() : null);
const dayjsOf = (value: string | null) => (value ? dayjs(value) : null);

function initialValues(worker: SocialWorkerDetail | null): WorkerFormValues {
  if (!worker) {
    return {
      education: "bachelor",
      qualificationLevel: "none",
      isSocialWorkMajor: false,
      otherCertificates: [],
      employerKind: "platform",
      domains: [],
      employmentStatus: "employed",
      isIntroducedTalent: false,
    };
  }
  return {
    name: worker.name,
    idNumber: worker.idNumber,
    phone: worker.phone ?? "",
    education: worker.education,
    major: worker.major ?? "",
    isSocialWorkMajor: worker.isSocialWorkMajor,
    qualificationLevel: worker.qualificationLevel,
    certificateNumber: worker.certificateNumber ?? "",
    certificateDate: dayjsOf(worker.certificateDate),
    registrationDate: dayjsOf(worker.registrationDate),
    otherCertificates: worker.otherCertificates,
    employerKind: worker.employer.kind,
    [employerIdField[worker.employer.kind]]: worker.employer.id,
    position: worker.position ?? "",
    domains: worker.domains,
    employmentStatus: worker.employmentStatus,
    isIntroducedTalent: worker.isIntroducedTalent,
    joinedOn: dayjsOf(worker.joinedOn),
  };
}

/** Create (no `worker`) or edit a worker, validated by the same shared schema as the server. */
export function SocialWorkerFormDrawer({
  open,
  worker,
  onClose,
  onSaved,
}: {
  open: boolean;
  worker: SocialWorkerDetail | null;
  onClose: () => void;
  onSaved?: (id: number) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const labels = useWorkerLabels();
  const errorText = useErrorText();
  const [form] = Form.useForm<WorkerFormValues>();
  const create = useCreateSocialWorker();
  const update = useUpdateSocialWorker();
  const isEditing = worker !== null;
  const level = Form.useWatch("qualificationLevel", form);
  const employerKind = Form.useWatch("employerKind", form);
  const idNumber = Form.useWatch("idNumber", form);
  const registrationDate = Form.useWatch("registrationDate", form);
  const isCertified = level !== undefined && isCertifiedLevel(level);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(initialValues(worker));
  }, [open, worker, form]);

  const parsedId = idNumber && idNumber !== worker?.idNumber ? parseIdNumber(idNumber) : null;
  const idHint =
    parsedId?.ok === true
      ? t("socialWorkers.hint.derivedFromId", {
          sex: labels.sex(parsedId.sex),
          birthDate: parsedId.birthDate,
        })
      : isEditing
        ? t("socialWorkers.hint.maskedUnchanged")
        : t("socialWorkers.hint.idNumber");
  const expiry = registrationExpiryOf(dateOf(registrationDate));

  const onError = (error: unknown) => {
    if (!applyFieldErrors(form, error, formFields, socialWorkerFieldLabels)) message.error(errorText(error));
  };

  const submit = (values: WorkerFormValues) => {
    const kind = values.employerKind;
    const certified = values.qualificationLevel !== undefined && isCertifiedLevel(values.qualificationLevel);
    const common = {
      name: values.name ?? "",
      education: values.education,
      major: textOf(values.major),
      isSocialWorkMajor: values.isSocialWorkMajor ?? false,
      qualificationLevel: values.qualificationLevel,
      certificateNumber: certified ? textOf(values.certificateNumber) : null,
      certificateDate: certified ? dateOf(values.certificateDate) : null,
      registrationDate: certified ? dateOf(values.registrationDate) : null,
      otherCertificates: values.otherCertificates ?? [],
      employerKind: kind,
      platformId: kind === "platform" ? (values.platformId ?? null) : null,
      socialOrganizationId: kind === "organization" ? (values.socialOrganizationId ?? null) : null,
      departmentId: kind === "department" ? (values.departmentId ?? null) : null,
      position: textOf(values.position),
      domains: values.domains ?? [],
      employmentStatus: values.employmentStatus,
      isIntroducedTalent: values.isIntroducedTalent ?? false,
      joinedOn: dateOf(values.joinedOn),
    };
    if (worker) {
      // Masked values left as they were are not sent back (the server keeps the stored ones).
      const body = validateWithSchema(form, editSocialWorkerFormSchema, {
        ...common,
        idNumber: values.idNumber === worker.idNumber ? undefined : (values.idNumber ?? ""),
        phone: values.phone === (worker.phone ?? "") ? undefined : textOf(values.phone),
      });
      if (!body) return;
      update.mutate(
        { id: worker.id, body },
        {
          onSuccess: () => {
            message.success(t("socialWorkers.updated"));
            onClose();
          },
          onError,
        },
      );
      return;
    }
    const body = validateWithSchema(form, createSocialWorkerBodySchema, {
      ...common,
      idNumber: values.idNumber ?? "",
      phone: textOf(values.phone),
    });
    if (!body) return;
    create.mutate(body, {
      onSuccess: (created) => {
        message.success(t("socialWorkers.created", { name: created.name }));
        onClose();
        onSaved?.(created.id);
      },
      onError,
    });
  };

  const selectPlaceholder = t("socialWorkers.placeholder.select");
  const datePlaceholder = t("socialWorkers.placeholder.date");

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      size={760}
      title={isEditing ? t("socialWorkers.editTitle", { name: worker.name }) : t("socialWorkers.createTitle")}
      form={form}
      formName="socialWorker"
      onFinish={submit}
      isSaving={create.isPending || update.isPending}
      testId="social-worker-form"
      saveTestId="social-worker-save"
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="name" label={t("socialWorkers.field.name")} required>
            <Input autoComplete="off" {...countedUpTo(50)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="idNumber" label={t("socialWorkers.field.idNumber")} required extra={idHint}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="phone" label={t("socialWorkers.field.phone")}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="education" label={t("socialWorkers.field.education")} required>
            <Select
              placeholder={selectPlaceholder}
              options={educationLevelIds.map((id) => ({ value: id, label: labels.education(id) }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="major" label={t("socialWorkers.field.major")}>
            <AutoComplete options={[{ value: "社会工作" }, { value: "社会学" }, { value: "心理学" }]}>
              <Input autoComplete="off" {...countedUpTo(50)} />
            </AutoComplete>
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="isSocialWorkMajor"
            label={t("socialWorkers.field.isSocialWorkMajor")}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="qualificationLevel" label={t("socialWorkers.field.qualificationLevel")} required>
            <Select
              placeholder={selectPlaceholder}
              options={qualificationLevelIds.map((id) => ({ value: id, label: labels.level(id) }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          {isCertified && (
            <Form.Item name="certificateNumber" label={t("socialWorkers.field.certificateNumber")} required>
              <Input autoComplete="off" {...countedUpTo(50)} />
            </Form.Item>
          )}
        </Col>
        {isCertified && (
          <>
            <Col span={12}>
              <Form.Item name="certificateDate" label={t("socialWorkers.field.certificateDate")} required>
                <DatePicker style={{ width: "100%" }} placeholder={datePlaceholder} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                name="registrationDate"
                label={t("socialWorkers.field.registrationDate")}
                extra={expiry ? t("socialWorkers.hint.expiry", { date: expiry }) : undefined}
              >
                <DatePicker style={{ width: "100%" }} placeholder={datePlaceholder} />
              </Form.Item>
            </Col>
          </>
        )}
        <Col span={24}>
          <Form.Item name="otherCertificates" label={t("socialWorkers.field.otherCertificates")}>
            <Select
              mode="multiple"
              allowClear
              placeholder={selectPlaceholder}
              options={professionalCertificates.map((certificate) => ({
                value: certificate,
                label: labels.certificate(certificate),
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="employerKind" label={t("socialWorkers.field.employerKind")} required>
            <Radio.Group
              options={employerKindIds.map((kind) => ({ value: kind, label: labels.employerKind(kind) }))}
              onChange={() =>
                form.setFieldsValue({ platformId: null, socialOrganizationId: null, departmentId: null })
              }
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          {employerKind && (
            <Form.Item
              key={employerKind}
              name={employerIdField[employerKind]}
              label={t(`socialWorkers.field.${employerIdField[employerKind]}`)}
              required
              extra={t("socialWorkers.hint.region")}
            >
              <EmployerSelect
                kind={employerKind}
                current={worker && worker.employer.kind === employerKind ? worker.employer : null}
              />
            </Form.Item>
          )}
        </Col>
        <Col span={12}>
          <Form.Item name="position" label={t("socialWorkers.field.position")}>
            <Input autoComplete="off" {...countedUpTo(50)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="employmentStatus" label={t("socialWorkers.field.employmentStatus")} required>
            <Select
              placeholder={selectPlaceholder}
              options={employmentStatusIds.map((id) => ({ value: id, label: labels.status(id) }))}
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="domains" label={t("socialWorkers.field.domains")}>
            <Select
              mode="multiple"
              allowClear
              placeholder={selectPlaceholder}
              options={serviceDomains.map((domain) => ({ value: domain, label: labels.domain(domain) }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="joinedOn" label={t("socialWorkers.field.joinedOn")}>
            <DatePicker style={{ width: "100%" }} placeholder={datePlaceholder} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="isIntroducedTalent"
            label={t("socialWorkers.field.isIntroducedTalent")}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
        </Col>
      </Row>
    </FormDrawer>
  );
}
