import {
  createSocialOrganizationBodySchema,
  evaluationGrades,
  type OrganizationStatus,
  type OrganizationType,
  organizationStatusIds,
  organizationTypes,
  parseCreditCode,
  type SocialOrganizationDetail,
  serviceDomains,
  socialOrganizationFieldLabels,
} from "@xinqiao/shared";
import { Alert, App, Col, DatePicker, Form, Input, InputNumber, Row, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { ApiError } from "../../../api/client.ts";
import { useErrorText } from "../../../api/errorText.ts";
import { validateWithSchema } from "../../../api/formErrors.ts";
import { applyFieldErrors } from "../../../components/applyFieldErrors.ts";
import { FormDrawer } from "../../../components/FormDrawer.tsx";
import { RegionTreeSelect } from "../../../components/RegionTreeSelect.tsx";
import { countedUpTo } from "../../../components/textLimit.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useOrganizationLabels } from "../hooks/useOrganizationLabels.ts";
import {
  useCreateSocialOrganization,
  useUpdateSocialOrganization,
} from "../hooks/useSocialOrganizationMutations.ts";
import { asksForOverrideReason } from "./serverFieldErrors.ts";

interface OrganizationFormValues {
  name?: string;
  creditCode?: string;
  creditCodeOverrideReason?: string;
  orgType?: OrganizationType;
  registeringAuthority?: string;
  registeredOn?: Dayjs | null;
  legalRepresentative?: string;
  domains?: string[];
  evaluationGrade?: string | null;
  staffCount?: number | null;
  address?: string;
  status?: OrganizationStatus;
  regionCode?: string | null;
}

const formFields = [
  "name",
  "creditCode",
  "creditCodeOverrideReason",
  "orgType",
  "registeringAuthority",
  "registeredOn",
  "legalRepresentative",
  "domains",
  "evaluationGrade",
  "staffCount",
  "address",
  "status",
  "regionCode",
];

const textOf = (value: string | undefined) => (value?.trim() ? value.trim() : null);

function initialValues(organization: SocialOrganizationDetail | null): OrganizationFormValues {
  if (!organization) return { domains: [], staffCount: 0, status: "active" };
  return {
    name: organization.name,
    creditCode: organization.creditCode,
    creditCodeOverrideReason: organization.creditCodeOverrideReason ?? "",
    orgType: organization.orgType,
    registeringAuthority: organization.registeringAuthority,
    registeredOn: organization.registeredOn ? dayjs(organization.registeredOn) : null,
    legalRepresentative: organization.legalRepresentative ?? "",
    domains: organization.domains,
    evaluationGrade: organization.evaluationGrade,
    staffCount: organization.staffCount,
    address: organization.address ?? "",
    status: organization.status,
    regionCode: organization.region.code,
  };
}

/**
 * Create (no `organization`) or edit, validated by the same shared schema as the server. A code
 * whose check character fails is refused by the server; when the server says this user may
 * accept it (its answer asks for creditCodeOverrideReason), the reason field appears.
 */
export function SocialOrganizationFormDrawer({
  open,
  organization,
  onClose,
  onSaved,
}: {
  open: boolean;
  organization: SocialOrganizationDetail | null;
  onClose: () => void;
  onSaved?: (id: number) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const labels = useOrganizationLabels();
  const errorText = useErrorText();
  const [form] = Form.useForm<OrganizationFormValues>();
  const create = useCreateSocialOrganization();
  const update = useUpdateSocialOrganization();
  const [isOverrideShown, setIsOverrideShown] = useState(false);
  // The server's message on the code replaces the live warning until the code is changed.
  const [hasServerCodeError, setHasServerCodeError] = useState(false);
  const creditCode = Form.useWatch("creditCode", form);
  const isEditing = organization !== null;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(initialValues(organization));
    // An accepted check failure may be re-explained by whoever may accept one.
    setIsOverrideShown(
      Boolean(
        organization && !organization.isCreditCodeCheckValid && organization.abilities.overrideCreditCode,
      ),
    );
    setHasServerCodeError(false);
  }, [open, organization, form]);

  const parsedCode = creditCode ? parseCreditCode(creditCode) : null;
  const checkWarning =
    parsedCode?.ok && !parsedCode.isCheckValid && !hasServerCodeError
      ? t("socialOrganizations.checkWarning", { expected: parsedCode.expectedCheck })
      : null;

  const onError = (error: unknown) => {
    if (asksForOverrideReason(error)) setIsOverrideShown(true);
    setHasServerCodeError(
      error instanceof ApiError && error.fields.some((field) => field.path === "creditCode"),
    );
    if (!applyFieldErrors(form, error, formFields, socialOrganizationFieldLabels))
      message.error(errorText(error));
  };

  const submit = (values: OrganizationFormValues) => {
    const body = validateWithSchema(form, createSocialOrganizationBodySchema, {
      name: values.name ?? "",
      creditCode: values.creditCode ?? "",
      creditCodeOverrideReason: isOverrideShown ? textOf(values.creditCodeOverrideReason) : undefined,
      orgType: values.orgType,
      registeringAuthority: values.registeringAuthority ?? "",
      registeredOn: values.registeredOn ? values.registeredOn.format("YYYY-MM-DD") : null,
      legalRepresentative: textOf(values.legalRepresentative),
      domains: values.domains ?? [],
      evaluationGrade: values.evaluationGrade ?? null,
      staffCount: values.staffCount ?? undefined,
      address: textOf(values.address),
      status: values.status,
      regionCode: values.regionCode ?? "",
    });
    if (!body) return;
    const onSuccess = (saved: SocialOrganizationDetail) => {
      message.success(
        isEditing ? t("socialOrganizations.updated") : t("socialOrganizations.created", { name: saved.name }),
      );
      onSaved?.(saved.id);
      onClose();
    };
    if (organization) update.mutate({ id: organization.id, body }, { onSuccess, onError });
    else create.mutate(body, { onSuccess, onError });
  };

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      size={760}
      title={
        isEditing
          ? t("socialOrganizations.editTitle", { name: organization.name })
          : t("socialOrganizations.createTitle")
      }
      form={form}
      onFinish={submit}
      onValuesChange={(changed: OrganizationFormValues) => {
        if ("creditCode" in changed) setHasServerCodeError(false);
      }}
      isSaving={create.isPending || update.isPending}
      testId="social-organization-form"
      saveTestId="social-organization-save"
    >
      <Form.Item name="name" label={labels.field("name")} required>
        <Input autoComplete="off" {...countedUpTo(100)} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={14}>
          <Form.Item
            name="creditCode"
            label={labels.field("creditCode")}
            required
            extra={checkWarning ?? t("socialOrganizations.creditCodeHint")}
            validateStatus={checkWarning ? "warning" : undefined}
          >
            <Input autoComplete="off" style={{ fontFamily: "monospace" }} data-testid="credit-code-input" />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="orgType" label={labels.field("orgType")} required>
            <Select<OrganizationType>
              placeholder={t("socialOrganizations.placeholder.select")}
              options={organizationTypes.map((type) => ({ value: type, label: labels.type(type) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      {isOverrideShown && (
        <>
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={t("socialOrganizations.overrideTitle")}
            description={t("socialOrganizations.overrideHint")}
          />
          <Form.Item
            name="creditCodeOverrideReason"
            label={labels.field("creditCodeOverrideReason")}
            required
          >
            <Input.TextArea
              rows={2}
              {...countedUpTo(300)}
              placeholder={t("socialOrganizations.overridePlaceholder")}
              data-testid="credit-code-override-reason"
            />
          </Form.Item>
        </>
      )}
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="registeringAuthority" label={labels.field("registeringAuthority")} required>
            <Input autoComplete="off" {...countedUpTo(100)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="registeredOn" label={labels.field("registeredOn")}>
            <DatePicker style={{ width: "100%" }} placeholder={t("socialOrganizations.placeholder.date")} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="regionCode" label={labels.field("regionCode")} required>
            <RegionTreeSelect
              selectableLevels={["district", "street"]}
              placeholder={t("socialOrganizations.placeholder.region")}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="status" label={labels.field("status")} required>
            <Select<OrganizationStatus>
              options={organizationStatusIds.map((status) => ({
                value: status,
                label: labels.status(status),
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="legalRepresentative" label={labels.field("legalRepresentative")}>
            <Input autoComplete="off" {...countedUpTo(50)} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="evaluationGrade" label={labels.field("evaluationGrade")}>
            <Select<string>
              allowClear
              placeholder={labels.grade(null)}
              options={evaluationGrades.map((grade) => ({ value: grade, label: grade }))}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="staffCount" label={labels.field("staffCount")} required>
            <InputNumber step={1} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="domains" label={labels.field("domains")}>
        <Select<string[]>
          mode="multiple"
          allowClear
          placeholder={t("socialOrganizations.placeholder.select")}
          options={serviceDomains.map((domain) => ({ value: domain, label: labels.domain(domain) }))}
        />
      </Form.Item>
      <Form.Item name="address" label={labels.field("address")}>
        <Input autoComplete="off" {...countedUpTo(200)} />
      </Form.Item>
    </FormDrawer>
  );
}
