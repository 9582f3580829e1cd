import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import {
  createServiceRecordBodySchema,
  type ServiceRecordDetail,
  type ServiceRecordMethod,
  serviceDomains,
  serviceRecordFieldLabels,
  serviceRecordMethods,
  serviceRecordTypes,
  updateServiceRecordBodySchema,
} from "@xinqiao/shared";
import {
  Alert,
  App,
  Button,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  TimePicker,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect } from "react";
import { useErrorText } from "../../../api/errorText.ts";
import { validateWithSchema } from "../../../api/formErrors.ts";
import { applyFieldErrors } from "../../../components/applyFieldErrors.ts";
import { FormDrawer } from "../../../components/FormDrawer.tsx";
import { RegionTreeSelect } from "../../../components/RegionTreeSelect.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useCurrentUser } from "../../auth/hooks/useSession.ts";
import { clientOptions, volunteerOptions, workerOptions } from "./api.ts";
import { useCreateServiceRecord, useUpdateServiceRecord } from "./hooks.ts";
import { PeoplePicker, PersonPicker } from "./PeoplePicker.tsx";
import { useServiceRecordLabels } from "./useServiceRecordLabels.ts";

interface FormValues {
  serviceDate?: Dayjs | null;
  startTime?: Dayjs | null;
  endTime?: Dayjs | null;
  minutes?: number | null;
  method?: ServiceRecordMethod;
  type?: string;
  domain?: string;
  place?: string;
  regionCode?: string | null;
  clientIds?: number[];
  workerIds?: number[];
  volunteers?: { volunteerId?: number | null; hours?: number | null }[];
  notes?: string | null;
}

const fieldNames = [
  "caseId",
  "serviceDate",
  "startTime",
  "endTime",
  "minutes",
  "method",
  "type",
  "domain",
  "place",
  "regionCode",
  "clientIds",
  "workerIds",
  "volunteers",
  "notes",
];
const methods = Object.keys(serviceRecordMethods) as ServiceRecordMethod[];
const caseworkerRoles = ["social_worker", "station_staff", "supervisor"];

const time = (value: Dayjs | null | undefined) => (value ? value.format("HH:mm") : null);

/**
 * Records a service (no `record`), against `caseId` or standalone, or corrects one: validated by
 * the same shared schema as the server. Volunteers and their hours are entered only when
 * recording: they go into the ledger, and a correction of hours is a void and a new record.
 */
