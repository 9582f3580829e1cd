import {
  createPlatformBodySchema,
  type PlatformDetail,
  type PlatformKind,
  type PlatformStatusId,
  platformFacilities,
  platformFieldLabels,
  platformKindIds,
  platformRegionLevels,
  platformStatusIds,
} from "@xinqiao/shared";
import { App, Checkbox, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect } from "react";
import { useErrorText } from "../../../api/errorText.ts";
import { validateWithSchema } from "../../../api/formErrors.ts";
import { applyFieldErrors } from "../../../components/applyFieldErrors.ts";
import { FormDrawer } from "../../../components/FormDrawer.tsx";
import { RegionTreeSelect } from "../../../components/RegionTreeSelect.tsx";
import { SocialOrganizationSelect } from "../../../components/SocialOrganizationSelect.tsx";
import { countedUpTo } from "../../../components/textLimit.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { usePlatformLabels } from "../hooks/usePlatformLabels.ts";
import { useCreatePlatform, useUpdatePlatform } from "../hooks/usePlatformMutations.ts";

interface PlatformFormValues {
  kind?: PlatformKind;
  name?: string;
  regionCode?: string | null;
  address?: string;
  floorArea?: number | null;
  facilities?: string[];
  operatorOrganizationId?: number | null;
  openedOn?: Dayjs | null;
  status?: PlatformStatusId;
}

const formFields = [
  "kind",
  "name",
  "regionCode",
  "address",
  "floorArea",
  "facilities",
  "operatorOrganizationId",
  "openedOn",
  "status",
];

function initialValues(platform: PlatformDetail | null): PlatformFormValues {
  if (!platform) return { kind: "station", facilities: ["办公场地"], status: "operating" };
  return {
    kind: platform.kind,
    name: platform.name,
    regionCode: platform.region.code,
    address: platform.address ?? "",
    floorArea: platform.floorArea,
    facilities: platform.facilities,
    operatorOrganizationId: platform.operatorOrganization?.id ?? null,
    openedOn: platform.openedOn ? dayjs(platform.openedOn) : null,
    status: platform.status,
  };
}

/** Create (no `platform`) or edit a platform, validated by the same shared schema as the server. */
export function PlatformFormDrawer({
  open,
  platform,
  onClose,
  onSaved,
}: {
  open: boolean;
  platform: PlatformDetail | null;
  onClose: () => void;
  onSaved?: (id: number) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const labels = usePlatformLabels();
  const errorText = useErrorText();
  const [form] = Form.useForm<PlatformFormValues>();
  const create = useCreatePlatform();
  const update = useUpdatePlatform();
  const kind = Form.useWatch("kind", form);
  const isEditing = platform !== null;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(initialValues(platform));
  }, [open, platform, form]);

  const onError = (error: unknown) => {
    if (!applyFieldErrors(form, error, formFields, platformFieldLabels)) message.error(errorText(error));
  };

  const submit = (values: PlatformFormValues) => {
    const body = validateWithSchema(form, createPlatformBodySchema, {
      kind: values.kind,
      name: values.name ?? "",
      regionCode: values.regionCode ?? "",
      address: values.address?.trim() ? values.address.trim() : null,
      floorArea: values.floorArea ?? null,
      facilities: values.facilities ?? [],
      operatorOrganizationId: values.operatorOrganizationId ?? null,
      openedOn: values.openedOn ? values.openedOn.format("YYYY-MM-DD") : null,
      status: values.status,
    });
    if (!body) return;
    const onSuccess = (saved: PlatformDetail) => {
      const done = isEditing ? t("platforms.updated") : t("platforms.created", { name: saved.name });
      if (saved.warnings.length > 0)
        message.warning(t("platforms.savedWithWarnings", { warnings: saved.warnings.join("；") }));
      else message.success(done);
      onSaved?.(saved.id);
      onClose();
    };
    if (platform) update.mutate({ id: platform.id, body }, { onSuccess, onError });
    else create.mutate(body, { onSuccess, onError });
  };

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      size={720}
      title={isEditing ? t("platforms.editTitle", { name: platform.name }) : t("platforms.createTitle")}
      form={form}
      onFinish={submit}
      isSaving={create.isPending || update.isPending}
      testId="platform-form"
      saveTestId="platform-save"
    >
      <Form.Item
        name="kind"
        label={labels.field("kind")}
        required
        extra={kind ? t(`platforms.kindHint.${kind}`) : undefined}
      >
        <Radio.Group
          optionType="button"
          options={platformKindIds.map((id) => ({ value: id, label: labels.kindShort(id) }))}
          onChange={() => form.setFieldValue("regionCode", null)}
        />
      </Form.Item>
      <Form.Item name="regionCode" label={labels.field("regionCode")} required>
        <RegionTreeSelect
          selectableLevels={kind ? [platformRegionLevels[kind]] : undefined}
          placeholder={t("platforms.regionPlaceholder")}
        />
      </Form.Item>
      <Form.Item name="name" label={labels.field("name")} required>
        <Input autoComplete="off" {...countedUpTo(100)} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="status" label={labels.field("status")} required>
            <Select<PlatformStatusId>
              options={platformStatusIds.map((status) => ({ value: status, label: labels.status(status) }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="openedOn" label={labels.field("openedOn")}>
            <DatePicker style={{ width: "100%" }} placeholder={t("platforms.placeholder.date")} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="floorArea"
            label={labels.field("floorArea")}
            extra={kind === "station" ? t("platforms.standard.hint") : undefined}
          >
            <InputNumber step={1} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="operatorOrganizationId" label={labels.field("operatorOrganizationId")}>
            <SocialOrganizationSelect
              current={platform?.operatorOrganization ?? null}
              placeholder={t("platforms.operatorPlaceholder")}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="facilities" label={labels.field("facilities")}>
        <Checkbox.Group
          options={platformFacilities.map((facility) => ({
            value: facility,
            label: labels.facility(facility),
          }))}
        />
      </Form.Item>
      <Form.Item name="address" label={labels.field("address")}>
        <Input autoComplete="off" {...countedUpTo(200)} />
      </Form.Item>
    </FormDrawer>
  );
}
