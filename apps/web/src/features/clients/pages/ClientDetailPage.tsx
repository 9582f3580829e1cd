import { EditOutlined } from "@ant-design/icons";
import type { ClientDetail } from "@xinqiao/shared";
import { Alert, App, Button, Card, Popconfirm, Skeleton, Space, Tabs } from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { BackLink } from "../../../components/BackLink.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { RecordNotFound } from "../../../components/RecordNotFound.tsx";
import { parseRecordId } from "../../../components/recordAddress.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { AttachmentsPanel } from "../../attachments/components/AttachmentsPanel.tsx";
import { ClientConsents } from "../components/ClientConsents.tsx";
import { ClientDescriptions } from "../components/ClientDescriptions.tsx";
import { ClientFormDrawer } from "../components/ClientFormDrawer.tsx";
import { ClientHistory } from "../components/ClientHistory.tsx";
import { ClientStatusTags, RiskTag } from "../components/ClientTags.tsx";
import { ClientTimeline } from "../components/ClientTimeline.tsx";
import { PossibleDuplicates } from "../components/PossibleDuplicates.tsx";
import { useSetClientActive } from "../hooks/useClientMutations.ts";
import { useClient } from "../hooks/useClients.ts";

/**
 * One client (/clients/:id): every field (identifiers masked until revealed on purpose), records
 * that may be the same person, consents and history.
 */
export function ClientDetailPage() {
  const { t } = useI18n();
  const id = parseRecordId(useParams().id);
  const detail = useClient(id);
  const [isEditing, setIsEditing] = useState(false);

  const back = <BackLink to="/clients">{t("clients.back")}</BackLink>;
  const client = detail.data;
  if (id === null || detail.isError)
    return <RecordNotFound error={detail.error} back={back} onRetry={() => void detail.refetch()} />;
  if (!client)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );

  return (
    <div data-testid="client-detail">
      <PageHeader
        breadcrumb={back}
        title={
          <Space wrap>
            {client.name}
            <RiskTag level={client.riskLevel} />
            <ClientStatusTags client={client} showDemo />
          </Space>
        }
        extra={<ClientActions client={client} onEdit={() => setIsEditing(true)} />}
      />
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        {client.mergedIntoId !== null && (
          <Alert
            type="info"
            showIcon
            data-testid="client-merged-into"
            title={
              <span>
                {t("clients.mergedInto")}
                <Link to={`/clients/${client.mergedIntoId}`}>
                  {t("clients.mergedIntoLink", { id: client.mergedIntoId })}
                </Link>
              </span>
            }
          />
        )}
        <PossibleDuplicates duplicates={client.possibleDuplicates} />
        <Card>
          <ClientDescriptions client={client} />
        </Card>
        <Card>
          <Tabs
            items={[
              {
                key: "consents",
                label: t("clients.detail.consents"),
                children: <ClientConsents client={client} />,
              },
              {
                key: "timeline",
                label: t("clients.timeline.title"),
                children: <ClientTimeline clientId={client.id} />,
              },
              {
                key: "attachments",
                label: t("attachments.title"),
                children: <AttachmentsPanel ownerKind="client" ownerId={client.id} />,
              },
              {
                key: "history",
                label: t("clients.detail.history"),
                children: <ClientHistory clientId={client.id} />,
              },
            ]}
          />
        </Card>
      </Space>
      <ClientFormDrawer open={isEditing} client={client} onClose={() => setIsEditing(false)} />
    </div>
  );
}

/** Edit, deactivate or activate, as the server's abilities for this client allow. */
function ClientActions({ client, onEdit }: { client: ClientDetail; onEdit: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const setActive = useSetClientActive();
  const { abilities, isActive, name } = client;
  const toggle = () =>
    setActive.mutate(
      { id: client.id, isActive: !isActive },
      {
        onSuccess: () => message.success(t(isActive ? "clients.deactivated" : "clients.activated", { name })),
      },
    );

  return (
    <Space wrap>
      {abilities.edit && (
        <Button type="primary" icon={<EditOutlined />} onClick={onEdit} data-testid="client-edit">
          {t("clients.edit")}
        </Button>
      )}
      {(abilities.deactivate || abilities.activate) && (
        <Popconfirm
          title={t(isActive ? "clients.confirmDeactivate" : "clients.confirmActivate", { name })}
          onConfirm={toggle}
        >
          <Button danger={isActive} loading={setActive.isPending} data-testid="client-toggle-active">
            {isActive ? t("clients.deactivate") : t("clients.activate")}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
