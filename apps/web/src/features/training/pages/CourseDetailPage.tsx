import type { CourseDetail } from "@xinqiao/shared";
import { App, Button, Card, Descriptions, Input, Modal, Skeleton, Space, Table } from "antd";
import { useState } from "react";
import { useParams } from "react-router";
import { BackLink } from "../../../components/BackLink.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { RecordNotFound } from "../../../components/RecordNotFound.tsx";
import { parseRecordId } from "../../../components/recordAddress.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { courseActions } from "../api.ts";
import { CourseEnrolments } from "../components/CourseEnrolments.tsx";
import { CourseFormDrawer } from "../components/CourseFormDrawer.tsx";
import { CourseStatusTag } from "../components/CourseStatusTag.tsx";
import { useCourse, useCourseChange } from "../hooks/useCourses.ts";

/** One course (/training/:id): its details, sessions and trainees with sign-in and completion. */
export function CourseDetailPage() {
  const { t } = useI18n();
  const id = parseRecordId(useParams().id);
  const detail = useCourse(id);
  const [isEditing, setIsEditing] = useState(false);
  const back = <BackLink to="/training">{t("training.back")}</BackLink>;
  const course = detail.data;
  if (id === null || detail.isError)
    return <RecordNotFound error={detail.error} back={back} onRetry={() => void detail.refetch()} />;
  if (!course)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  return (
    <div data-testid="course-detail">
      <PageHeader
        breadcrumb={back}
        title={
          <Space wrap>
            {course.name}
            <CourseStatusTag status={course.status} />
          </Space>
        }
        extra={
          <Space>
            {course.abilities.edit && (
              <Button onClick={() => setIsEditing(true)} data-testid="course-edit">
                {t("training.edit")}
              </Button>
            )}
            {course.abilities.cancel && <CancelCourseButton course={course} />}
          </Space>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        <Card title={t("training.detail.basic")}>
          <Descriptions column={2} size="small">
            <Descriptions.Item label={t("training.field.kind")}>
              {t(`training.kind.${course.kind}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t("training.field.organizer")}>{course.organizer}</Descriptions.Item>
            <Descriptions.Item label={t("training.field.region")}>{course.region.name}</Descriptions.Item>
            <Descriptions.Item label={t("training.field.dates")}>
              {`${course.startDate} – ${course.endDate}`}
            </Descriptions.Item>
            <Descriptions.Item label={t("training.field.hours")}>{course.hours}</Descriptions.Item>
            <Descriptions.Item label={t("training.field.places")}>
              <span data-testid="course-places">{`${course.enrolledCount} / ${course.capacity}`}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t("training.field.targetLevels")} span={2}>
              {course.targetLevels.map((level) => t(`training.level.${level}`)).join("、")}
            </Descriptions.Item>
            {course.cancelReason && (
              <Descriptions.Item label={t("training.field.cancelReason")} span={2}>
                {course.cancelReason}
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
        <Card title={t("training.detail.sessions")}>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={course.sessions}
            columns={[
              {
                title: t("training.session.time"),
                key: "time",
                render: (_: unknown, s) => `${s.date} ${s.startTime}–${s.endTime}`,
              },
              { title: t("training.session.topic"), dataIndex: "topic", key: "topic" },
            ]}
          />
        </Card>
        <Card title={t("training.detail.enrolments")}>
          <CourseEnrolments course={course} />
        </Card>
      </Space>
      <CourseFormDrawer open={isEditing} course={course} onClose={() => setIsEditing(false)} />
    </div>
  );
}

function CancelCourseButton({ course }: { course: CourseDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const cancel = useCourseChange(() => courseActions.cancel(course.id, reason));
  return (
    <>
      <Button danger onClick={() => setOpen(true)} data-testid="course-cancel">
        {t("training.cancel.button")}
      </Button>
      <Modal
        open={open}
        title={t("training.cancel.title")}
        okButtonProps={{ disabled: reason.trim() === "", loading: cancel.isPending }}
        onCancel={() => setOpen(false)}
        onOk={() =>
          cancel.mutate(undefined, {
            onSuccess: (answer) => {
              message.success(t(`training.status.${answer.status}`));
              setOpen(false);
            },
          })
        }
      >
        <Input.TextArea
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          placeholder={t("training.cancel.reason")}
        />
      </Modal>
    </>
  );
}
