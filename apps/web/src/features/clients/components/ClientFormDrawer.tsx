import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import {
  type ClientDetail,
  clientCategories,
  clientFieldLabels,
  clientRiskLevels,
  createClientBodySchema,
  parseIdNumber,
  updateClientBodySchema,
} from "@xinqiao/shared";
import { App, Button, Col, DatePicker, Form, Input, Radio, Row, Select, Space, Switch } from "antd";
import type { Dayjs } from "dayjs";
import { useEffect } from "react";
import { useErrorText } from "../../../api/errorText.ts";
import { validateWithSchema } from "../../../api/formErrors.ts";
import { applyFieldErrors } from "../../../components/applyFieldErrors.ts";
import { FormDrawer } from "../../../components/FormDrawer.tsx";
import { RegionTreeSelect } from "../../../components/RegionTreeSelect.tsx";
import { countedUpTo } from "../../../components/textLimit.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { type ClientFormValues, clientBodyOf, clientFormFields, initialClientValues } from "../clientForm.ts";
import { useClientLabels } from "../hooks/useClientLabels.ts";
import { useCreateClient, useUpdateClient } from "../hooks/useClientMutations.ts";

type RiskLevel = keyof typeof clientRiskLevels;
const riskLevels = Object.keys(clientRiskLevels) as RiskLevel[];

interface FormValues extends Omit<ClientFormValues, "birthDate"> {
  birthDate?: Dayjs | null;
}

/**
 * Create (no `client`) or edit a client, validated by the same shared schema as the server. Without
 * an ID number the birth date and sex are entered; with one they follow from it. Records that may
 * be the same person do not stop the save: the record's page names them.
 */
export function ClientFormDrawer({
  open,
  client,
  onClose,
  onSaved,
}: {
  open: boolean;
  client: ClientDetail | null;
  onClose: () => void;
  /** After a creation: the new record (its page shows possible duplicates). */
  onSaved?: (created: ClientDetail) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const labels = useClientLabels();
  const errorText = useErrorText();
  const [form] = Form.useForm<FormValues>();
  const create = useCreateClient();
  const update = useUpdateClient();
  const isEditing = client !== null;
  const idNumber: string | undefined = Form.useWatch("idNumber", form);
  const hasIdNumber = Boolean(idNumber?.trim());

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(initialClientValues(client));
  }, [open, client, form]);

  const parsedId = hasIdNumber && idNumber !== client?.idNumber ? parseIdNumber(idNumber ?? "") : null;
  const idHint =
    parsedId?.ok === true
      ? t("clients.form.derivedFromId", { sex: labels.sex(parsedId.sex), birthDate: parsedId.birthDate })
      : isEditing && client.idNumber
        ? t("clients.form.maskedUnchanged")
        : t("clients.form.idNumberHint");

  const onError = (error: unknown) => {
    if (!applyFieldErrors(form, error, clientFormFields, clientFieldLabels)) message.error(errorText(error));
  };

  const submit = (values: FormValues) => {
    const entered: ClientFormValues = {
      ...values,
      birthDate: values.birthDate ? values.birthDate.format("YYYY-MM-DD") : null,
    };
    if (client) {
      const body = validateWithSchema(form, updateClientBodySchema, clientBodyOf(entered, client));
      if (!body) return;
      update.mutate(
        { id: client.id, body },
        {
          onSuccess: () => {
            message.success(t("clients.updated"));
            onClose();
          },
          onError,
        },
      );
      return;
    }
    const body = validateWithSchema(form, createClientBodySchema, clientBodyOf(entered, null));
    if (!body) return;
    create.mutate(body, {
      onSuccess: (created) => {
        message.success(t("clients.created", { name: created.name }));
        onClose();
        onSaved?.(created);
      },
      onError,
    });
  };

  const selectPlaceholder = t("clients.form.select");

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      size={760}
      title={isEditing ? t("clients.editTitle", { name: client.name }) : t("clients.createTitle")}
      form={form}
      formName="client"
      onFinish={submit}
      isSaving={create.isPending || update.isPending}
      testId="client-form"
      saveTestId="client-save"
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="name" label={t("clients.field.name")} required>
            <Input autoComplete="off" {...countedUpTo(50)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="idNumber" label={t("clients.field.idNumber")} extra={idHint}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        {!hasIdNumber && (
          <>
            <Col span={12}>
              <Form.Item
                name="birthDate"
                label={t("clients.field.birthDate")}
                required={!isEditing}
                extra={
                  isEditing ? t("clients.form.birthDateUnchanged", { month: client.birthDate }) : undefined
                }
              >
                <DatePicker style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="sex" label={t("clients.field.sex")} required={!isEditing}>
                <Radio.Group
                  options={(["male", "female"] as const).map((sex) => ({
                    value: sex,
                    label: labels.sex(sex),
                  }))}
                />
              </Form.Item>
            </Col>
          </>
        )}
        <Col span={12}>
          <Form.Item name="phone" label={t("clients.field.phone")}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="regionCode"
            label={t("clients.field.regionCode")}
            required
            extra={t("clients.form.regionHint")}
          >
            <RegionTreeSelect
              selectableLevels={["community"]}
              placeholder={t("clients.form.regionPlaceholder")}
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="address" label={t("clients.field.address")}>
            <Input autoComplete="off" {...countedUpTo(200)} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="categories" label={t("clients.field.categories")}>
            <Select
              mode="multiple"
              allowClear
              placeholder={selectPlaceholder}
              options={clientCategories.map((category) => ({
                value: category,
                label: labels.category(category),
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="riskLevel" label={t("clients.field.riskLevel")} required>
            <Radio.Group options={riskLevels.map((level) => ({ value: level, label: labels.risk(level) }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="isEmergency" label={t("clients.field.isEmergency")} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="guardianName" label={t("clients.field.guardianName")}>
            <Input autoComplete="off" {...countedUpTo(50)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="guardianRelation" label={t("clients.field.guardianRelation")}>
            <Input autoComplete="off" {...countedUpTo(20)} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item label={t("clients.field.householdMembers")}>
            <Form.List name="householdMembers">
              {(fields, { add, remove }) => (
                <Space orientation="vertical" style={{ width: "100%" }}>
                  {fields.map((field) => (
                    <Space key={field.key} align="baseline">
                      <Form.Item name={[field.name, "name"]} noStyle={false} style={{ marginBottom: 0 }}>
                        <Input placeholder={t("clients.form.memberName")} {...countedUpTo(50)} />
                      </Form.Item>
                      <Form.Item name={[field.name, "relation"]} style={{ marginBottom: 0 }}>
                        <Input placeholder={t("clients.form.memberRelation")} {...countedUpTo(20)} />
                      </Form.Item>
                      <Button
                        type="text"
                        icon={<MinusCircleOutlined />}
                        aria-label={t("clients.form.removeMember")}
                        onClick={() => remove(field.name)}
                      />
                    </Space>
                  ))}
                  <Button
                    type="dashed"
                    icon={<PlusOutlined />}
                    onClick={() => add({ name: "", relation: "" })}
                  >
                    {t("clients.form.addMember")}
                  </Button>
                </Space>
              )}
            </Form.List>
          </Form.Item>
        </Col>
      </Row>
    </FormDrawer>
  );
}
