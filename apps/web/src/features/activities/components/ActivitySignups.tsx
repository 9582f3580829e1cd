import type { ActivityDetail, ActivitySignup } from "@xinqiao/shared";
import { App, Button, Input, InputNumber, Popconfirm, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { RecordLink } from "../../../components/RecordLink.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { activityActions } from "../api.ts";
import { useActivityChange } from "../hooks/useActivities.ts";
import { CheckinQrCode } from "./CheckinQrCode.tsx";
import { OptionsSelect } from "./OptionsSelect.tsx";
import { ReverseEntryButton } from "./ReverseEntryButton.tsx";

/**
 * The volunteer places: sign-ups (capacity enforced by the server), check-in and check-out times
 * as the station enters them (or the QR code's), hours editable until confirmed, then confirmed
 * into the volunteers' ledger in one step; a confirmed entry is corrected by a reversal.
 */
export function ActivitySignups({ activity }: { activity: ActivityDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { abilities } = activity;
  const [volunteerId, setVolunteerId] = useState<number | null>(null);
  const [times, setTimes] = useState<Record<number, { checkInAt?: string; checkOutAt?: string }>>({});
  const [hours, setHours] = useState<Record<number, number | null>>({});
  const signUp = useActivityChange((id: number) => activityActions.signUp(activity.id, { volunteerId: id }));
  const withdraw = useActivityChange((signupId: number) => activityActions.withdraw(activity.id, signupId));
  const attend = useActivityChange((signup: ActivitySignup) => {
    const entered = times[signup.id] ?? {};
    const clock = (value: string | undefined, stored: string | null) =>
      value === undefined ? stored : value.trim() || null;
    return activityActions.attend(activity.id, signup.id, {
      checkInAt: clock(entered.checkInAt, signup.checkInAt),
      checkOutAt: clock(entered.checkOutAt, signup.checkOutAt),
    });
  });
  const confirm = useActivityChange(() =>
    activityActions.confirmHours(activity.id, {
      entries: Object.entries(hours).flatMap(([signupId, value]) =>
        value === null || value === undefined ? [] : [{ signupId: Number(signupId), hours: value }],
      ),
    }),
  );
  const active = activity.signups.filter((signup) => signup.status === "signedUp");
  const isFull = activity.signedUpCount >= activity.volunteerPlaces;

  const timeInput = (signup: ActivitySignup, field: "checkInAt" | "checkOutAt") =>
    abilities.attend ? (
      <Input
        size="small"
        style={{ width: 72 }}
        placeholder="HH:mm"
        value={times[signup.id]?.[field] ?? signup[field] ?? ""}
        onChange={(event) =>
          setTimes({ ...times, [signup.id]: { ...times[signup.id], [field]: event.target.value } })
        }
        data-testid={`signup-${field}`}
      />
    ) : (
      (signup[field] ?? "—")
    );

  return (
    <Space orientation="vertical" size={12} style={{ width: "100%" }}>
      <Space wrap>
        <Typography.Text strong data-testid="activity-places-count">
          {t("activities.detail.places", {
            signedUp: activity.signedUpCount,
            places: activity.volunteerPlaces,
          })}
        </Typography.Text>
        {isFull && activity.status === "published" && (
          <Tag color="warning">{t("activities.signup.full")}</Tag>
        )}
        {abilities.signUp && (
          <>
            <div style={{ width: 280 }}>
              <OptionsSelect
                path="/api/volunteers"
                value={volunteerId}
                onChange={(value) => setVolunteerId(typeof value === "number" ? value : null)}
                placeholder={t("activities.signup.addPlaceholder")}
                testId="signup-volunteer"
              />
            </div>
            <Button
              disabled={volunteerId === null}
              loading={signUp.isPending}
              data-testid="signup-add"
              onClick={() =>
                volunteerId !== null &&
                signUp.mutate(volunteerId, {
                  onSuccess: () => {
                    message.success(t("activities.signup.added"));
                    setVolunteerId(null);
                  },
                })
              }
            >
              {t("activities.signup.add")}
            </Button>
          </>
        )}
        {abilities.attend && <CheckinQrCode activityId={activity.id} />}
      </Space>
      <Table<ActivitySignup>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={active}
        data-testid="signup-table"
        locale={{ emptyText: t("activities.signup.empty") }}
        columns={[
          {
            title: t("activities.signup.volunteer"),
            key: "volunteer",
            render: (_: unknown, signup) => <RecordLink reference={signup.volunteer} kind="volunteer" />,
          },
          {
            title: t("activities.signup.number"),
            key: "number",
            render: (_: unknown, s) => s.volunteer.volunteerNumber,
          },
          {
            title: t("activities.signup.team"),
            key: "team",
            render: (_: unknown, signup) =>
              signup.team ? <RecordLink reference={signup.team} kind="volunteerTeam" /> : "—",
          },
          {
            title: t("activities.signup.checkIn"),
            key: "in",
            render: (_: unknown, s) => timeInput(s, "checkInAt"),
          },
          {
            title: t("activities.signup.checkOut"),
            key: "out",
            render: (_: unknown, s) => timeInput(s, "checkOutAt"),
          },
          {
            title: t("activities.signup.hours"),
            key: "hours",
            render: (_: unknown, signup) =>
              signup.ledgerEntry ? (
                <Space size={4}>
                  {signup.ledgerEntry.hours}
                  {signup.ledgerEntry.isReversed && <Tag>{t("activities.signup.reversed")}</Tag>}
                </Space>
              ) : abilities.confirmHours ? (
                <InputNumber
                  size="small"
                  style={{ width: 72 }}
                  step={0.5}
                  value={hours[signup.id] ?? signup.suggestedHours}
                  onChange={(value) => setHours({ ...hours, [signup.id]: value })}
                  data-testid="signup-hours"
                />
              ) : (
                (signup.suggestedHours ?? "—")
              ),
          },
          {
            title: t("common.actions"),
            key: "actions",
            render: (_: unknown, signup) => (
              <Space size={4}>
                {abilities.attend && (
                  <Button
                    size="small"
                    data-testid="signup-save-times"
                    onClick={() =>
                      attend.mutate(signup, {
                        onSuccess: () => message.success(t("activities.signup.timesSaved")),
                      })
                    }
                  >
                    {t("activities.signup.saveTimes")}
                  </Button>
                )}
                {abilities.signUp && (
                  <Popconfirm
                    title={t("activities.signup.confirmWithdraw", { name: signup.volunteer.name })}
                    onConfirm={() =>
                      withdraw.mutate(signup.id, {
                        onSuccess: () => message.success(t("activities.signup.withdrawn")),
                      })
                    }
                  >
                    <Button size="small" danger>
                      {t("activities.signup.withdraw")}
                    </Button>
                  </Popconfirm>
                )}
                {abilities.reverseHours && signup.ledgerEntry && !signup.ledgerEntry.isReversed && (
                  <ReverseEntryButton
                    activityId={activity.id}
                    volunteerId={signup.volunteer.id}
                    entryId={signup.ledgerEntry.id}
                    hours={signup.ledgerEntry.hours}
                  />
                )}
              </Space>
            ),
          },
        ]}
      />
      {abilities.confirmHours && (
        <Space>
          <Popconfirm
            title={t("activities.hours.confirmTitle")}
            onConfirm={() =>
              confirm.mutate(undefined, {
                onSuccess: (detail) =>
                  message.success(
                    t("activities.hours.confirmed", {
                      count: detail.signups.filter((signup) => signup.ledgerEntry).length,
                    }),
                  ),
              })
            }
          >
            <Button type="primary" loading={confirm.isPending} data-testid="activity-confirm-hours">
              {t("activities.hours.confirm")}
            </Button>
          </Popconfirm>
          <Typography.Text type="secondary">{t("activities.hours.hint")}</Typography.Text>
        </Space>
      )}
    </Space>
  );
}
