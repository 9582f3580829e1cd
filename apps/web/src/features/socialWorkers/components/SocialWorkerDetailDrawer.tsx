import type { SocialWorkerDetail } from "@xinqiao/shared";
import { Alert, App, Button, Drawer, Popconfirm, Space, Spin, Tabs } from "antd";
import { useErrorText } from "../../../api/errorText.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useSetSocialWorkerActive } from "../hooks/useSocialWorkerMutations.ts";
import { useSocialWorker } from "../hooks/useSocialWorkers.ts";
import { EducationHoursPanel } from "./EducationHoursPanel.tsx";
import { SocialWorkerDescriptions } from "./SocialWorkerDescriptions.tsx";
import { SocialWorkerHistory } from "./SocialWorkerHistory.tsx";
import { WorkerTags } from "./WorkerTags.tsx";

/** A worker's detail: fields and derived facts, continuing education, history; buttons from the server's abilities. */
export function SocialWorkerDetailDrawer({
  workerId,
  onClose,
  onEdit,
}: {
  workerId: number | null;
  onClose: () => void;
  onEdit: (worker: SocialWorkerDetail) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const detail = useSocialWorker(workerId);
  const setActive = useSetSocialWorkerActive();
  const worker = detail.data;

  const toggle = (target: SocialWorkerDetail) =>
    setActive.mutate(
      { id: target.id, isActive: !target.isActive },
      {
        onSuccess: () =>
          message.success(
            t(target.isActive ? "socialWorkers.deactivated" : "socialWorkers.activated", {
              name: target.name,
            }),
          ),
      },
    );

  return (
    <Drawer
      open={workerId !== null}
      onClose={onClose}
      size={880}
      destroyOnHidden
      title={
        worker ? (
          <Space wrap>
            {worker.name}
            <WorkerTags worker={worker} showStatus showDemo />
          </Space>
        ) : (
          t("socialWorkers.title")
        )
      }
      extra={
        worker && (
          <Space>
            {worker.abilities.edit && (
              <Button type="primary" onClick={() => onEdit(worker)} data-testid="social-worker-edit">
                {t("common.edit")}
              </Button>
            )}
            {(worker.abilities.deactivate || worker.abilities.activate) && (
              <Popconfirm
                title={t(
                  worker.isActive ? "socialWorkers.confirmDeactivate" : "socialWorkers.confirmActivate",
                  {
                    name: worker.name,
                  },
                )}
                onConfirm={() => toggle(worker)}
              >
                <Button danger={worker.isActive} loading={setActive.isPending}>
                  {worker.isActive ? t("socialWorkers.deactivate") : t("socialWorkers.activate")}
                </Button>
              </Popconfirm>
            )}
          </Space>
        )
      }
    >
      <div data-testid="social-worker-detail">
        {detail.isLoading && <Spin />}
        {detail.error && <Alert type="error" showIcon title={errorText(detail.error)} />}
        {worker && (
          <Tabs
            items={[
              {
                key: "details",
                label: t("socialWorkers.section.details"),
                children: <SocialWorkerDescriptions worker={worker} />,
              },
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
        )}
      </div>
    </Drawer>
  );
}