export function ServiceRecordFormDrawer({
  open,
  onClose,
  caseId = null,
  record = null,
  onSaved,
}: {
  open: boolean;
  onClose: () => void;
  caseId?: number | null;
  record?: ServiceRecordDetail | null;
  onSaved?: (saved: ServiceRecordDetail) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const labels = useServiceRecordLabels();
  const me = useCurrentUser();
  const [form] = Form.useForm<FormValues>();
  const create = useCreateServiceRecord();
  const update = useUpdateServiceRecord();
  const isEditing = record !== null;
  const forCase = record ? record.case !== null : caseId !== null;
  const meAsWorker = caseworkerRoles.includes(me.roleId) ? [{ id: me.id, name: me.displayName }] : [];

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      record
        ? {
            serviceDate: dayjs(record.serviceDate),
            startTime: record.startTime ? dayjs(`2000-01-01T${record.startTime}`) : null,
            endTime: record.endTime ? dayjs(`2000-01-01T${record.endTime}`) : null,
            minutes: record.minutes,
            method: record.method,
            type: record.type,
            domain: record.domain,
            place: record.place,
            clientIds: record.clients.map((c) => c.id),
            workerIds: record.workers.map((w) => w.id),
            notes: record.notes,
          }
        : {
            serviceDate: dayjs(),
            method: "casework",
            regionCode: ["street", "community"].includes(me.region.level) ? me.region.code : null,
            workerIds: caseworkerRoles.includes(me.roleId) ? [me.id] : [],
            volunteers: [],
          },
    );
  }, [open, record, form, me]);

  const onError = (error: unknown) => {
    if (!applyFieldErrors(form, error, fieldNames, serviceRecordFieldLabels)) message.error(errorText(error));
  };

  const submit = (values: FormValues) => {
    const common = {
      serviceDate: values.serviceDate ? values.serviceDate.format("YYYY-MM-DD") : "",
      startTime: time(values.startTime),
      endTime: time(values.endTime),
      minutes: values.minutes ?? null,
      method: values.method,
      type: values.type,
      domain: values.domain,
      place: values.place ?? "",
      notes: values.notes?.trim() ? values.notes : null,
      clientIds: values.clientIds ?? [],
      workerIds: values.workerIds ?? [],
    };
    if (record) {
      const body = validateWithSchema(form, updateServiceRecordBodySchema, common);
      if (!body) return;
      update.mutate(
        { id: record.id, body },
        {
          onSuccess: (saved) => {
            message.success(t("serviceRecords.updated"));
            onClose();
            onSaved?.(saved);
          },
          onError,
        },
      );
      return;
    }
    const body = validateWithSchema(form, createServiceRecordBodySchema, {
      ...common,
      caseId,
      regionCode: caseId ? null : (values.regionCode ?? null),
      volunteers: (values.volunteers ?? []).map((v) => ({
        volunteerId: v.volunteerId ?? 0,
        hours: v.hours ?? 0,
      })),
    });
    if (!body) return;
    create.mutate(body, {
      onSuccess: (saved) => {
        message.success(t("serviceRecords.created"));
        onClose();
        onSaved?.(saved);
      },
      onError,
    });
  };

  const select = t("serviceRecords.select");

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      size={760}
      title={isEditing ? t("serviceRecords.editTitle") : t("serviceRecords.createTitle")}
      form={form}
      formName="serviceRecord"
      onFinish={submit}
      isSaving={create.isPending || update.isPending}
      testId="service-record-form"
      saveTestId="service-record-save"
    >
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="serviceDate" label={t("serviceRecords.field.serviceDate")} required>
            <DatePicker style={{ width: "100%" }} disabledDate={(day) => day.isAfter(dayjs(), "day")} />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item name="startTime" label={t("serviceRecords.field.startTime")}>
            <TimePicker format="HH:mm" minuteStep={5} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item name="endTime" label={t("serviceRecords.field.endTime")}>
            <TimePicker format="HH:mm" minuteStep={5} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="minutes" label={t("serviceRecords.field.minutes")}>
            <InputNumber min={1} max={1440} precision={0} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="method" label={t("serviceRecords.field.method")} required>
        <Radio.Group options={methods.map((value) => ({ value, label: labels.method(value) }))} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="type" label={t("serviceRecords.field.type")} required>
            <Select
              placeholder={select}
              showSearch={{ optionFilterProp: "label" }}
              options={serviceRecordTypes.map((value) => ({ value, label: labels.type(value) }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="domain" label={t("serviceRecords.field.domain")} required>
            <Select
              placeholder={select}
              showSearch={{ optionFilterProp: "label" }}
              options={serviceDomains.map((value) => ({ value, label: labels.domain(value) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="place" label={t("serviceRecords.field.place")} required>
        <Input maxLength={200} />
      </Form.Item>
      {!forCase && !isEditing && (
        <Form.Item name="regionCode" label={t("serviceRecords.field.region")} required>
          <RegionTreeSelect selectableLevels={["street", "community"]} placeholder={select} />
        </Form.Item>
      )}
      <Form.Item name="clientIds" label={t("serviceRecords.field.clients")} required>
        <PeoplePicker
          kind="clients"
          fetch={clientOptions}
          known={record?.clients ?? []}
          placeholder={t("serviceRecords.search")}
          testId="service-record-clients"
        />
      </Form.Item>
      <Form.Item name="workerIds" label={t("serviceRecords.field.workers")} required>
        <PeoplePicker
          kind="workers"
          fetch={async (q) =>
            (await workerOptions(q)).map((w) => ({ id: w.id, name: w.name, hint: w.username }))
          }
          known={record?.workers ?? meAsWorker}
          placeholder={t("serviceRecords.search")}
          testId="service-record-workers"
        />
      </Form.Item>
      {!isEditing && (
        <Form.Item label={t("serviceRecords.field.volunteers")}>
          <Alert
            type="info"
            showIcon
            title={t("serviceRecords.volunteersHint")}
            style={{ marginBottom: 8 }}
          />
          <Form.List name="volunteers">
            {(rows, { add, remove }) => (
              <>
                {rows.map((row) => (
                  <Space key={row.key} align="baseline" style={{ display: "flex" }}>
                    <Form.Item name={[row.name, "volunteerId"]} style={{ width: 320 }}>
                      <PersonPicker
                        kind="volunteers"
                        fetch={volunteerOptions}
                        placeholder={t("serviceRecords.search")}
                        testId="service-record-volunteer"
                      />
                    </Form.Item>
                    <Form.Item name={[row.name, "hours"]}>
                      <InputNumber
                        min={0.25}
                        max={24}
                        step={0.5}
                        suffix={t("serviceRecords.hours")}
                        data-testid="service-record-volunteer-hours"
                      />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(row.name)} />
                  </Space>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ volunteerId: null, hours: 1 })}
                  data-testid="service-record-add-volunteer"
                >
                  {t("serviceRecords.addVolunteer")}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
      )}
      <Form.Item name="notes" label={t("serviceRecords.field.notes")} extra={t("serviceRecords.notesHint")}>
        <Input.TextArea rows={5} maxLength={5000} showCount />
      </Form.Item>
    </FormDrawer>
  );
}
