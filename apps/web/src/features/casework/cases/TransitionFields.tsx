import {
  type CaseAction,
  type CaseDetail,
  caseCloseReasons,
  caseNeedDomains,
  clientRiskLevels,
  referralTargetKinds,
} from "@xinqiao/shared";
import { Button, Card, Form, Input, Select, Space, Switch } from "antd";
import type { ReactElement } from "react";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useCaseWorkers } from "./hooks.ts";
import { planGoalNames } from "./transitionValues.ts";

type Risk = keyof typeof clientRiskLevels;

/** The fields of one transition's form, as caseForms.ts asks for them. */
export function TransitionFields({ action, detail }: { action: CaseAction; detail: CaseDetail }) {
  const { t } = useI18n();
  const date = (name: string | (string | number)[], label: string) => (
    <Form.Item name={name} label={label} required>
      <Input placeholder="YYYY-MM-DD" style={{ width: 160 }} />
    </Form.Item>
  );
  const text = (name: string | (string | number)[], label: string, required = true, rows = 3) => (
    <Form.Item name={name} label={label} required={required}>
      <Input.TextArea rows={rows} />
    </Form.Item>
  );
  switch (action) {
    case "accept":
      return (
        <>
          {date("acceptedOn", t("cases.form.acceptedOn"))}
          {text("note", t("cases.form.note"), false, 2)}
        </>
      );
    case "decline":
    case "returnPlan":
    case "returnClosing":
    case "suspend":
    case "rejectTransfer":
    case "reopen":
      return text("reason", t("cases.form.reason"));
    case "approvePlan":
    case "approveClosing":
    case "resume":
    case "acceptTransfer":
      return text("note", t("cases.form.note"), false, 2);
    case "startIntervention":
      return date("startedOn", t("cases.form.startedOn"));
    case "completeAssessment":
      return <AssessmentFields date={date} text={text} />;
    case "submitPlan":
      return <PlanFields date={date} text={text} />;
    case "submitEvaluation":
      return <EvaluationFields detail={detail} date={date} text={text} />;
    case "submitClosing":
      return (
        <>
          {date("closedOn", t("cases.form.closedOn"))}
          {text("summary", t("cases.form.summary"), true, 4)}
          <Form.Item name="closeReason" label={t("cases.form.closeReason")} required>
            <Select
              options={caseCloseReasons.map((reason) => ({
                value: reason,
                label: t(`cases.form.closeReason.${reason}`),
              }))}
            />
          </Form.Item>
          {text(["followUp", "plan"], t("cases.form.followUpPlan"))}
          <Form.Item name={["followUp", "dueOn"]} label={t("cases.form.followUpDueOn")}>
            <Input placeholder="YYYY-MM-DD" style={{ width: 160 }} />
          </Form.Item>
        </>
      );
    case "assign":
      return <WorkerField name="workerId" label={t("cases.form.worker")} detail={detail} />;
    case "transfer":
      return (
        <>
          <WorkerField name="toWorkerId" label={t("cases.form.toWorker")} detail={detail} />
          {text("reason", t("cases.form.reason"))}
        </>
      );
    case "refer":
      return <ReferFields date={date} text={text} />;
  }
}

type FieldMaker = (
  name: string | (string | number)[],
  label: string,
  required?: boolean,
  rows?: number,
) => ReactElement;
type Fields = { date: FieldMaker; text: FieldMaker };

