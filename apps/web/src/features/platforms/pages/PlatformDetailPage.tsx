import { EditOutlined } from "@ant-design/icons";
import type { PlatformDetail } from "@xinqiao/shared";
import { App, Button, Card, Popconfirm, Skeleton, Space, Tabs, Tag } from "antd";
import { useState } from "react";
import { useParams } from "react-router";
import { BackLink } from "../../../components/BackLink.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { RecordNotFound } from "../../../components/RecordNotFound.tsx";
import { parseRecordId } from "../../../components/recordAddress.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { PlatformDescriptions } from "../components/PlatformDescriptions.tsx";
import { PlatformFormDrawer } from "../components/PlatformFormDrawer.tsx";
import { PlatformHistory } from "../components/PlatformHistory.tsx";
import { PlatformStaffTable } from "../components/PlatformStaffTable.tsx";
import { StandardTags } from "../components/StandardTags.tsx";
import { useSetPlatformActive } from "../hooks/usePlatformMutations.ts";
import { usePlatform } from "../hooks/usePlatforms.ts";

/** One platform (/platforms/:id): its details, its social workers and its history. */
export function PlatformDetailPage() {
  const { t } = useI18n();
  const id = parseRecordId(useParams().id);
  const detail = usePlatform(id);
  const [isEditing, setIsEditing] = useState(false);

  const back = <BackLink to="/platforms">{t("platforms.back")}</BackLink>;
  const platform = detail.data;
  if (id === null || detail.isError)
    return <RecordNotFound error={detail.error} back={back} onRetry={() => void detail.refetch()} />;
  if (!platform)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );

  return (
    <div data-testid="platform-detail">
      <PageHeader
        breadcrumb={back}
        title={
          <Space wrap>
            {platform.name}
            <StandardTags platform={platform} />
            {!platform.isActive && <Tag>{t("platforms.inactive")}</Tag>}
          </Space>
        }
        extra={<PlatformActions platform={platform} onEdit={() => setIsEditing(true)} />}
      />
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        <Card title={t("platforms.section.basic")}>
          <PlatformDescriptions platform={platform} />
        </Card>
        <Card>
          <Tabs
            items={[
              {
                key: "staff",
                label: t("platforms.section.staff", { count: platform.staffCount }),
                children: <PlatformStaffTable platform={platform} />,
              },
              {
                key: "history",
                label: t("platforms.section.history"),
                children: <PlatformHistory platformId={platform.id} />,
              },
            ]}
          />
        </Card>
      </Space>
      <PlatformFormDrawer open={isEditing} platform={platform} onClose={() => setIsEditing(false)} />
    </div>
  );
}

/** Edit, deactivate or activate, as the server's abilities for this platform allow. */
function PlatformActions({ platform, onEdit }: { platform: PlatformDetail; onEdit: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const setActive = useSetPlatformActive();
  const { abilities, isActive, name } = platform;
  const toggle = () =>
    setActive.mutate(
      { id: platform.id, isActive: !isActive },
      {
        onSuccess: () =>
          message.success(t(isActive ? "platforms.deactivated" : "platforms.activated", { name })),
      },
    );

  return (
    <Space wrap>
      {abilities.edit && (
        <Button type="primary" icon={<EditOutlined />} onClick={onEdit} data-testid="platform-edit">
          {t("common.edit")}
        </Button>
      )}
      {(abilities.deactivate || abilities.activate) && (
        <Popconfirm
          title={t(isActive ? "platforms.confirmDeactivate" : "platforms.confirmActivate", { name })}
          onConfirm={toggle}
        >
          <Button danger={isActive} loading={setActive.isPending} data-testid="platform-toggle-active">
            {isActive ? t("platforms.deactivate") : t("platforms.activate")}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
