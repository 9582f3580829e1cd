import { EditOutlined, FileProtectOutlined, PlusOutlined, SwapOutlined } from "@ant-design/icons";
import type { VolunteerServiceEntryKind } from "@xinqiao/shared";
import { App, Button, Card, Col, Popconfirm, Result, Row, Skeleton, Space, Tabs, Tag } from "antd";
import { useState } from "react";
import { useParams } from "react-router";
import { BackLink } from "../../../components/BackLink.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { CertificateList } from "../components/CertificateList.tsx";
import { CertificateModal } from "../components/CertificateModal.tsx";
import { HistoryTimeline } from "../components/HistoryTimeline.tsx";
import { HoursSummary } from "../components/HoursSummary.tsx";
import { ServiceRecordModal } from "../components/ServiceRecordModal.tsx";
import { ServiceRecordTable } from "../components/ServiceRecordTable.tsx";
import { VolunteerDescriptions } from "../components/VolunteerDescriptions.tsx";
import { VolunteerFormDrawer } from "../components/VolunteerFormDrawer.tsx";
import { useSetVolunteerActive } from "../hooks/useVolunteerMutations.ts";
import { useVolunteer, useVolunteerHistory } from "../hooks/useVolunteers.ts";

/** One volunteer: details, hours and star level, the ledger, certificates and history. */
export function VolunteerDetailPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const volunteer = useVolunteer(id);
  const history = useVolunteerHistory(id);
  const setActive = useSetVolunteerActive();
  const [isEditing, setIsEditing] = useState(false);
  const [entryKind, setEntryKind] = useState<VolunteerServiceEntryKind | null>(null);
  const [isIssuing, setIsIssuing] = useState(false);

  const back = <BackLink to="/volunteers">{t("volunteers.back")}</BackLink>;
  if (volunteer.isError) {
    return (
      <Card>
        <Result status="404" title={t("volunteers.notFound")} extra={back} />
      </Card>
    );
  }
  const data = volunteer.data;
  if (!data) {
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  }
  const { abilities } = data;
  const toggleActive = () =>
    setActive.mutate(
      { id, isActive: !data.isActive },
      {
        onSuccess: () =>
          message.success(
            t(data.isActive ? "volunteers.deactivated" : "volunteers.activated", { name: data.name }),
          ),
      },
    );

  return (
    <>
      <PageHeader
        breadcrumb={back}
        title={
          <Space>
            {data.name}
            <Tag>{data.volunteerNumber}</Tag>
            {data.starLevel > 0 && (
              <Tag color="gold">{t("volunteers.star.value", { star: data.starLevel })}</Tag>
            )}
            {!data.isActive && <Tag>{t("volunteers.inactive")}</Tag>}
            {data.isDemo && <Tag color="orange">{t("volunteers.demo")}</Tag>}
          </Space>
        }
        extra={
          <Space wrap>
            {abilities.recordHours && (
              <>
                <Button
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => setEntryKind("earned")}
                  data-testid="record-hours"
                >
                  {t("volunteers.ledger.add")}
                </Button>
                <Button
                  icon={<SwapOutlined />}
                  onClick={() => setEntryKind("redeemed")}
                  disabled={data.balanceHours <= 0}
                >
                  {t("volunteers.ledger.redeem")}
                </Button>
              </>
            )}
            {abilities.issueCertificate && (
              <Button
                icon={<FileProtectOutlined />}
                onClick={() => setIsIssuing(true)}
                data-testid="issue-certificate"
              >
                {t("volunteers.certificate.issue")}
              </Button>
            )}
            {abilities.edit && (
              <Button icon={<EditOutlined />} onClick={() => setIsEditing(true)} data-testid="volunteer-edit">
                {t("volunteers.edit")}
              </Button>
            )}
            {(abilities.deactivate || abilities.activate) && (
              <Popconfirm
                title={t(data.isActive ? "volunteers.confirmDeactivate" : "volunteers.confirmActivate", {
                  name: data.name,
                })}
                onConfirm={toggleActive}
              >
                <Button danger={data.isActive} loading={setActive.isPending}>
                  {t(data.isActive ? "volunteers.deactivate" : "volunteers.activate")}
                </Button>
              </Popconfirm>
            )}
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card title={t("volunteers.detail.basic")}>
            <VolunteerDescriptions volunteer={data} />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card title={t("volunteers.detail.hours")}>
            <HoursSummary volunteer={data} />
          </Card>
        </Col>
        <Col span={24}>
          <Card>
            <Tabs
              items={[
                {
                  key: "ledger",
                  label: t("volunteers.detail.ledger"),
                  children: <ServiceRecordTable volunteerId={id} />,
                },
                {
                  key: "certificates",
                  label: t("volunteers.detail.certificates"),
                  children: <CertificateList volunteerId={id} />,
                },
                {
                  key: "history",
                  label: t("volunteers.detail.history"),
                  children: (
                    <HistoryTimeline
                      entries={history.data}
                      isLoading={history.isLoading}
                      fieldKeyPrefix="volunteers.field"
                    />
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <VolunteerFormDrawer open={isEditing} volunteer={data} onClose={() => setIsEditing(false)} />
      <ServiceRecordModal volunteer={data} entryKind={entryKind} onClose={() => setEntryKind(null)} />
      <CertificateModal volunteer={data} open={isIssuing} onClose={() => setIsIssuing(false)} />
    </>
  );
}
