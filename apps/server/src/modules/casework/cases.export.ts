import { approvalStateLabels, type CaseExportQuery, caseStageLabels, idsOfQuery } from "@xinqiao/shared";
import type { FastifyReply } from "fastify";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import type { ExcelColumn } from "../../platform/excel/index.ts";
import { keysetRows, streamAuditedExport } from "../../platform/exportFlow.ts";
import { overdueCases } from "./caseDeadlines.ts";
import * as repository from "./cases.repository.ts";
import { caseFilters, presentRows, today } from "./cases.service.ts";

/**
 * The cases export through the one export flow: the list's filters and visibility, keyset pages
 * by id, streamed, audited. It carries no form or note — those stay behind the audited detail.
 */
type Context = Pick<AppContext, "db" | "clock" | "cipher">;

type CaseExportKey =
  | "caseNumber"
  | "clientName"
  | "regionName"
  | "stage"
  | "planApproval"
  | "closingApproval"
  | "worker"
  | "openedOn"
  | "stageDueOn"
  | "overdue"
  | "serviceRecordCount";

const columns: ExcelColumn<CaseExportKey>[] = [
  { key: "caseNumber", header: "个案编号", kind: "code", width: 22, description: "GA+区代码-年份-序号" },
  { key: "clientName", header: "服务对象", kind: "text", width: 10, description: "服务对象姓名" },
  { key: "regionName", header: "所属社区", kind: "text", width: 16, description: "服务对象所在社区" },
  { key: "stage", header: "阶段", kind: "text", width: 8, description: "接案/预估/计划/介入/评估/结案…" },
  {
    key: "planApproval",
    header: "计划审批",
    kind: "text",
    width: 8,
    description: "未提交/待审批/已退回/已通过",
  },
  {
    key: "closingApproval",
    header: "结案审批",
    kind: "text",
    width: 8,
    description: "未提交/待审批/已退回/已通过",
  },
  { key: "worker", header: "负责社工", kind: "text", width: 10, description: "未分派的为空" },
  { key: "openedOn", header: "接案日期", kind: "text", width: 12, description: "YYYY-MM-DD" },
  { key: "stageDueOn", header: "本阶段期限", kind: "text", width: 12, description: "仅进行中的阶段" },
  { key: "overdue", header: "逾期", kind: "text", width: 6, description: "是/否" },
  {
    key: "serviceRecordCount",
    header: "服务记录数",
    kind: "integer",
    width: 10,
    description: "本个案的服务记录",
  },
];

export async function exportCases(
  ctx: Context,
  user: RequestUser,
  query: CaseExportQuery,
  ip: string | null,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const filters = { ...caseFilters(query), ids: idsOfQuery(query.ids) };
  const on = today(ctx);
  const late = filters.overdue === undefined ? null : await overdueCases(ctx.db, user.regionCode, on, "c");
  const rows = keysetRows(
    async (after, limit) => {
      const page = await repository.exportPage(ctx.db, user, filters, late, after?.id ?? 0, limit);
      const cases = await presentRows(ctx.db, page, on);
      return cases.map((item) => ({
        id: item.id,
        record: {
          caseNumber: item.caseNumber,
          clientName: item.client.name,
          regionName: item.region.name,
          stage: caseStageLabels[item.stage],
          planApproval: approvalStateLabels[item.planApproval],
          closingApproval: approvalStateLabels[item.closingApproval],
          worker: item.assignedWorker?.name ?? null,
          openedOn: item.openedOn,
          stageDueOn: item.stageDueOn,
          overdue: item.isOverdue ? "是" : "否",
          serviceRecordCount: item.serviceRecordCount,
        },
      }));
    },
    (row) => row.record,
  );
  return streamAuditedExport(ctx, user, reply, {
    entity: "case",
    isUnmasked: false,
    fileName: "个案.xlsx",
    sheetName: "个案",
    columns,
    filters: { ...query, ids: idsOfQuery(query.ids) },
    rows,
    ip,
  });
}
