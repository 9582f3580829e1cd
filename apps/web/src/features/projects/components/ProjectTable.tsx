import type { Page, Project } from "@xinqiao/shared";
import { Link } from "react-router";
import { RegistryTable, type RegistryTableChange } from "../../../components/RegistryTable.tsx";
import { ellipsis, ellipsisCell, type RegistryColumn } from "../../../components/registryColumns.tsx";
import { sortOrderOf } from "../../../components/sortOrder.ts";
import { useReturnState } from "../../../hooks/useReturnState.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { moneyColumn, rate, yuan } from "./money.tsx";
import { ProjectStatusTag } from "./ProjectStatusTag.tsx";

/** Server-side paging and sorting; the implementer and the period start hidden to fit 1440 px. */
export function ProjectTable({
  data,
  isLoading,
  sort,
  onChange,
}: {
  data: Page<Project> | undefined;
  isLoading: boolean;
  sort: string | undefined;
  onChange: (change: RegistryTableChange) => void;
}) {
  const { t } = useI18n();
  const returnState = useReturnState();
  const columns: RegistryColumn<Project>[] = [
    {
      title: t("projects.field.name"),
      key: "name",
      width: 240,
      sorter: true,
      sortOrder: sortOrderOf(sort, "name"),
      ...ellipsis,
      render: (_: unknown, project) => (
        <Link to={`/projects/${project.id}`} state={returnState} data-testid="project-link">
          {project.name}
        </Link>
      ),
    },
    {
      title: t("projects.field.kind"),
      key: "kind",
      width: 110,
      render: (_: unknown, project) => t(`projects.kind.${project.kind}`),
    },
    {
      title: t("projects.field.region"),
      key: "region",
      width: 110,
      ...ellipsis,
      render: (_: unknown, project) => ellipsisCell(project.region.name),
    },
    {
      title: t("projects.field.implementer"),
      key: "implementer",
      width: 180,
      isOptional: true,
      ...ellipsis,
      render: (_: unknown, project) => ellipsisCell(project.implementer.name),
    },
    {
      title: t("projects.field.period"),
      key: "periodStart",
      width: 180,
      isOptional: true,
      sorter: true,
      sortOrder: sortOrderOf(sort, "periodStart"),
      render: (_: unknown, project) => `${project.periodStart} – ${project.periodEnd}`,
    },
    {
      title: t("projects.field.budget"),
      key: "budget",
      width: 130,
      sorter: true,
      sortOrder: sortOrderOf(sort, "budget"),
      ...moneyColumn,
      render: (_: unknown, project) => yuan(project.budgetFen),
    },
    {
      title: t("projects.field.received"),
      key: "received",
      width: 130,
      ...moneyColumn,
      render: (_: unknown, project) => yuan(project.receivedFen),
    },
    {
      title: t("projects.field.rateOfReceived"),
      key: "rate",
      width: 110,
      ...moneyColumn,
      render: (_: unknown, project) => rate(project.spentOfReceivedBp),
    },
    {
      title: t("projects.field.status"),
      key: "status",
      width: 100,
      render: (_: unknown, project) => <ProjectStatusTag status={project.status} />,
    },
  ];
  return (
    <RegistryTable<Project>
      tableKey="projects"
      columns={columns}
      data={data}
      isLoading={isLoading}
      onChange={onChange}
      emptyText={t("projects.empty")}
      testId="project-table"
    />
  );
}
