import type { Course, Page } from "@xinqiao/shared";
import { Link } from "react-router";
import { RegistryTable, type RegistryTableChange } from "../../../components/RegistryTable.tsx";
import { ellipsis, ellipsisCell, type RegistryColumn } from "../../../components/registryColumns.tsx";
import { sortOrderOf } from "../../../components/sortOrder.ts";
import { useReturnState } from "../../../hooks/useReturnState.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { CourseStatusTag } from "./CourseStatusTag.tsx";

/** Server-side paging and sorting; the organizer starts hidden so the list fits 1440 px. */
export function CourseTable({
  data,
  isLoading,
  sort,
  onChange,
}: {
  data: Page<Course> | undefined;
  isLoading: boolean;
  sort: string | undefined;
  onChange: (change: RegistryTableChange) => void;
}) {
  const { t } = useI18n();
  const returnState = useReturnState();
  const columns: RegistryColumn<Course>[] = [
    {
      title: t("training.field.name"),
      key: "name",
      width: 260,
      sorter: true,
      sortOrder: sortOrderOf(sort, "name"),
      ...ellipsis,
      render: (_: unknown, course) => (
        <Link to={`/training/${course.id}`} state={returnState} data-testid="course-link">
          {course.name}
        </Link>
      ),
    },
    {
      title: t("training.field.kind"),
      key: "kind",
      width: 110,
      render: (_: unknown, course) => t(`training.kind.${course.kind}`),
    },
    {
      title: t("training.field.dates"),
      key: "startDate",
      width: 200,
      sorter: true,
      sortOrder: sortOrderOf(sort, "startDate"),
      render: (_: unknown, course) => `${course.startDate} – ${course.endDate}`,
    },
    {
      title: t("training.field.region"),
      key: "region",
      width: 150,
      ...ellipsis,
      render: (_: unknown, course) => ellipsisCell(course.region.name),
    },
    {
      title: t("training.field.organizer"),
      key: "organizer",
      width: 200,
      isOptional: true,
      ...ellipsis,
      render: (_: unknown, course) => ellipsisCell(course.organizer),
    },
    {
      title: t("training.field.hours"),
      key: "hours",
      width: 80,
      sorter: true,
      sortOrder: sortOrderOf(sort, "hours"),
      render: (_: unknown, course) => course.hours,
    },
    {
      title: t("training.field.places"),
      key: "places",
      width: 100,
      render: (_: unknown, course) => `${course.enrolledCount} / ${course.capacity}`,
    },
    {
      title: t("training.field.status"),
      key: "status",
      width: 90,
      render: (_: unknown, course) => <CourseStatusTag status={course.status} />,
    },
  ];
  return (
    <RegistryTable<Course>
      tableKey="courses"
      columns={columns}
      data={data}
      isLoading={isLoading}
      onChange={onChange}
      emptyText={t("training.empty")}
      testId="course-table"
    />
  );
}
