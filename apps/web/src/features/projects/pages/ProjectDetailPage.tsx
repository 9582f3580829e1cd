import { Alert, Card, Col, Descriptions, Progress, Row, Skeleton, Space, Statistic, Table } from "antd";
import { useParams } from "react-router";
import { BackLink } from "../../../components/BackLink.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { RecordLink } from "../../../components/RecordLink.tsx";
import { RecordNotFound } from "../../../components/RecordNotFound.tsx";
import { parseRecordId } from "../../../components/recordAddress.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { AttachmentsPanel } from "../../attachments/components/AttachmentsPanel.tsx";
import { rate, yuan } from "../components/money.tsx";
import { ProjectMoney } from "../components/ProjectMoney.tsx";
import { ProjectStatusTag } from "../components/ProjectStatusTag.tsx";
import { TransitionButtons } from "../components/TransitionButtons.tsx";
import { useProject } from "../hooks/useProjects.ts";

/**
 * One project (/projects/:id): its details, the lifecycle steps the server allows the user now,
 * targets and milestones, the money by line with receipts and expenditures, and its documents.
 */
export function ProjectDetailPage() {
  const { t } = useI18n();
  const id = parseRecordId(useParams().id);
  const detail = useProject(id);
  const back = <BackLink to="/projects">{t("projects.back")}</BackLink>;
  const project = detail.data;
  if (id === null || detail.isError)
    return <RecordNotFound error={detail.error} back={back} onRetry={() => void detail.refetch()} />;
  if (!project)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  return (
    <div data-testid="project-detail">
      <PageHeader
        breadcrumb={back}
        title={
          <Space wrap>
            {project.name}
            <ProjectStatusTag status={project.status} />
          </Space>
        }
        extra={<TransitionButtons project={project} />}
      />
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        {project.returnedReason && (
          <Alert
            type="warning"
            showIcon
            message={t("projects.returnedNotice", { reason: project.returnedReason })}
          />
        )}
        <Card>
          <Descriptions column={3} size="small">
            <Descriptions.Item label={t("projects.field.kind")}>
              {t(`projects.kind.${project.kind}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t("projects.field.region")}>{project.region.name}</Descriptions.Item>
            <Descriptions.Item label={t("projects.field.implementer")}>
              <RecordLink reference={project.implementer} kind={project.implementerKind} />
            </Descriptions.Item>
            <Descriptions.Item label={t("projects.field.period")}>
              {project.periodStart} – {project.periodEnd}
            </Descriptions.Item>
            <Descriptions.Item label={t("projects.field.domains")}>
              {project.domains.join("、")}
            </Descriptions.Item>
            <Descriptions.Item label={t("projects.field.targetGroups")}>
              {project.targetGroups.join("、")}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title={t("projects.section.money")}>
          <Row gutter={16}>
            <Col span={5}>
              <Statistic title={t("projects.field.budget")} value={yuan(project.budgetFen)} />
            </Col>
            <Col span={5}>
              <Statistic title={t("projects.field.received")} value={yuan(project.receivedFen)} />
            </Col>
            <Col span={5}>
              <Statistic title={t("projects.field.spent")} value={yuan(project.spentFen)} />
            </Col>
            <Col span={4}>
              <Statistic title={t("projects.field.rateOfReceived")} value={rate(project.spentOfReceivedBp)} />
            </Col>
            <Col span={5}>
              <Statistic title={t("projects.field.rateOfBudget")} value={rate(project.spentOfBudgetBp)} />
            </Col>
          </Row>
        </Card>
        <ProjectMoney project={project} />
        <Card title={t("projects.section.progress")} size="small">
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={project.targets}
            columns={[
              {
                title: t("projects.field.indicator"),
                key: "indicator",
                render: (_: unknown, row) => t(`projects.indicator.${row.indicator}`),
              },
              { title: t("projects.field.target"), dataIndex: "targetValue", key: "target" },
              { title: t("projects.field.achieved"), dataIndex: "achievedValue", key: "achieved" },
              {
                title: "",
                key: "progress",
                width: 200,
                render: (_: unknown, row) => (
                  <Progress
                    percent={Math.min(100, Math.floor((row.achievedValue * 100) / row.targetValue))}
                    size="small"
                  />
                ),
              },
              { title: t("projects.field.evidence"), dataIndex: "evidenceNote", key: "evidence" },
            ]}
          />
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            style={{ marginTop: 16 }}
            dataSource={project.milestones}
            columns={[
              { title: t("projects.field.milestone"), dataIndex: "title", key: "title" },
              { title: t("projects.field.dueOn"), dataIndex: "dueOn", key: "due" },
              { title: t("projects.field.doneOn"), dataIndex: "doneOn", key: "done" },
            ]}
          />
        </Card>
        <Card title={t("projects.section.documents")} size="small">
          <AttachmentsPanel ownerKind="project" ownerId={project.id} />
        </Card>
      </Space>
    </div>
  );
}
