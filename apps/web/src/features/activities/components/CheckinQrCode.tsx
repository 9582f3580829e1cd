import { QrcodeOutlined } from "@ant-design/icons";
import { useMutation } from "@tanstack/react-query";
import { Button, Modal, QRCode, Space, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { activityActions } from "../api.ts";

/** The public check-in page's address for a token (the page needs no sign-in). */
export function checkinUrl(token: string): string {
  return `${window.location.origin}/checkin?token=${encodeURIComponent(token)}`;
}

/**
 * The QR code the station shows on the day: it opens the public check-in page with a signed token
 * that expires; a new one is asked for each time the code is opened.
 */
export function CheckinQrCode({ activityId }: { activityId: number }) {
  const { t } = useI18n();
  const [isOpen, setIsOpen] = useState(false);
  const link = useMutation({ mutationFn: () => activityActions.checkinLink(activityId) });
  const open = () =>
    link.mutate(undefined, {
      onSuccess: () => setIsOpen(true),
    });
  const url = link.data ? checkinUrl(link.data.token) : "";
  return (
    <>
      <Button icon={<QrcodeOutlined />} loading={link.isPending} onClick={open} data-testid="activity-qr">
        {t("activities.qr.show")}
      </Button>
      <Modal open={isOpen} onCancel={() => setIsOpen(false)} footer={null} title={t("activities.qr.title")}>
        {link.data && (
          <Space orientation="vertical" align="center" style={{ width: "100%" }}>
            <QRCode value={url} size={240} />
            <Typography.Paragraph type="secondary">
              {t("activities.qr.hint", { time: dayjs(link.data.expiresAt).format("MM-DD HH:mm") })}
            </Typography.Paragraph>
            <Typography.Link href={url} target="_blank" data-testid="activity-qr-link" copyable>
              {url}
            </Typography.Link>
          </Space>
        )}
      </Modal>
    </>
  );
}
