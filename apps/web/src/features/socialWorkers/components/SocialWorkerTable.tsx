import type { Page, SocialWorker } from "@xinqiao/shared";
import { Typography } from "antd";
import { Link } from "react-router";
import { employerRecordKind, RecordLink, recordPaths } from "../../../components/RecordLink.tsx";
import {
  type BulkActionsOption,
  RegistryTable,
  type RegistryTableChange,
} from "../../../components/RegistryTable.tsx";
import {
  ellipsis,
  ellipsisCell,
  type RegistryColumn,
  viewEditColumn,
} from "../../../components/registryColumns.tsx";
import { sortOrderOf } from "../../../components/sortOrder.ts";
import { useReturnState } from "../../../hooks/useReturnState.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useWorkerLabels } from "../hooks/useWorkerLabels.ts";
import { WorkerTags } from "./WorkerTags.tsx";

export type SocialWorkerTableChange = RegistryTableChange;

/**
 * Server-side paging and sorting; a name opens the worker's page. Sex and age and education
 * start hidden (column settings) so the columns an officer scans — talent type, this cycle's
 * hours, registration expiry — fit a 1440 px screen beside the actions and, with `bulk`, the
 * check boxes (employer and region are cut to their width, whole on hover).
 */
export function SocialWorkerTable({
  data,
  isLoading,
  sort,
  onChange,
  onEdit,
  canManage,
  bulk,
}: {
  data: Page<SocialWorker> | undefined;
  isLoading: boolean;
  sort: string | undefined;
  onChange: (change: SocialWorkerTableChange) => void;
  onEdit: (worker: SocialWorker) => void;
  canManage: boolean;
  /** Row selection and the bulk actions on it. */
  bulk?: BulkActionsOption;
}) {
  const { t } = useI18n();
  const labels = useWorkerLabels();
  const returnState = useReturnState();
  const page = (worker: SocialWorker) => recordPaths.socialWorker(worker.id);

  const columns: RegistryColumn<SocialWorker>[] = [
    {
      title: t("socialWorkers.field.name"),
      key: "name",
      sorter: true,
      sortOrder: sortOrderOf(sort, "name"),
      fixed: "left",
      width: 90,
      render: (_: unknown, worker) => (
        <Link to={page(worker)} state={returnState} data-testid="social-worker-link">
          {worker.name}
        </Link>
      ),
    },
    {
      title: t("socialWorkers.field.sex"),
      key: "sex",
      width: 80,
      isOptional: true,
      render: (_: unknown, worker) =>
        `${labels.sex(worker.sex)} · ${t("socialWorkers.ageValue", { age: worker.age })}`,
    },
    {
      title: t("socialWorkers.field.qualificationLevel"),
      key: "qualificationLevel",
      sorter: true,
      sortOrder: sortOrderOf(sort, "qualificationLevel"),
      width: 120,
      render: (_: unknown, worker) => labels.level(worker.qualificationLevel),
    },
    {
      title: t("socialWorkers.field.education"),
      key: "education",
      sorter: true,
      sortOrder: sortOrderOf(sort, "education"),
      width: 100,
      isOptional: true,
      render: (_: unknown, worker) => labels.education(worker.education),
    },
    {
      title: t("socialWorkers.column.employer"),
      key: "employer",
      width: 140,
      ...ellipsis,
      render: (_: unknown, worker) =>
        ellipsisCell(
          worker.employer.name,
          <RecordLink reference={worker.employer} kind={employerRecordKind[worker.employer.kind]} />,
        ),
    },
    {
      title: t("socialWorkers.column.region"),
      key: "region",
      width: 120,
      ...ellipsis,
      render: (_: unknown, worker) =>
        ellipsisCell(
          worker.district && worker.district.code !== worker.region.code
            ? `${worker.district.name} · ${worker.region.name}`
            : worker.region.name,
        ),
    },
    {
      title: t("socialWorkers.field.tags"),
      key: "tags",
      width: 180,
      render: (_: unknown, worker) => <WorkerTags worker={worker} showStatus />,
    },
    {
      title: t("socialWorkers.column.hours"),
      key: "hours",
      width: 110,
      render: (_: unknown, worker) =>
        worker.educationHours ? (
          <Typography.Text type={worker.educationHours.isMet ? "success" : "warning"}>
            {t("socialWorkers.hoursValue", {
              completed: worker.educationHours.completedHours,
              required: worker.educationHours.requiredHours,
            })}
          </Typography.Text>
        ) : (
          "—"
        ),
    },
    {
      title: t("socialWorkers.field.registrationExpiry"),
      dataIndex: "registrationExpiry",
      key: "registrationExpiry",
      sorter: true,
      sortOrder: sortOrderOf(sort, "registrationExpiry"),
      width: 120,
      render: (value: string | null) => value ?? "—",
    },
    {
      title: t("socialWorkers.field.employmentStatus"),
      key: "employmentStatus",
      width: 80,
      render: (_: unknown, worker) => labels.status(worker.employmentStatus),
    },
    viewEditColumn<SocialWorker>({
      title: t("common.actions"),
      viewLabel: t("socialWorkers.view"),
      editLabel: t("common.edit"),
      canEdit: () => canManage,
      width: canManage ? 100 : 64,
      to: page,
      state: returnState,
      onEdit,
    }),
  ];

  return (
    <RegistryTable<SocialWorker>
      tableKey="socialWorkers"
      columns={columns}
      data={data}
      isLoading={isLoading}
      onChange={onChange}
      bulk={bulk}
      emptyText={t("socialWorkers.empty")}
      testId="social-worker-table"
    />
  );
}
