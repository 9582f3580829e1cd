import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import {
  type CourseDetail,
  courseFieldLabels,
  courseKindIds,
  createCourseBodySchema,
  qualificationLevelIds,
  updateCourseBodySchema,
} from "@xinqiao/shared";
import { App, Button, Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space } from "antd";
import { useEffect } from "react";
import { useErrorText } from "../../../api/errorText.ts";
import { validateWithSchema } from "../../../api/formErrors.ts";
import { applyFieldErrors } from "../../../components/applyFieldErrors.ts";
import { FormDrawer } from "../../../components/FormDrawer.tsx";
import { RegionTreeSelect } from "../../../components/RegionTreeSelect.tsx";
import { countedUpTo } from "../../../components/textLimit.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { coursesApi } from "../api.ts";
import { type CourseFormValues, courseBodyOf, courseFormFields, initialCourseValues } from "../courseForm.ts";
import { useCourseChange } from "../hooks/useCourses.ts";

/** Create (no `course`) or edit a course with its sessions, validated by the server's shared schema. */
export function CourseFormDrawer({
  open,
  course,
  onClose,
  onSaved,
}: {
  open: boolean;
  course: CourseDetail | null;
  onClose: () => void;
  onSaved?: (saved: CourseDetail) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<CourseFormValues>();
  const save = useCourseChange((body: { id: number | null; values: object }) =>
    body.id === null
      ? coursesApi.create(body.values as never)
      : coursesApi.update(body.id, body.values as never),
  );

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(initialCourseValues(course));
  }, [open, course, form]);

  const submit = (values: CourseFormValues) => {
    const schema = course ? updateCourseBodySchema : createCourseBodySchema;
    const body = validateWithSchema(form, schema, courseBodyOf(values));
    if (!body) return;
    save.mutate(
      { id: course?.id ?? null, values: body },
      {
        onSuccess: (saved) => {
          message.success(t("training.form.saved"));
          onClose();
          onSaved?.(saved);
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error, courseFormFields, courseFieldLabels))
            message.error(errorText(error));
        },
      },
    );
  };

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      size={760}
      title={course ? t("training.form.editTitle") : t("training.form.createTitle")}
      form={form}
      formName="course"
      onFinish={submit}
      isSaving={save.isPending}
      testId="course-form"
      saveTestId="course-save"
    >
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item name="name" label={t("training.field.name")} required>
            <Input autoComplete="off" {...countedUpTo(100)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="kind" label={t("training.field.kind")} required>
            <Select
              options={courseKindIds.map((kind) => ({ value: kind, label: t(`training.kind.${kind}`) }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="regionCode" label={t("training.field.region")} required>
            <RegionTreeSelect placeholder={t("training.filter.region")} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="organizer" label={t("training.field.organizer")} required>
            <Input autoComplete="off" {...countedUpTo(100)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="startDate" label={t("training.form.startDate")} required>
            <DatePicker style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="endDate" label={t("training.form.endDate")} required>
            <DatePicker style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="hours" label={t("training.field.hours")} required>
            <InputNumber style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="capacity" label={t("training.form.capacity")} required>
            <InputNumber style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="targetLevels" label={t("training.field.targetLevels")} required>
            <Checkbox.Group
              options={qualificationLevelIds.map((level) => ({
                value: level,
                label: t(`training.level.${level}`),
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t("training.detail.sessions")} required>
        <Form.List name="sessions">
          {(fields, { add, remove }) => (
            <Space orientation="vertical" style={{ width: "100%" }}>
              {fields.map((field) => (
                <Space key={field.key} align="start" wrap>
                  <Form.Item name={[field.name, "date"]}>
                    <DatePicker style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, "startTime"]}>
                    <Input style={{ width: 72 }} placeholder="HH:mm" />
                  </Form.Item>
                  <Form.Item name={[field.name, "endTime"]}>
                    <Input style={{ width: 72 }} placeholder="HH:mm" />
                  </Form.Item>
                  <Form.Item name={[field.name, "topic"]}>
                    <Input style={{ width: 240 }} placeholder={t("training.session.topic")} />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    aria-label={t("training.form.removeSession")}
                  />
                </Space>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ startTime: "09:00", endTime: "12:00" })}
                data-testid="course-add-session"
              >
                {t("training.form.addSession")}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form.Item>
    </FormDrawer>
  );
}
