import type { ProjectDetail } from "@xinqiao/shared";
import { Button, Card, Space, Table, Tag } from "antd";
import { useState } from "react";
import { ReverseEntryAction } from "../../../components/ReverseEntryAction.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { projectActions } from "../api.ts";
import { useProjectChange } from "../hooks/useProjects.ts";
import { BudgetLineModal } from "./BudgetLineModal.tsx";
import { type MoneyEntry, MoneyEntryModal } from "./MoneyEntryModal.tsx";
import { moneyColumn, rate, yuan } from "./money.tsx";

/**
 * The project's budget lines, receipts and expenditures. Every total shown is the server's
 * integer sum in 分 (the rows above it add up to it exactly); a wrong entry is reversed, not edited.
 */
export function ProjectMoney({ project }: { project: ProjectDetail }) {
  const { t } = useI18n();
  const [entry, setEntry] = useState<"receipt" | "expenditure" | null>(null);
  const [isAddingLine, setIsAddingLine] = useState(false);
  const receipt = useProjectChange((body: MoneyEntry) =>
    projectActions.recordReceipt(project.id, {
      receivedOn: body.date,
      source: body.source ?? "other",
      amountFen: body.amountFen,
      payer: body.party,
    }),
  );
  const expenditure = useProjectChange((body: MoneyEntry) =>
    projectActions.recordExpenditure(project.id, {
      spentOn: body.date,
      budgetLineId: body.budgetLineId ?? 0,
      amountFen: body.amountFen,
      payee: body.party,
      purpose: body.purpose,
      overspendReason: body.overspendReason,
    }),
  );
  const reverse = useProjectChange(
    (input: { kind: "receipt" | "expenditure"; id: number; reason: string }) =>
      input.kind === "receipt"
        ? projectActions.reverseReceipt(project.id, input.id, input.reason)
        : projectActions.reverseExpenditure(project.id, input.id, input.reason),
  );
  const lineName = (id: number) => {
    const line = project.budgetLines.find((candidate) => candidate.id === id);
    return line ? `${t(`projects.category.${line.category}`)} · ${t(`projects.source.${line.source}`)}` : "";
  };
  const reverseLabels = {
    action: t("projects.reversal"),
    title: t("projects.reverse.title"),
    rule: t("projects.reverse.rule"),
    reason: t("projects.reverse.reason"),
    reasonPlaceholder: t("projects.reverse.reasonPlaceholder"),
    submit: t("projects.reverse.submit"),
  };
  const reversalCell = (
    kind: "receipt" | "expenditure",
    row: { id: number; amountFen: number; reversesId: number | null; reversedById: number | null },
  ) => {
    if (row.reversesId !== null) return <Tag>{t("projects.reversal")}</Tag>;
    if (row.reversedById !== null) return <Tag color="default">{t("projects.reversed")}</Tag>;
    if (!project.abilities.reverseFunds) return null;
    return (
      <ReverseEntryAction
        summary={[{ label: t("projects.field.amount"), value: yuan(row.amountFen) }]}
        labels={reverseLabels}
        onReverse={(reason) => reverse.mutateAsync({ kind, id: row.id, reason })}
        testId={`project-reverse-${kind}`}
      />
    );
  };
  const totalRow = (label: string, fen: number) => (
    <Table.Summary.Row>
      <Table.Summary.Cell index={0}>{label}</Table.Summary.Cell>
      <Table.Summary.Cell index={1} align="right">
        {yuan(fen)}
      </Table.Summary.Cell>
    </Table.Summary.Row>
  );
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Card
        title={t("projects.section.lines")}
        size="small"
        extra={
          project.abilities.budget && (
            <Button onClick={() => setIsAddingLine(true)} data-testid="project-add-line">
              {t("projects.addLine")}
            </Button>
          )
        }
      >
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={project.budgetLines}
          data-testid="project-lines"
          columns={[
            { title: t("projects.field.line"), key: "line", render: (_: unknown, line) => lineName(line.id) },
            {
              title: t("projects.field.budget"),
              key: "budget",
              ...moneyColumn,
              render: (_: unknown, line) => yuan(line.budgetFen),
            },
            {
              title: t("projects.field.spent"),
              key: "spent",
              ...moneyColumn,
              render: (_: unknown, line) => yuan(line.spentFen),
            },
            {
              title: t("projects.field.rateOfBudget"),
              key: "rate",
              ...moneyColumn,
              render: (_: unknown, line) => rate(line.spentOfBudgetBp),
            },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{t("projects.total")}</Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {yuan(project.budgetFen)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {yuan(project.spentFen)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {rate(project.spentOfBudgetBp)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      </Card>
      <Card
        title={t("projects.section.receipts")}
        size="small"
        extra={
          project.abilities.recordFunds && (
            <Button onClick={() => setEntry("receipt")} data-testid="project-record-receipt">
              {t("projects.recordReceipt")}
            </Button>
          )
        }
      >
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={project.receipts}
          data-testid="project-receipts"
          columns={[
            { title: t("projects.field.date"), dataIndex: "receivedOn", key: "date" },
            {
              title: t("projects.field.amount"),
              key: "amount",
              ...moneyColumn,
              render: (_: unknown, row) => yuan(row.amountFen),
            },
            {
              title: t("projects.field.source"),
              key: "source",
              render: (_: unknown, row) => t(`projects.source.${row.source}`),
            },
            { title: t("projects.field.payer"), dataIndex: "payer", key: "payer" },
            { title: t("projects.field.note"), dataIndex: "note", key: "note" },
            { title: "", key: "reverse", render: (_: unknown, row) => reversalCell("receipt", row) },
          ]}
          summary={() => totalRow(t("projects.total"), project.receivedFen)}
        />
      </Card>
      <Card
        title={t("projects.section.expenditures")}
        size="small"
        extra={
          project.abilities.recordFunds && (
            <Button onClick={() => setEntry("expenditure")} data-testid="project-record-expenditure">
              {t("projects.recordExpenditure")}
            </Button>
          )
        }
      >
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={project.expenditures}
          data-testid="project-expenditures"
          columns={[
            { title: t("projects.field.date"), dataIndex: "spentOn", key: "date" },
            {
              title: t("projects.field.amount"),
              key: "amount",
              ...moneyColumn,
              render: (_: unknown, row) => yuan(row.amountFen),
            },
            {
              title: t("projects.field.line"),
              key: "line",
              render: (_: unknown, row) => lineName(row.budgetLineId),
            },
            { title: t("projects.field.payee"), dataIndex: "payee", key: "payee" },
            { title: t("projects.field.purpose"), dataIndex: "purpose", key: "purpose" },
            { title: t("projects.field.overspendReason"), dataIndex: "overspendReason", key: "overspend" },
            { title: "", key: "reverse", render: (_: unknown, row) => reversalCell("expenditure", row) },
          ]}
          summary={() => totalRow(t("projects.total"), project.spentFen)}
        />
      </Card>
      <BudgetLineModal projectId={project.id} open={isAddingLine} onClose={() => setIsAddingLine(false)} />
      <MoneyEntryModal
        kind={entry ?? "receipt"}
        open={entry !== null}
        lines={project.budgetLines}
        mayOverspend={project.abilities.overspend}
        onClose={() => setEntry(null)}
        onSubmit={(body) =>
          entry === "expenditure" ? expenditure.mutateAsync(body) : receipt.mutateAsync(body)
        }
      />
    </Space>
  );
}
