import type { FastifyReply } from "fastify";
import { writeAudit } from "./audit.ts";
import { actorOf, type RequestUser } from "./auth/requestUser.ts";
import type { AppContext } from "./context.ts";
import type { ExcelColumn } from "./excel/index.ts";
import { sendXlsxStream } from "./httpFiles.ts";
import { yieldToEventLoop } from "./jobs.ts";

/**
 * The one export flow of every list: the same filters as the list (scope included, by the
 * module's query), rows read in keyset pages (`id > last`) so 100,000 rows never sit in memory,
 * the event loop freed between pages, the workbook streamed to the client, and an audit entry
 * saying who exported what, with which filters, masked or not.
 */
export async function* keysetRows<T extends { id: number }, O>(
  fetchPage: (afterId: number, limit: number) => Promise<T[]>,
  toRecord: (row: T) => O,
  pageSize = 500,
): AsyncGenerator<O> {
  let afterId = 0;
  for (;;) {
    const page = await fetchPage(afterId, pageSize);
    for (const row of page) yield toRecord(row);
    if (page.length < pageSize) return;
    afterId = page[page.length - 1]?.id ?? afterId;
    await yieldToEventLoop();
  }
}

export async function streamAuditedExport(
  ctx: Pick<AppContext, "db" | "clock">,
  user: RequestUser,
  reply: FastifyReply,
  options: {
    entity: string;
    fileName: string;
    sheetName: string;
    columns: ExcelColumn[];
    filters: Record<string, unknown>;
    isUnmasked: boolean;
    rows: AsyncIterable<Record<string, string | number | null>>;
    ip: string | null;
  },
): Promise<FastifyReply> {
  await writeAudit(ctx.db, actorOf(user, options.ip), ctx.clock.now(), {
    action: options.isUnmasked ? "export.unmasked" : "export",
    entity: options.entity,
    after: { filters: options.filters, isUnmasked: options.isUnmasked },
  });
  return sendXlsxStream(reply, options.fileName, options.columns, options.sheetName, options.rows);
}
