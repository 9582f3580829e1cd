import { EditOutlined } from "@ant-design/icons";
import type { SocialWorkerDetail } from "@xinqiao/shared";
import { App, Button, Card, Popconfirm, Skeleton, Space, Tabs } from "antd";
import { useState } from "react";
import { useParams } from "react-router";
import { BackLink } from "../../../components/BackLink.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { RecordNotFound } from "../../../components/RecordNotFound.tsx";
import { parseRecordId } from "../../../components/recordAddress.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { EducationHoursPanel } from "../components/EducationHoursPanel.tsx";
import { SocialWorkerDescriptions } from "../components/SocialWorkerDescriptions.tsx";
import { SocialWorkerFormDrawer } from "../components/SocialWorkerFormDrawer.tsx";
import { SocialWorkerHistory } from "../components/SocialWorkerHistory.tsx";
import { WorkerTags } from "../components/WorkerTags.tsx";
import { useSetSocialWorkerActive } from "../hooks/useSocialWorkerMutations.ts";
import { useSocialWorker } from "../hooks/useSocialWorkers.ts";

/**
 * One social worker (/social-workers/:id): every field (identifiers masked until revealed on
 * purpose), continuing-education hours and history.
 */
export function SocialWorkerDetailPage() {
  const { t } = useI18n();
  const id = parseRecordId(useParams().id);
  const detail = useSocialWorker(id);
  const [isEditing, setIsEditing] = useState(false);

  const back = <BackLink to="/social-workers">{t("socialWorkers.back")}</BackLink>;
  const worker = detail.data;
  if (id === null || detail.isError)
    return <RecordNotFound error={detail.error} back={back} onRetry={() => void detail.refetch()} />;
  if (!worker)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );

  return (
    <div data-testid="social-worker-detail">
      <PageHeader
        breadcrumb={back}
        title={
          <Space wrap>
            {worker.name}
            <WorkerTags worker={worker} showStatus showDemo />
          </Space>
        }
        extra={<WorkerActions worker={worker} onEdit={() => setIsEditing(true)} />}
      />
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        <Card>
          <SocialWorkerDescriptions worker={worker} />
        </Card>
        <Card>
          <Tabs
            items={[
              {
                key: "education",
                label: t("socialWorkers.section.education"),
                children: (
                  <EducationHoursPanel
                    workerId={worker.id}
                    mayRecord={worker.abilities.recordEducationHours}
                  />
                ),
              },
              {
                key: "history",
                label: t("socialWorkers.section.history"),
                children: <SocialWorkerHistory workerId={worker.id} />,
              },
            ]}
          />
        </Card>
      </Space>
      <SocialWorkerFormDrawer open={isEditing} worker={worker} onClose={() => setIsEditing(false)} />
    </div>
  );
}

/** Edit, deactivate or activate, as the server's abilities for this worker allow. */
function WorkerActions({ worker, onEdit }: { worker: SocialWorkerDetail; onEdit: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const setActive = useSetSocialWorkerActive();
  const { abilities, isActive, name } = worker;
  const toggle = () =>
    setActive.mutate(
      { id: worker.id, isActive: !isActive },
      {
        onSuccess: () =>
          message.success(t(isActive ? "socialWorkers.deactivated" : "socialWorkers.activated", { name })),
      },
    );

  return (
    <Space wrap>
      {abilities.edit && (
        <Button type="primary" icon={<EditOutlined />} onClick={onEdit} data-testid="social-worker-edit">
          {t("common.edit")}
        </Button>
      )}
      {(abilities.deactivate || abilities.activate) && (
        <Popconfirm
          title={t(isActive ? "socialWorkers.confirmDeactivate" : "socialWorkers.confirmActivate", { name })}
          onConfirm={toggle}
        >
          <Button danger={isActive} loading={setActive.isPending} data-testid="social-worker-toggle-active">
            {isActive ? t("socialWorkers.deactivate") : t("socialWorkers.activate")}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
