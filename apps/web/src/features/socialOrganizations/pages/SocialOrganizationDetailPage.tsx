import { EditOutlined } from "@ant-design/icons";
import type { SocialOrganizationDetail } from "@xinqiao/shared";
import { App, Button, Card, Popconfirm, Skeleton, Space, Tabs, Tag } from "antd";
import { useState } from "react";
import { useParams } from "react-router";
import { BackLink } from "../../../components/BackLink.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { RecordNotFound } from "../../../components/RecordNotFound.tsx";
import { parseRecordId } from "../../../components/recordAddress.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { CreditCodeTag } from "../components/CreditCodeTag.tsx";
import { OrganizationPlatformsTable, OrganizationWorkersTable } from "../components/OrganizationSubLists.tsx";
import { SocialOrganizationDescriptions } from "../components/SocialOrganizationDescriptions.tsx";
import { SocialOrganizationFormDrawer } from "../components/SocialOrganizationFormDrawer.tsx";
import { SocialOrganizationHistory } from "../components/SocialOrganizationHistory.tsx";
import { useSetSocialOrganizationActive } from "../hooks/useSocialOrganizationMutations.ts";
import { useSocialOrganization } from "../hooks/useSocialOrganizations.ts";

/** One organization (/social-organizations/:id): details, its workers and platforms, history. */
export function SocialOrganizationDetailPage() {
  const { t } = useI18n();
  const id = parseRecordId(useParams().id);
  const detail = useSocialOrganization(id);
  const [isEditing, setIsEditing] = useState(false);

  const back = <BackLink to="/social-organizations">{t("socialOrganizations.back")}</BackLink>;
  const organization = detail.data;
  if (id === null || detail.isError)
    return <RecordNotFound error={detail.error} back={back} onRetry={() => void detail.refetch()} />;
  if (!organization)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );

  return (
    <div data-testid="social-organization-detail">
      <PageHeader
        breadcrumb={back}
        title={
          <Space wrap>
            {organization.name}
            <CreditCodeTag organization={organization} />
            {!organization.isActive && <Tag>{t("socialOrganizations.inactive")}</Tag>}
          </Space>
        }
        extra={<OrganizationActions organization={organization} onEdit={() => setIsEditing(true)} />}
      />
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        <Card title={t("socialOrganizations.section.basic")}>
          <SocialOrganizationDescriptions organization={organization} />
        </Card>
        <Card>
          <Tabs
            items={[
              {
                key: "workers",
                label: t("socialOrganizations.section.workers", { count: organization.workerCount }),
                children: <OrganizationWorkersTable organization={organization} />,
              },
              {
                key: "platforms",
                label: t("socialOrganizations.section.platforms", { count: organization.platformCount }),
                children: <OrganizationPlatformsTable organization={organization} />,
              },
              {
                key: "history",
                label: t("socialOrganizations.section.history"),
                children: <SocialOrganizationHistory organizationId={organization.id} />,
              },
            ]}
          />
        </Card>
      </Space>
      <SocialOrganizationFormDrawer
        open={isEditing}
        organization={organization}
        onClose={() => setIsEditing(false)}
      />
    </div>
  );
}

/** Edit, deactivate or activate, as the server's abilities for this organization allow. */
function OrganizationActions({
  organization,
  onEdit,
}: {
  organization: SocialOrganizationDetail;
  onEdit: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const setActive = useSetSocialOrganizationActive();
  const { abilities, isActive, name } = organization;
  const toggle = () =>
    setActive.mutate(
      { id: organization.id, isActive: !isActive },
      {
        onSuccess: () =>
          message.success(
            t(isActive ? "socialOrganizations.deactivated" : "socialOrganizations.activated", { name }),
          ),
      },
    );

  return (
    <Space wrap>
      {abilities.edit && (
        <Button
          type="primary"
          icon={<EditOutlined />}
          onClick={onEdit}
          data-testid="social-organization-edit"
        >
          {t("common.edit")}
        </Button>
      )}
      {(abilities.deactivate || abilities.activate) && (
        <Popconfirm
          title={t(
            isActive ? "socialOrganizations.confirmDeactivate" : "socialOrganizations.confirmActivate",
            {
              name,
            },
          )}
          onConfirm={toggle}
        >
          <Button
            danger={isActive}
            loading={setActive.isPending}
            data-testid="social-organization-toggle-active"
          >
            {isActive ? t("socialOrganizations.deactivate") : t("socialOrganizations.activate")}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
