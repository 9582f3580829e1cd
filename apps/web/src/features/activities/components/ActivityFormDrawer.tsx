import {
  type ActivityDetail,
  activityFieldLabels,
  createActivityBodySchema,
  serviceDomains,
  updateActivityBodySchema,
  volunteerSkills,
} from "@xinqiao/shared";
import { App, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect } from "react";
import { useErrorText } from "../../../api/errorText.ts";
import { validateWithSchema } from "../../../api/formErrors.ts";
import { applyFieldErrors } from "../../../components/applyFieldErrors.ts";
import { FormDrawer } from "../../../components/FormDrawer.tsx";
import { RegionTreeSelect } from "../../../components/RegionTreeSelect.tsx";
import { countedUpTo } from "../../../components/textLimit.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import {
  type ActivityFormValues,
  activityBodyOf,
  activityFormFields,
  initialActivityValues,
} from "../activityForm.ts";
import { activitiesApi } from "../api.ts";
import { useActivityChange } from "../hooks/useActivities.ts";
import { useActivityLabels } from "../hooks/useActivityLabels.ts";
import { OptionsSelect } from "./OptionsSelect.tsx";

interface FormValues extends Omit<ActivityFormValues, "date"> {
  date?: Dayjs | null;
}

const organizerPaths = {
  platform: "/api/platforms",
  socialOrganization: "/api/social-organizations",
} as const;

/**
 * Create (no `activity`) or edit an activity, validated by the same shared schema as the server.
 * Participants are clients: only a user who may read clients picks them.
 */
export function ActivityFormDrawer({
  open,
  activity,
  onClose,
  onSaved,
}: {
  open: boolean;
  activity: ActivityDetail | null;
  onClose: () => void;
  onSaved?: (saved: ActivityDetail) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const labels = useActivityLabels();
  const errorText = useErrorText();
  const canSeeParticipants = useHasPermission("clients.read");
  const [form] = Form.useForm<FormValues>();
  const organizerKind: "platform" | "socialOrganization" = Form.useWatch("organizerKind", form) ?? "platform";
  const recruitTarget: "teams" | "area" | null = Form.useWatch("recruitTarget", form) ?? null;
  const save = useActivityChange((body: { id: number | null; values: object }) =>
    body.id === null
      ? activitiesApi.create(body.values as never)
      : activitiesApi.update(body.id, body.values as never),
  );

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    const initial = initialActivityValues(activity);
    form.setFieldsValue({ ...initial, date: initial.date ? dayjs(initial.date) : null });
  }, [open, activity, form]);

  const submit = (values: FormValues) => {
    const entered = { ...values, date: values.date ? values.date.format("YYYY-MM-DD") : null };
    const schema = activity ? updateActivityBodySchema : createActivityBodySchema;
    const body = validateWithSchema(form, schema, activityBodyOf(entered, canSeeParticipants));
    if (!body) return;
    save.mutate(
      { id: activity?.id ?? null, values: body },
      {
        onSuccess: (saved) => {
          message.success(activity ? t("activities.updated") : t("activities.created", { name: saved.name }));
          onClose();
          onSaved?.(saved);
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error, activityFormFields, activityFieldLabels))
            message.error(errorText(error));
        },
      },
    );
  };

  const select = t("activities.form.select");
  const search = t("activities.form.searchPlaceholder");
  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      size={760}
      title={activity ? t("activities.editTitle", { name: activity.name }) : t("activities.createTitle")}
      form={form}
      formName="activity"
      onFinish={submit}
      isSaving={save.isPending}
      testId="activity-form"
      saveTestId="activity-save"
    >
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item name="name" label={t("activities.field.name")} required>
            <Input autoComplete="off" {...countedUpTo(100)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="method" label={t("activities.field.method")} required>
            <Radio.Group
              options={(["group", "community"] as const).map((method) => ({
                value: method,
                label: t(`activities.method.${method}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="domain" label={t("activities.field.domain")} required>
            <Select
              placeholder={select}
              options={serviceDomains.map((domain) => ({ value: domain, label: labels.domain(domain) }))}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="date" label={t("activities.field.date")} required>
            <DatePicker style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="startTime" label={t("activities.field.startTime")} required>
            <Input autoComplete="off" placeholder="09:00" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="endTime" label={t("activities.field.endTime")} required>
            <Input autoComplete="off" placeholder="11:30" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="regionCode" label={t("activities.field.regionCode")} required>
            <RegionTreeSelect selectableLevels={["street", "community"]} placeholder={select} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="place" label={t("activities.field.place")} required>
            <Input autoComplete="off" {...countedUpTo(200)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="organizerKind" label={t("activities.field.organizerKind")} required>
            <Radio.Group
              onChange={() => form.setFieldValue("organizerId", null)}
              options={(["platform", "socialOrganization"] as const).map((kind) => ({
                value: kind,
                label: t(`activities.organizerKind.${kind}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="organizerId" label={t("activities.field.organizer")} required>
            <OptionsSelect
              path={organizerPaths[organizerKind]}
              current={activity && activity.organizerKind === organizerKind ? [activity.organizer] : []}
              placeholder={search}
              testId="activity-organizer"
            />
          </Form.Item>
        </Col>
        {canSeeParticipants && (
          <Col span={24}>
            <Form.Item name="participantIds" label={t("activities.field.participants")}>
              <OptionsSelect
                path="/api/clients"
                multiple
                current={activity?.participants}
                placeholder={search}
              />
            </Form.Item>
          </Col>
        )}
        <Col span={12}>
          <Form.Item name="unregisteredCount" label={t("activities.field.unregisteredCount")}>
            <InputNumber style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="volunteerPlaces" label={t("activities.field.volunteerPlaces")}>
            <InputNumber style={{ width: "100%" }} data-testid="activity-places" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="volunteerSkills" label={t("activities.field.volunteerSkills")}>
            <Select
              mode="multiple"
              allowClear
              placeholder={select}
              options={volunteerSkills.map((skill) => ({ value: skill, label: labels.skill(skill) }))}
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="recruitTarget" label={t("activities.field.recruitTarget")}>
            <Radio.Group
              options={[
                { value: null, label: t("activities.detail.none") },
                { value: "area", label: t("activities.recruitTarget.area") },
                { value: "teams", label: t("activities.recruitTarget.teams") },
              ]}
            />
          </Form.Item>
        </Col>
        {recruitTarget === "area" && (
          <Col span={24}>
            <Form.Item name="recruitRegionCode" label={t("activities.field.recruitRegionCode")} required>
              <RegionTreeSelect placeholder={select} />
            </Form.Item>
          </Col>
        )}
        {recruitTarget === "teams" && (
          <Col span={24}>
            <Form.Item name="recruitTeamIds" label={t("activities.field.recruitTeamIds")} required>
              <OptionsSelect
                path="/api/volunteer-teams"
                multiple
                current={activity?.recruitTeams}
                placeholder={search}
              />
            </Form.Item>
          </Col>
        )}
        <Col span={24}>
          <Form.Item name="report" label={t("activities.field.report")}>
            <Input.TextArea rows={3} {...countedUpTo(2000)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="satisfactionMean" label={t("activities.field.satisfactionMean")}>
            <InputNumber style={{ width: "100%" }} step={0.1} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="satisfactionCount" label={t("activities.field.satisfactionCount")}>
            <InputNumber style={{ width: "100%" }} />
          </Form.Item>
        </Col>
      </Row>
    </FormDrawer>
  );
}
