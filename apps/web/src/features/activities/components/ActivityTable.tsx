import type { Activity, Page } from "@xinqiao/shared";
import { Link } from "react-router";
import { RegistryTable, type RegistryTableChange } from "../../../components/RegistryTable.tsx";
import { ellipsis, ellipsisCell, type RegistryColumn } from "../../../components/registryColumns.tsx";
import { sortOrderOf } from "../../../components/sortOrder.ts";
import { useReturnState } from "../../../hooks/useReturnState.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useActivityLabels } from "../hooks/useActivityLabels.ts";
import { ActivityStatusTag } from "./ActivityStatusTag.tsx";

/** Server-side paging and sorting; place and organizer start hidden so the list fits 1440 px. */
export function ActivityTable({
  data,
  isLoading,
  sort,
  onChange,
}: {
  data: Page<Activity> | undefined;
  isLoading: boolean;
  sort: string | undefined;
  onChange: (change: RegistryTableChange) => void;
}) {
  const { t } = useI18n();
  const labels = useActivityLabels();
  const returnState = useReturnState();
  const columns: RegistryColumn<Activity>[] = [
    {
      title: t("activities.field.name"),
      key: "name",
      width: 220,
      sorter: true,
      sortOrder: sortOrderOf(sort, "name"),
      ...ellipsis,
      render: (_: unknown, activity) => (
        <Link to={`/activities/${activity.id}`} state={returnState} data-testid="activity-link">
          {activity.name}
        </Link>
      ),
    },
    {
      title: t("activities.field.date"),
      key: "date",
      width: 150,
      sorter: true,
      sortOrder: sortOrderOf(sort, "date"),
      render: (_: unknown, activity) => `${activity.date} ${activity.startTime}–${activity.endTime}`,
    },
    {
      title: t("activities.field.method"),
      key: "method",
      width: 96,
      render: (_: unknown, activity) => t(`activities.method.${activity.method}`),
    },
    {
      title: t("activities.field.domain"),
      key: "domain",
      width: 120,
      ...ellipsis,
      render: (_: unknown, activity) => ellipsisCell(labels.domain(activity.domain)),
    },
    {
      title: t("activities.field.region"),
      key: "region",
      width: 200,
      ...ellipsis,
      render: (_: unknown, activity) =>
        ellipsisCell(activity.regionPath.map((link) => link.name).join(" / ")),
    },
    {
      title: t("activities.field.organizer"),
      key: "organizer",
      width: 200,
      isOptional: true,
      ...ellipsis,
      render: (_: unknown, activity) => ellipsisCell(activity.organizer.name),
    },
    {
      title: t("activities.field.place"),
      dataIndex: "place",
      key: "place",
      width: 180,
      isOptional: true,
      ...ellipsis,
      render: (value: string) => ellipsisCell(value),
    },
    {
      title: t("activities.field.volunteerPlaces"),
      key: "places",
      width: 100,
      render: (_: unknown, activity) => `${activity.signedUpCount} / ${activity.volunteerPlaces}`,
    },
    {
      title: t("activities.field.participantCount"),
      key: "participants",
      width: 100,
      render: (_: unknown, activity) => activity.participantCount + activity.unregisteredCount,
    },
    {
      title: t("activities.field.status"),
      key: "status",
      width: 90,
      render: (_: unknown, activity) => <ActivityStatusTag status={activity.status} />,
    },
  ];
  return (
    <RegistryTable<Activity>
      tableKey="activities"
      columns={columns}
      data={data}
      isLoading={isLoading}
      onChange={onChange}
      emptyText={t("activities.empty")}
      testId="activity-table"
    />
  );
}
