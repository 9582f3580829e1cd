import { Button, Card, Descriptions, Skeleton, Space } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { BackLink } from "../../../components/BackLink.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { RecordNotFound } from "../../../components/RecordNotFound.tsx";
import { parseRecordId } from "../../../components/recordAddress.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useNeed } from "./hooks.ts";
import { NeedStatusTag, UrgencyTag } from "./NeedTags.tsx";
import { TriageDrawer } from "./TriageDrawer.tsx";

/** One need (/needs/:id): what was asked, and its triage — or the button to triage it. */
export function NeedDetailPage() {
  const { t } = useI18n();
  const id = parseRecordId(useParams().id);
  const detail = useNeed(id);
  const [isTriaging, setIsTriaging] = useState(false);
  const back = <BackLink to="/needs">{t("needs.back")}</BackLink>;
  const need = detail.data;
  if (id === null || detail.isError)
    return <RecordNotFound error={detail.error} back={back} onRetry={() => void detail.refetch()} />;
  if (!need)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  return (
    <div data-testid="need-detail">
      <PageHeader
        breadcrumb={back}
        title={
          <Space wrap>
            {need.client.name} · {need.domain}
            <UrgencyTag urgency={need.urgency} />
            <NeedStatusTag status={need.status} />
          </Space>
        }
        extra={
          need.abilities.triage ? (
            <Button type="primary" onClick={() => setIsTriaging(true)} data-testid="need-triage">
              {t("needs.triage")}
            </Button>
          ) : need.caseId ? (
            <Link to={`/cases/${need.caseId}`} data-testid="need-case-link">
              {t("needs.openCase")}
            </Link>
          ) : null
        }
      />
      <Card>
        <Descriptions
          column={2}
          items={[
            { key: "client", label: t("needs.field.client"), children: need.client.name },
            { key: "region", label: t("needs.field.region"), children: need.region.name },
            { key: "source", label: t("needs.field.source"), children: t(`needs.source.${need.source}`) },
            { key: "receivedOn", label: t("needs.field.receivedOn"), children: need.receivedOn },
            { key: "description", label: t("needs.field.description"), children: need.description, span: 2 },
            ...(need.triagedAt
              ? [
                  {
                    key: "triagedBy",
                    label: t("needs.field.triagedBy"),
                    children: `${need.triagedBy?.name ?? "—"} · ${dayjs(need.triagedAt).format("YYYY-MM-DD HH:mm")}`,
                  },
                  { key: "triageNote", label: t("needs.field.triageNote"), children: need.triageNote ?? "—" },
                ]
              : []),
          ]}
        />
      </Card>
      <TriageDrawer need={need} open={isTriaging} onClose={() => setIsTriaging(false)} />
    </div>
  );
}
