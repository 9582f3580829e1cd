import { Empty, Pagination, Space, Timeline, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useCaseTimeline } from "./hooks.ts";

/** The case's transitions and hand-overs, newest first, paged. */
export function CaseTimeline({ caseId }: { caseId: number }) {
  const { t, tOptional } = useI18n();
  const [page, setPage] = useState(1);
  const timeline = useCaseTimeline(caseId, page);
  const data = timeline.data;
  if (data && data.total === 0) return <Empty description={t("cases.timeline.empty")} />;
  return (
    <Space orientation="vertical" style={{ width: "100%" }} data-testid="case-timeline">
      <Timeline
        items={(data?.items ?? []).map((event) => ({
          key: event.id,
          children: (
            <Space orientation="vertical" size={0}>
              <span>
                {t("cases.timeline.entry", {
                  who: event.by?.name ?? "—",
                  action: tOptional(`cases.action.${event.action}`) ?? event.action,
                })}
                {event.targetUser && ` · ${t("cases.timeline.to", { name: event.targetUser.name })}`}
              </span>
              <Typography.Text type="secondary">
                {dayjs(event.at).format("YYYY-MM-DD HH:mm")} · {t(`cases.stage.${event.fromStage}`)} →{" "}
                {t(`cases.stage.${event.toStage}`)}
              </Typography.Text>
            </Space>
          ),
        }))}
      />
      {data && data.total > data.pageSize && (
        <Pagination
          size="small"
          current={page}
          pageSize={data.pageSize}
          total={data.total}
          onChange={setPage}
        />
      )}
    </Space>
  );
}
