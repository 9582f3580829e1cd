import { idsOfQuery, type ServiceRecordExportQuery, serviceRecordMethods } from "@xinqiao/shared";
import type { FastifyReply } from "fastify";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import { keysetRows, streamAuditedExport } from "../../platform/exportFlow.ts";
import { serviceRecordExportColumns } from "./serviceRecords.excel.ts";
import * as repository from "./serviceRecords.repository.ts";
import { filtersOf, presentRecords } from "./serviceRecords.service.ts";

/**
 * Service records through the one export flow: the list's filters and visibility, keyset pages,
 * streamed, audited. Case notes are never read for it.
 */
export function exportServiceRecords(
  ctx: Pick<AppContext, "db" | "clock">,
  user: RequestUser,
  query: ServiceRecordExportQuery,
  ip: string | null,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const filters = { ...filtersOf(query), ids: idsOfQuery(query.ids) };
  const rows = keysetRows(
    async (after, limit) => {
      const page = await repository.exportPage(ctx.db, user, filters, after?.id ?? 0, limit);
      return (await presentRecords(ctx.db, page)).map((record) => ({
        id: record.id,
        serviceDate: record.serviceDate,
        caseNumber: record.case?.caseNumber ?? null,
        regionCode: record.region.code,
        regionName: record.region.name,
        startTime: record.startTime,
        endTime: record.endTime,
        minutes: record.minutes,
        method: serviceRecordMethods[record.method],
        type: record.type,
        domain: record.domain,
        place: record.place,
        clients: record.clients.map((c) => c.name).join("、"),
        workers: record.workers.map((w) => w.name).join("、"),
        volunteerHours: record.volunteerHours,
        status: record.isVoided ? "已作废" : "有效",
      }));
    },
    ({ id: _id, ...record }) => record,
  );
  return streamAuditedExport(ctx, user, reply, {
    entity: "caseServiceRecord",
    fileName: "服务记录.xlsx",
    sheetName: "服务记录",
    columns: serviceRecordExportColumns,
    filters: { ...query, ids: idsOfQuery(query.ids) },
    isUnmasked: false,
    rows,
    ip,
  });
}
