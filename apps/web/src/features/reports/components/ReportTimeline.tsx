import type { ReportEvent } from "@xinqiao/shared";
import { Space, Timeline, Typography } from "antd";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { chinaDateTime } from "../periods.ts";
import { ReportStatusTag } from "./ReportStatusTag.tsx";

/** The report's way so far: created, submitted, returned (why), approved — who and when. */
export function ReportTimeline({ events }: { events: readonly ReportEvent[] }) {
  const { t } = useI18n();
  return (
    <Timeline
      data-testid="report-timeline"
      items={events.map((event) => ({
        key: event.id,
        color: event.action === "return" ? "orange" : event.action === "approve" ? "green" : "blue",
        children: (
          <Space orientation="vertical" size={0}>
            <span>
              {event.by ?? "—"} {t(`reports.event.${event.action}`)}{" "}
              <ReportStatusTag status={event.toStatus} />
            </span>
            {event.reason && <span>{t("reports.timeline.reason", { reason: event.reason })}</span>}
            <Typography.Text type="secondary">{chinaDateTime(event.at)}</Typography.Text>
          </Space>
        ),
      }))}
    />
  );
}
