import { EditOutlined } from "@ant-design/icons";
import type { ActivityDetail } from "@xinqiao/shared";
import {
  App,
  Button,
  Card,
  Descriptions,
  Input,
  Modal,
  Popconfirm,
  Skeleton,
  Space,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { BackLink } from "../../../components/BackLink.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { RecordLink } from "../../../components/RecordLink.tsx";
import { RecordNotFound } from "../../../components/RecordNotFound.tsx";
import { parseRecordId } from "../../../components/recordAddress.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { AttachmentsPanel } from "../../attachments/components/AttachmentsPanel.tsx";
import { activityActions } from "../api.ts";
import { ActivityFormDrawer } from "../components/ActivityFormDrawer.tsx";
import { ActivitySignups } from "../components/ActivitySignups.tsx";
import { ActivityStatusTag } from "../components/ActivityStatusTag.tsx";
import { useActivity, useActivityChange } from "../hooks/useActivities.ts";
import { useActivityLabels } from "../hooks/useActivityLabels.ts";

/**
 * One activity (/activities/:id): its details, participants (names only for those who may read
 * clients), volunteer places, sign-ups, check-in/out and hours, the report and satisfaction.
 */
export function ActivityDetailPage() {
  const { t } = useI18n();
  const id = parseRecordId(useParams().id);
  const detail = useActivity(id);
  const [isEditing, setIsEditing] = useState(false);
  const back = <BackLink to="/activities">{t("activities.back")}</BackLink>;
  const activity = detail.data;
  if (id === null || detail.isError)
    return <RecordNotFound error={detail.error} back={back} onRetry={() => void detail.refetch()} />;
  if (!activity)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  return (
    <div data-testid="activity-detail">
      <PageHeader
        breadcrumb={back}
        title={
          <Space wrap>
            {activity.name}
            <ActivityStatusTag status={activity.status} />
          </Space>
        }
        extra={<ActivityActions activity={activity} onEdit={() => setIsEditing(true)} />}
      />
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        <Card title={t("activities.detail.basic")}>
          <ActivityDescriptions activity={activity} />
        </Card>
        <Card title={t("activities.detail.participants")}>
          <Participants activity={activity} />
        </Card>
        <Card title={t("activities.detail.recruitment")}>
          <ActivitySignups activity={activity} />
        </Card>
        <Card title={t("activities.detail.report")}>
          <Descriptions column={2} size="small">
            <Descriptions.Item label={t("activities.field.report")} span={2}>
              {activity.report ?? "—"}
            </Descriptions.Item>
            <Descriptions.Item label={t("activities.field.satisfactionMean")}>
              {activity.satisfactionMean ?? "—"}
            </Descriptions.Item>
            <Descriptions.Item label={t("activities.field.satisfactionCount")}>
              {activity.satisfactionCount ?? "—"}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title={t("attachments.title")}>
          <AttachmentsPanel ownerKind="activity" ownerId={activity.id} />
        </Card>
      </Space>
      <ActivityFormDrawer open={isEditing} activity={activity} onClose={() => setIsEditing(false)} />
    </div>
  );
}

function ActivityDescriptions({ activity }: { activity: ActivityDetail }) {
  const { t } = useI18n();
  const labels = useActivityLabels();
  return (
    <Descriptions column={2} size="small">
      <Descriptions.Item label={t("activities.field.method")}>
        {t(`activities.method.${activity.method}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t("activities.field.domain")}>
        {labels.domain(activity.domain)}
      </Descriptions.Item>
      <Descriptions.Item label={t("activities.field.time")}>
        {`${activity.date} ${activity.startTime}–${activity.endTime}`}
      </Descriptions.Item>
      <Descriptions.Item label={t("activities.field.place")}>{activity.place}</Descriptions.Item>
      <Descriptions.Item label={t("activities.field.region")}>
        {activity.regionPath.map((link) => link.name).join(" / ")}
      </Descriptions.Item>
      <Descriptions.Item label={t("activities.field.organizer")}>
        <RecordLink
          reference={activity.organizer}
          kind={activity.organizerKind === "platform" ? "platform" : "socialOrganization"}
        />
      </Descriptions.Item>
      <Descriptions.Item label={t("activities.field.volunteerSkills")}>
        {activity.volunteerSkills.length === 0 ? "—" : activity.volunteerSkills.map(labels.skill).join("、")}
      </Descriptions.Item>
      <Descriptions.Item label={t("activities.field.recruitTarget")}>
        {activity.recruitTarget === null
          ? "—"
          : `${t(`activities.recruitTarget.${activity.recruitTarget}`)}：${
              activity.recruitTarget === "area"
                ? (activity.recruitRegion?.name ?? "—")
                : activity.recruitTeams.map((team) => team.name).join("、")
            }`}
      </Descriptions.Item>
      {activity.cancelReason && (
        <Descriptions.Item label={t("activities.field.cancelReason")}>
          {activity.cancelReason}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

function Participants({ activity }: { activity: ActivityDetail }) {
  const { t } = useI18n();
  return (
    <Space orientation="vertical">
      <Typography.Text>
        {t("activities.field.participantCount")}：{activity.participantCount} ·{" "}
        {t("activities.field.unregisteredCount")}：{activity.unregisteredCount}
      </Typography.Text>
      {activity.participants.length > 0 ? (
        <Space size={[4, 8]} wrap data-testid="activity-participants">
          {activity.participants.map((client) => (
            <Tag key={client.id}>
              {client.isVisible ? <Link to={`/clients/${client.id}`}>{client.name}</Link> : client.name}
            </Tag>
          ))}
        </Space>
      ) : (
        <Typography.Text type="secondary">
          {activity.participantCount > 0
            ? t("activities.form.participantsHidden")
            : t("activities.detail.noParticipants")}
        </Typography.Text>
      )}
    </Space>
  );
}

/** Edit, publish, cancel, as the server's abilities for this activity allow. */
function ActivityActions({ activity, onEdit }: { activity: ActivityDetail; onEdit: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [isCancelling, setIsCancelling] = useState(false);
  const [reason, setReason] = useState("");
  const publish = useActivityChange(() => activityActions.publish(activity.id));
  const cancel = useActivityChange((text: string) => activityActions.cancel(activity.id, text));
  const { abilities } = activity;
  return (
    <Space wrap>
      {abilities.edit && (
        <Button icon={<EditOutlined />} onClick={onEdit} data-testid="activity-edit">
          {t("activities.edit")}
        </Button>
      )}
      {abilities.publish && (
        <Popconfirm
          title={t("activities.confirmPublish", { name: activity.name })}
          onConfirm={() =>
            publish.mutate(undefined, {
              onSuccess: () => message.success(t("activities.published")),
            })
          }
        >
          <Button type="primary" loading={publish.isPending} data-testid="activity-publish">
            {t("activities.publish")}
          </Button>
        </Popconfirm>
      )}
      {abilities.cancel && (
        <Button danger onClick={() => setIsCancelling(true)} data-testid="activity-cancel">
          {t("activities.cancel")}
        </Button>
      )}
      <Modal
        open={isCancelling}
        title={t("activities.cancelTitle", { name: activity.name })}
        onCancel={() => setIsCancelling(false)}
        confirmLoading={cancel.isPending}
        onOk={() =>
          cancel.mutate(reason, {
            onSuccess: () => {
              message.success(t("activities.cancelled"));
              setIsCancelling(false);
            },
          })
        }
      >
        <Input.TextArea
          rows={3}
          placeholder={t("activities.field.cancelReason")}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </Modal>
    </Space>
  );
}