function AssessmentFields({ date, text }: Fields) {
  const { t } = useI18n();
  return (
    <>
      {date("assessedOn", t("cases.form.assessedOn"))}
      {text("problems", t("cases.form.problems"))}
      {text("strengths", t("cases.form.strengths"))}
      <Space size={24}>
        <Form.Item name="riskLevel" label={t("cases.form.riskLevel")} required>
          <Select<Risk>
            style={{ width: 120 }}
            options={(Object.keys(clientRiskLevels) as Risk[]).map((level) => ({
              value: level,
              label: t(`cases.risk.${level}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="isEmergency" label={t("cases.form.isEmergency")} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Space>
      {text("riskNote", t("cases.form.riskNote"), false, 2)}
      <Form.Item label={t("cases.form.needs")} required>
        <Form.List name="needs">
          {(fields, { add, remove }) => (
            <Space orientation="vertical" style={{ width: "100%" }}>
              {fields.map((field) => (
                <Space key={field.key} align="start" style={{ width: "100%" }}>
                  <Form.Item name={[field.name, "domain"]} noStyle>
                    <Select
                      placeholder={t("cases.form.domain")}
                      style={{ width: 120 }}
                      options={caseNeedDomains.map((domain) => ({
                        value: domain,
                        label: t(`cases.domain.${domain}`),
                      }))}
                      data-testid="case-need-domain"
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, "need"]} style={{ marginBottom: 0, width: 360 }}>
                    <Input placeholder={t("cases.form.need")} data-testid="case-need-text" />
                  </Form.Item>
                  <Button onClick={() => remove(field.name)}>{t("cases.form.remove")}</Button>
                </Space>
              ))}
              <Button onClick={() => add({})}>{t("cases.form.addNeed")}</Button>
            </Space>
          )}
        </Form.List>
      </Form.Item>
    </>
  );
}

function PlanFields({ date, text }: Fields) {
  const { t } = useI18n();
  const goals = Form.useWatch("goals") as unknown[] | undefined;
  const goalOptions = (goals ?? []).map((_, index) => ({ value: `g${index + 1}`, label: `g${index + 1}` }));
  return (
    <>
      <Space size={24}>
        {date("startOn", t("cases.form.startOn"))}
        {date("endOn", t("cases.form.endOn"))}
      </Space>
      <Form.List name="goals">
        {(fields, { add, remove }) => (
          <Space orientation="vertical" style={{ width: "100%" }}>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                title={t("cases.form.goal", { key: `g${index + 1}` })}
                extra={<Button onClick={() => remove(field.name)}>{t("cases.form.remove")}</Button>}
              >
                {text([field.name, "goal"], t("cases.form.goals"), true, 2)}
                {text([field.name, "indicators"], t("cases.form.indicators"), true, 2)}
              </Card>
            ))}
            <Button onClick={() => add({})}>{t("cases.form.addGoal")}</Button>
          </Space>
        )}
      </Form.List>
      <Form.Item label={t("cases.form.tasks")} required style={{ marginTop: 16 }}>
        <Form.List name="tasks">
          {(fields, { add, remove }) => (
            <Space orientation="vertical" style={{ width: "100%" }}>
              {fields.map((field) => (
                <Space key={field.key} align="start">
                  <Form.Item name={[field.name, "task"]} style={{ marginBottom: 0, width: 260 }}>
                    <Input placeholder={t("cases.form.task")} data-testid="case-task-text" />
                  </Form.Item>
                  <Form.Item name={[field.name, "goalKey"]} style={{ marginBottom: 0 }}>
                    <Select
                      placeholder={t("cases.form.goalKey")}
                      style={{ width: 90 }}
                      options={goalOptions}
                      data-testid="case-task-goal"
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, "dueOn"]} style={{ marginBottom: 0 }}>
                    <Input
                      placeholder={t("cases.form.dueOn")}
                      style={{ width: 130 }}
                      data-testid="case-task-due"
                    />
                  </Form.Item>
                  <Button onClick={() => remove(field.name)}>{t("cases.form.remove")}</Button>
                </Space>
              ))}
              <Button onClick={() => add({})}>{t("cases.form.addTask")}</Button>
            </Space>
          )}
        </Form.List>
      </Form.Item>
    </>
  );
}

function EvaluationFields({ detail, date, text }: Fields & { detail: CaseDetail }) {
  const { t } = useI18n();
  const names = planGoalNames(detail);
  return (
    <>
      {date("evaluatedOn", t("cases.form.evaluatedOn"))}
      <Form.List name="goals">
        {(fields) =>
          fields.map((field, index) => {
            const key = detail.planGoalKeys[index] ?? "";
            return (
              <Card
                key={field.key}
                size="small"
                title={`${key} ${names.get(key) ?? ""}`}
                style={{ marginBottom: 12 }}
              >
                {/* Registered so the submitted values keep which goal is judged. */}
                <Form.Item name={[field.name, "goalKey"]} hidden>
                  <Input />
                </Form.Item>
                <Form.Item name={[field.name, "attainment"]} label={t("cases.form.attainment")} required>
                  <Select
                    options={(["achieved", "partial", "notAchieved"] as const).map((value) => ({
                      value,
                      label: t(`cases.form.attainment.${value}`),
                    }))}
                  />
                </Form.Item>
                {text([field.name, "note"], t("cases.form.note"), false, 2)}
              </Card>
            );
          })
        }
      </Form.List>
      <Form.Item name="satisfaction" label={t("cases.form.satisfaction")} required>
        <Select
          style={{ width: 120 }}
          options={[1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) }))}
        />
      </Form.Item>
    </>
  );
}

function ReferFields({ date, text }: Fields) {
  const { t } = useI18n();
  const consentGiven = Form.useWatch("consentGiven") as boolean | undefined;
  return (
    <>
      <Form.Item name={["target", "kind"]} label={t("cases.form.targetKind")} required>
        <Select
          options={referralTargetKinds.map((kind) => ({
            value: kind,
            label: t(`cases.form.targetKind.${kind}`),
          }))}
        />
      </Form.Item>
      <Form.Item name={["target", "name"]} label={t("cases.form.targetName")} required>
        <Input />
      </Form.Item>
      {text("reason", t("cases.form.reason"))}
      <Form.Item name="consentGiven" label={t("cases.form.consentGiven")} valuePropName="checked">
        <Switch />
      </Form.Item>
      {consentGiven
        ? date("consentOn", t("cases.form.consentOn"))
        : text("overrideReason", t("cases.form.overrideReason"))}
    </>
  );
}

function WorkerField({ name, label, detail }: { name: string; label: string; detail: CaseDetail }) {
  const workers = useCaseWorkers(detail.region.code);
  const exclude = detail.assignedWorker?.id;
  return (
    <Form.Item name={name} label={label} required>
      <Select
        showSearch={{ optionFilterProp: "label" }}
        loading={workers.isLoading}
        options={(workers.data ?? [])
          .filter((worker) => worker.id !== exclude)
          .map((worker) => ({ value: worker.id, label: `${worker.name}（${worker.region.name}）` }))}
        data-testid="case-worker-select"
      />
    </Form.Item>
  );
}
