import { type AuditEntityWith, idNumberInSearch, maskIdNumber } from "@xinqiao/shared";
import type { FastifyReply } from "fastify";
import { writeAudit } from "./audit.ts";
import { actorOf, type RequestUser } from "./auth/requestUser.ts";
import type { AppContext } from "./context.ts";
import type { ExcelColumn } from "./excel/index.ts";
import { sendXlsxStream } from "./httpFiles.ts";
import { yieldToEventLoop } from "./jobs.ts";

/**
 * The one export flow of every list: the same filters as the list (scope included, by the
 * module's query), rows read in keyset pages (each page starts after the previous page's last
 * row: `id > last`, or (region, id) for the large registries) so 100,000 rows never sit in
 * memory, the event loop freed between pages, the workbook streamed to the client, and an audit
 * entry saying who exported what, with which filters, masked or not.
 */
/** The row a keyset page starts after: its id, and its region where pages go by (region, id). */
export interface KeysetCursor {
  id: number;
  regionCode?: string;
}

export async function* keysetRows<T extends KeysetCursor, O>(
  fetchPage: (after: KeysetCursor | null, limit: number) => Promise<T[]>,
  toRecord: (row: T) => O,
  pageSize = 500,
): AsyncGenerator<O> {
  let after: KeysetCursor | null = null;
  for (;;) {
    const page: T[] = await fetchPage(after, pageSize);
    for (const row of page) yield toRecord(row);
    if (page.length < pageSize) return;
    after = page[page.length - 1] ?? after;
    await yieldToEventLoop();
  }
}

/**
 * What is exported, which names the audit entry (`<entity>.export`): only a registry holding
 * personal data has an unmasked export (`<entity>.export.unmasked`).
 */
type ExportedEntity =
  | { entity: AuditEntityWith<"export.unmasked">; isUnmasked: boolean }
  | { entity: AuditEntityWith<"export">; isUnmasked: false };

export async function streamAuditedExport(
  ctx: Pick<AppContext, "db" | "clock">,
  user: RequestUser,
  reply: FastifyReply,
  options: ExportedEntity & {
    fileName: string;
    sheetName: string;
    columns: ExcelColumn[];
    filters: Record<string, unknown>;
    rows: AsyncIterable<Record<string, string | number | null>>;
    ip: string | null;
  },
): Promise<FastifyReply> {
  await writeAudit(ctx.db, actorOf(user, options.ip), ctx.clock.now(), {
    action: options.isUnmasked ? `${options.entity}.export.unmasked` : `${options.entity}.export`,
    entity: options.entity,
    after: { filters: auditedFilters(options.filters), isUnmasked: options.isUnmasked },
  });
  return sendXlsxStream(reply, options.fileName, options.columns, options.sheetName, options.rows);
}

/** The filters as the audit log keeps them: an ID number typed in the search box is masked. */
function auditedFilters(filters: Record<string, unknown>): Record<string, unknown> {
  const idNumber = typeof filters.q === "string" ? idNumberInSearch(filters.q) : null;
  return idNumber ? { ...filters, q: maskIdNumber(idNumber) } : filters;
}
