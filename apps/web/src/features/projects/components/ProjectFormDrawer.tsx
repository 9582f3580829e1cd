import {
  createProjectBodySchema,
  type ProjectDetail,
  type ProjectImplementerKind,
  projectFieldLabels,
  projectImplementerKindIds,
  projectKindIds,
  serviceDomains,
  targetIndicatorIds,
} from "@xinqiao/shared";
import { App, Button, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Space } from "antd";
import type { Dayjs } from "dayjs";
import { useErrorText } from "../../../api/errorText.ts";
import { validateWithSchema } from "../../../api/formErrors.ts";
import { applyFieldErrors } from "../../../components/applyFieldErrors.ts";
import { FormDrawer } from "../../../components/FormDrawer.tsx";
import { RegionTreeSelect } from "../../../components/RegionTreeSelect.tsx";
import { countedUpTo } from "../../../components/textLimit.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { projectsApi } from "../api.ts";
import { useProjectChange } from "../hooks/useProjects.ts";
import { ImplementerSelect } from "./ImplementerSelect.tsx";

interface FormValues {
  name?: string;
  kind?: string;
  domains?: string[];
  implementerKind?: ProjectImplementerKind;
  implementerId?: number;
  regionCode?: string;
  periodStart?: Dayjs;
  periodEnd?: Dayjs;
  targetGroups?: string[];
  targets?: { indicator?: string; targetValue?: number }[];
}

const formFields = Object.keys(projectFieldLabels);

/** A new project (申报中): checked with the shared schema before it is sent, and by field after. */
export function ProjectFormDrawer({
  open,
  onClose,
  onSaved,
}: {
  open: boolean;
  onClose: () => void;
  onSaved: (project: ProjectDetail) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<FormValues>();
  const implementerKind = Form.useWatch("implementerKind", form) ?? "socialOrganization";
  const save = useProjectChange((body: object) => projectsApi.create(body as never));
  const submit = (values: FormValues) => {
    const body = validateWithSchema(form, createProjectBodySchema, {
      ...values,
      implementerKind: values.implementerKind ?? "socialOrganization",
      periodStart: values.periodStart?.format("YYYY-MM-DD"),
      periodEnd: values.periodEnd?.format("YYYY-MM-DD"),
      targetGroups: values.targetGroups ?? [],
      targets: values.targets ?? [],
      milestones: [],
    });
    if (!body) return;
    save.mutate(body, {
      onSuccess: (saved) => {
        void message.success(t("projects.saved"));
        onClose();
        onSaved(saved);
      },
      onError: (error) => {
        if (!applyFieldErrors(form, error, formFields, projectFieldLabels))
          void message.error(errorText(error));
      },
    });
  };
  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      size={720}
      title={t("projects.create")}
      form={form}
      formName="project"
      onFinish={submit}
      isSaving={save.isPending}
      testId="project-form"
      saveTestId="project-save"
    >
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item name="name" label={t("projects.field.name")} required>
            <Input autoComplete="off" {...countedUpTo(100)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="kind" label={t("projects.field.kind")} required>
            <Select
              options={projectKindIds.map((kind) => ({ value: kind, label: t(`projects.kind.${kind}`) }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="domains" label={t("projects.field.domains")} required>
            <Select
              mode="multiple"
              options={serviceDomains.map((domain) => ({ value: domain, label: domain }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="regionCode" label={t("projects.field.region")} required>
            <RegionTreeSelect selectableLevels={["district", "street", "community"]} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="implementerKind"
            label={t("projects.field.implementerKind")}
            initialValue="socialOrganization"
          >
            <Radio.Group
              options={projectImplementerKindIds.map((kind) => ({
                value: kind,
                label: t(`projects.implementer.${kind}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="implementerId" label={t("projects.field.implementer")} required>
            <ImplementerSelect kind={implementerKind} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="periodStart" label={t("projects.field.periodStart")} required>
            <DatePicker style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="periodEnd" label={t("projects.field.periodEnd")} required>
            <DatePicker style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="targetGroups" label={t("projects.field.targetGroups")}>
            <Select mode="tags" open={false} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.List name="targets">
            {(fields, { add, remove }) => (
              <Space orientation="vertical" style={{ width: "100%" }}>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline">
                    <Form.Item name={[field.name, "indicator"]} label={t("projects.field.indicator")}>
                      <Select
                        style={{ width: 180 }}
                        options={targetIndicatorIds.map((indicator) => ({
                          value: indicator,
                          label: t(`projects.indicator.${indicator}`),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, "targetValue"]} label={t("projects.field.target")}>
                      <InputNumber />
                    </Form.Item>
                    <Button onClick={() => remove(field.name)}>{t("projects.remove")}</Button>
                  </Space>
                ))}
                <Button onClick={() => add()} data-testid="project-add-target">
                  {t("projects.addTarget")}
                </Button>
              </Space>
            )}
          </Form.List>
        </Col>
      </Row>
    </FormDrawer>
  );
}
