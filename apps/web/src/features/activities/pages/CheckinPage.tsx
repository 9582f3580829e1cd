import { useMutation, useQuery } from "@tanstack/react-query";
import { publicCheckinBodySchema } from "@xinqiao/shared";
import { Alert, Button, Card, Flex, Form, Input, Result, Typography } from "antd";
import { useSearchParams } from "react-router";
import { useErrorText } from "../../../api/errorText.ts";
import { validateWithSchema } from "../../../api/formErrors.ts";
import { LanguageSwitch } from "../../../app/LanguageSwitch.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { checkinApi } from "../api.ts";

/**
 * The page a volunteer's phone opens from the station's QR code, without signing in: the
 * activity's title, time and place, then the volunteer number and the last four digits of the
 * phone. The first submission checks in, the second checks out.
 */
export default function CheckinPage() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const token = useSearchParams()[0].get("token") ?? "";
  const [form] = Form.useForm<{ volunteerNumber?: string; phoneLast4?: string }>();
  const activity = useQuery({
    queryKey: ["activity-checkin", token],
    queryFn: () => checkinApi.activity(token),
    enabled: token.length > 0,
    retry: false,
    meta: { isErrorHandledLocally: true },
  });
  const submit = useMutation({ mutationFn: checkinApi.submit, meta: { isErrorHandledLocally: true } });
  const onFinish = (values: { volunteerNumber?: string; phoneLast4?: string }) => {
    const body = validateWithSchema(form, publicCheckinBodySchema, {
      token,
      volunteerNumber: values.volunteerNumber ?? "",
      phoneLast4: values.phoneLast4 ?? "",
    });
    if (body) submit.mutate(body);
  };
  const done = submit.data;
  return (
    <Flex vertical align="center" style={{ minHeight: "100vh", padding: 16, background: "#f5f7fb" }}>
      <div style={{ alignSelf: "flex-end" }}>
        <LanguageSwitch />
      </div>
      <Card style={{ width: "100%", maxWidth: 420 }} title={t("activities.checkin.title")}>
        {!token || activity.isError ? (
          <Result status="warning" title={t("activities.checkin.invalid")} />
        ) : done ? (
          <Result
            status="success"
            data-testid="checkin-result"
            title={t(
              done.action === "checkin" ? "activities.checkin.checkedIn" : "activities.checkin.checkedOut",
              {
                name: done.volunteerName,
                time: done.at,
              },
            )}
          />
        ) : (
          <>
            {activity.data && (
              <Typography.Paragraph data-testid="checkin-activity">
                <Typography.Text strong>{activity.data.name}</Typography.Text>
                <br />
                {`${activity.data.date} ${activity.data.startTime}–${activity.data.endTime}`}
                <br />
                {activity.data.place}
              </Typography.Paragraph>
            )}
            {submit.isError && (
              <Alert type="error" showIcon message={errorText(submit.error)} style={{ marginBottom: 16 }} />
            )}
            <Form form={form} layout="vertical" onFinish={onFinish} data-testid="checkin-form">
              <Form.Item name="volunteerNumber" label={t("activities.checkin.volunteerNumber")} required>
                <Input autoComplete="off" />
              </Form.Item>
              <Form.Item name="phoneLast4" label={t("activities.checkin.phoneLast4")} required>
                <Input autoComplete="off" inputMode="numeric" />
              </Form.Item>
              <Button
                type="primary"
                htmlType="submit"
                block
                loading={submit.isPending}
                data-testid="checkin-submit"
              >
                {t("activities.checkin.submit")}
              </Button>
            </Form>
          </>
        )}
      </Card>
    </Flex>
  );
}
