import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ClientTimelineEntry, Page } from "@xinqiao/shared";
import { Empty, Flex, Pagination, Skeleton, Tag, Timeline, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { api } from "../../../api/client.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";

const pageSize = 20;
const colors: Record<ClientTimelineEntry["kind"], string> = {
  need: "orange",
  caseEvent: "blue",
  serviceRecord: "green",
  activity: "purple",
  consentGiven: "cyan",
  consentWithdrawn: "gray",
};
const paths: Record<NonNullable<ClientTimelineEntry["link"]>["kind"], ((id: number) => string) | null> = {
  case: (id) => `/cases/${id}`,
  need: (id) => `/needs/${id}`,
  activity: (id) => `/activities/${id}`,
  // A service record opens in the service records' drawer, not on a page of its own.
  serviceRecord: null,
};

/**
 * The client's timeline: needs, case events and hand-overs, services, activities and consents,
 * newest first, each linking to its record where it has a page. The server leaves out what the
 * user may not see (a minor's case for an officer), so the page shows the answer as it is.
 */
export function ClientTimeline({ clientId }: { clientId: number }) {
  const { t, tOptional } = useI18n();
  const [page, setPage] = useState(1);
  const timeline = useQuery({
    queryKey: ["clients", "timeline", clientId, page],
    queryFn: () =>
      api.get<Page<ClientTimelineEntry>>(`/api/clients/${clientId}/timeline`, { page, pageSize }),
    placeholderData: keepPreviousData,
  });
  if (!timeline.data) return <Skeleton active />;
  if (timeline.data.total === 0) return <Empty description={t("clients.timeline.empty")} />;

  const whatOf = (entry: ClientTimelineEntry) => {
    switch (entry.kind) {
      case "caseEvent":
        return tOptional(`cases.action.${entry.what}`) ?? entry.what;
      case "need":
        return tOptional(`needs.status.${entry.what}`) ?? entry.what;
      case "activity":
        return tOptional(`activities.status.${entry.what}`) ?? entry.what;
      case "consentGiven":
      case "consentWithdrawn":
        return tOptional(`clients.consentKind.${entry.what}`) ?? entry.what;
      default:
        return entry.what;
    }
  };
  const labelOf = (entry: ClientTimelineEntry) => {
    const path = entry.link ? paths[entry.link.kind] : null;
    const text = entry.label ?? (entry.link ? `#${entry.link.id}` : null);
    if (!text) return null;
    return path && entry.link ? <Link to={path(entry.link.id)}>{text}</Link> : <span>{text}</span>;
  };

  return (
    <Flex vertical gap={16} data-testid="client-timeline">
      <Timeline
        items={timeline.data.items.map((entry, index) => ({
          key: `${entry.kind}-${entry.link?.id ?? index}-${entry.at}`,
          color: colors[entry.kind],
          content: (
            <Flex gap={8} wrap align="baseline">
              <Typography.Text type="secondary" style={{ fontVariantNumeric: "tabular-nums" }}>
                {entry.at.slice(0, 10)}
              </Typography.Text>
              <Tag color={colors[entry.kind]}>{t(`clients.timeline.kind.${entry.kind}`)}</Tag>
              <span>{whatOf(entry)}</span>
              {labelOf(entry)}
            </Flex>
          ),
        }))}
      />
      {timeline.data.total > pageSize && (
        <Pagination
          size="small"
          current={page}
          pageSize={pageSize}
          total={timeline.data.total}
          onChange={setPage}
          showSizeChanger={false}
        />
      )}
    </Flex>
  );
}
