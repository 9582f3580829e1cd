import type { PlatformDetail } from "@xinqiao/shared";
import { Alert, App, Button, Drawer, Popconfirm, Space, Spin, Table, Tabs } from "antd";
import { useErrorText } from "../../../api/errorText.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { usePlatformLabels } from "../hooks/usePlatformLabels.ts";
import { useSetPlatformActive } from "../hooks/usePlatformMutations.ts";
import { usePlatform } from "../hooks/usePlatforms.ts";
import { PlatformDescriptions } from "./PlatformDescriptions.tsx";
import { PlatformHistory } from "./PlatformHistory.tsx";
import { StandardTags } from "./StandardTags.tsx";

/** A platform's detail: fields, staff, history; buttons from the server's abilities. */
export function PlatformDetailDrawer({
  platformId,
  onClose,
  onEdit,
}: {
  platformId: number | null;
  onClose: () => void;
  onEdit: (platform: PlatformDetail) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const labels = usePlatformLabels();
  const detail = usePlatform(platformId);
  const setActive = useSetPlatformActive();
  const platform = detail.data;

  const toggle = (target: PlatformDetail) =>
    setActive.mutate(
      { id: target.id, isActive: !target.isActive },
      {
        onSuccess: () =>
          message.success(
            t(target.isActive ? "platforms.deactivated" : "platforms.activated", { name: target.name }),
          ),
      },
    );

  return (
    <Drawer
      open={platformId !== null}
      onClose={onClose}
      size={880}
      destroyOnHidden
      title={
        platform ? (
          <Space wrap>
            {platform.name}
            <StandardTags platform={platform} />
          </Space>
        ) : (
          t("platforms.title")
        )
      }
      extra={
        platform && (
          <Space>
            {platform.abilities.edit && (
              <Button type="primary" onClick={() => onEdit(platform)} data-testid="platform-edit">
                {t("common.edit")}
              </Button>
            )}
            {(platform.abilities.deactivate || platform.abilities.activate) && (
              <Popconfirm
                title={t(platform.isActive ? "platforms.confirmDeactivate" : "platforms.confirmActivate", {
                  name: platform.name,
                })}
                onConfirm={() => toggle(platform)}
              >
                <Button danger={platform.isActive} loading={setActive.isPending}>
                  {platform.isActive ? t("platforms.deactivate") : t("platforms.activate")}
                </Button>
              </Popconfirm>
            )}
          </Space>
        )
      }
    >
      <div data-testid="platform-detail">
        {detail.isLoading && <Spin />}
        {detail.error && <Alert type="error" showIcon title={errorText(detail.error)} />}
        {platform && (
          <Tabs
            items={[
              {
                key: "details",
                label: t("platforms.section.basic"),
                children: <PlatformDescriptions platform={platform} />,
              },
              {
                key: "staff",
                label: t("platforms.section.staff", { count: platform.staffCount }),
                children: (
                  <Table
                    rowKey="id"
                    size="small"
                    dataSource={platform.staff}
                    pagination={platform.staff.length > 20 ? { pageSize: 20 } : false}
                    locale={{ emptyText: t("platforms.staff.empty") }}
                    columns={[
                      { title: t("platforms.staff.name"), dataIndex: "name", key: "name" },
                      {
                        title: t("platforms.staff.level"),
                        key: "level",
                        render: (_: unknown, worker) => labels.level(worker.qualificationLevel),
                      },
                      {
                        title: t("platforms.staff.position"),
                        key: "position",
                        render: (_: unknown, worker) => worker.position ?? "—",
                      },
                      {
                        title: t("platforms.staff.status"),
                        key: "status",
                        render: (_: unknown, worker) => labels.employment(worker.employmentStatus),
                      },
                    ]}
                  />
                ),
              },
              {
                key: "history",
                label: t("platforms.section.history"),
                children: <PlatformHistory platformId={platform.id} />,
              },
            ]}
          />
        )}
      </div>
    </Drawer>
  );
}
