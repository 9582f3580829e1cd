import type { CourseDetail, CourseEnrolment } from "@xinqiao/shared";
import { App, Button, Input, Modal, Popconfirm, Select, Space, Table, Typography } from "antd";
import { useState } from "react";
import { RecordLink } from "../../../components/RecordLink.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { OptionsSelect } from "../../activities/components/OptionsSelect.tsx";
import { courseActions } from "../api.ts";
import { useCourseChange } from "../hooks/useCourses.ts";

/**
 * A course's trainees: enrolment (the server holds the capacity and the region), sign-in of the
 * selected trainees to one session, completion (hours into each one's continuing-education
 * record) and a completion's cancellation — each control only where the course's abilities,
 * answered by the server, allow it.
 */
export function CourseEnrolments({ course }: { course: CourseDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { abilities } = course;
  const [workerId, setWorkerId] = useState<number | null>(null);
  const [selected, setSelected] = useState<number[]>([]);
  const [sessionId, setSessionId] = useState<number | null>(null);
  const [cancelling, setCancelling] = useState<CourseEnrolment | null>(null);
  const [reason, setReason] = useState("");
  const enrol = useCourseChange((id: number) => courseActions.enrol(course.id, id));
  const withdraw = useCourseChange((enrolmentId: number) => courseActions.withdraw(course.id, enrolmentId));
  const signIn = useCourseChange(() => courseActions.signIn(course.id, sessionId ?? 0, selected));
  const complete = useCourseChange(() => courseActions.complete(course.id, selected));
  const cancelCompletion = useCourseChange((enrolment: CourseEnrolment) =>
    courseActions.cancelCompletion(course.id, enrolment.id, reason),
  );
  const listed = course.enrolments.filter((e) => e.status !== "withdrawn");
  const mayAct = abilities.attend || abilities.complete;

  return (
    <Space orientation="vertical" size={12} style={{ width: "100%" }}>
      {abilities.enrol && (
        <Space wrap>
          <div style={{ width: 280 }}>
            <OptionsSelect
              path="/api/social-workers"
              value={workerId}
              onChange={(value) => setWorkerId(typeof value === "number" ? value : null)}
              placeholder={t("training.enrolment.pick")}
              testId="enrol-worker"
            />
          </div>
          <Button
            disabled={workerId === null}
            loading={enrol.isPending}
            data-testid="enrol-add"
            onClick={() =>
              workerId !== null &&
              enrol.mutate(workerId, {
                onSuccess: () => {
                  message.success(t("training.enrolment.added"));
                  setWorkerId(null);
                },
              })
            }
          >
            {t("training.enrolment.add")}
          </Button>
        </Space>
      )}
      {mayAct && (
        <Space wrap>
          <Typography.Text type="secondary">{t("training.selectHint")}</Typography.Text>
          {abilities.attend && (
            <>
              <Select<number>
                placeholder={t("training.signIn.session")}
                value={sessionId ?? undefined}
                onChange={setSessionId}
                style={{ width: 260 }}
                data-testid="signin-session"
                options={course.sessions.map((s) => ({ value: s.id, label: `${s.date} ${s.topic}` }))}
              />
              <Button
                disabled={sessionId === null || selected.length === 0}
                loading={signIn.isPending}
                data-testid="signin-submit"
                onClick={() =>
                  signIn.mutate(undefined, { onSuccess: () => message.success(t("training.signIn.done")) })
                }
              >
                {t("training.signIn.submit")}
              </Button>
            </>
          )}
          {abilities.complete && (
            <Popconfirm
              title={t("training.complete.confirm", { hours: course.hours })}
              onConfirm={() =>
                complete.mutate(undefined, {
                  onSuccess: () => {
                    message.success(t("training.complete.done"));
                    setSelected([]);
                  },
                })
              }
            >
              <Button
                type="primary"
                disabled={selected.length === 0}
                loading={complete.isPending}
                data-testid="complete-submit"
              >
                {t("training.complete.submit")}
              </Button>
            </Popconfirm>
          )}
        </Space>
      )}
      <Table<CourseEnrolment>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={listed}
        data-testid="enrolment-table"
        locale={{ emptyText: t("training.enrolment.empty") }}
        rowSelection={
          mayAct
            ? {
                selectedRowKeys: selected,
                onChange: (keys) => setSelected(keys.map(Number)),
                getCheckboxProps: (e) => ({ disabled: e.status !== "enrolled" }),
              }
            : undefined
        }
        columns={[
          {
            title: t("training.enrolment.worker"),
            key: "worker",
            render: (_: unknown, e) => <RecordLink reference={e.socialWorker} kind="socialWorker" />,
          },
          {
            title: t("training.enrolment.level"),
            key: "level",
            render: (_: unknown, e) => t(`training.level.${e.qualificationLevel}`),
          },
          {
            title: t("training.enrolment.attended"),
            key: "attended",
            render: (_: unknown, e) => `${e.attendedSessionIds.length} / ${course.sessions.length}`,
          },
          {
            title: t("training.enrolment.status"),
            key: "status",
            render: (_: unknown, e) => t(`training.enrolmentStatus.${e.status}`),
          },
          {
            title: t("training.enrolment.certificate"),
            key: "certificate",
            render: (_: unknown, e) => e.certificateNumber ?? "—",
          },
          {
            title: t("training.enrolment.actions"),
            key: "actions",
            render: (_: unknown, e) => (
              <Space>
                {abilities.enrol && e.status === "enrolled" && (
                  <Popconfirm
                    title={t("training.enrolment.withdrawConfirm")}
                    onConfirm={() => withdraw.mutate(e.id)}
                  >
                    <Button size="small" type="link">
                      {t("training.enrolment.withdraw")}
                    </Button>
                  </Popconfirm>
                )}
                {abilities.cancelCompletion && e.status === "completed" && (
                  <Button
                    size="small"
                    type="link"
                    danger
                    onClick={() => setCancelling(e)}
                    data-testid="completion-cancel"
                  >
                    {t("training.completionCancel.button")}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={cancelling !== null}
        title={t("training.completionCancel.title")}
        okButtonProps={{ disabled: reason.trim() === "", loading: cancelCompletion.isPending }}
        onCancel={() => setCancelling(null)}
        onOk={() =>
          cancelling &&
          cancelCompletion.mutate(cancelling, {
            onSuccess: () => {
              message.success(t("training.completionCancel.done"));
              setCancelling(null);
              setReason("");
            },
          })
        }
      >
        <Input.TextArea
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          placeholder={t("training.completionCancel.reason")}
          data-testid="completion-cancel-reason"
        />
      </Modal>
    </Space>
  );
}
