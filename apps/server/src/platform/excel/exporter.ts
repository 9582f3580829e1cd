import { finished, type Writable } from "node:stream";
import { setImmediate as nextTurn } from "node:timers/promises";
import { type ExcelColumn, isTextKind } from "./columns.ts";
import { numberToPlainText } from "./normalize.ts";
import { columnNumFmt, columnWidth, frozenAtRow, safeSheetName, styleHeaderCell } from "./sheetLayout.ts";
import { createStreamingWorkbook } from "./streamingWorkbook.ts";

/**
 * List exports (up to 100,000 rows) written straight to the response: each row is committed to
 * the zip as soon as it arrives, and every few hundred rows the export waits for the client to
 * take what was sent, so a slow download does not pile the file up in memory.
 */
export type ExportValue = string | number | null | undefined;

export interface StreamExportOptions<K extends string> {
  columns: readonly ExcelColumn<K>[];
  rows: AsyncIterable<Partial<Record<K, ExportValue>>> | Iterable<Partial<Record<K, ExportValue>>>;
  sheetName: string;
  /** Must be consumed while the export runs (e.g. already handed to reply.send). */
  output: Writable;
}

const FLOW_CHECK_INTERVAL = 100;

export async function streamExport<K extends string>(
  options: StreamExportOptions<K>,
): Promise<{ rowCount: number }> {
  const { columns, output } = options;
  const outputClosedEarly = rejectWhenClosedEarly(output);
  const workbook = createStreamingWorkbook(output);
  const sheet = workbook.addWorksheet(safeSheetName(options.sheetName), { views: frozenAtRow(1) });
  columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = columnWidth(column);
    const numFmt = columnNumFmt(column);
    if (numFmt) sheetColumn.numFmt = numFmt;
  });
  const headerRow = sheet.addRow(columns.map((column) => column.header));
  headerRow.eachCell((cell) => styleHeaderCell(cell));
  headerRow.commit();

  let rowCount = 0;
  for await (const record of options.rows) {
    // Throwing here also closes the caller's row source (e.g. a database cursor).
    if (output.destroyed) throw new Error("导出中断：下载连接已关闭");
    sheet.addRow(columns.map((column) => exportCellValue(record[column.key], column))).commit();
    rowCount += 1;
    if (rowCount % FLOW_CHECK_INTERVAL === 0) {
      await letOutputFlow(output);
      for (const compressor of compressorsOf(sheet)) await letCompressorFlow(compressor);
    }
  }
  sheet.commit();
  await Promise.race([workbook.commit(), outputClosedEarly]);
  return { rowCount };
}

/**
 * exceljs writes each row's XML on into the zip without waiting (its sheet stream ignores
 * back-pressure), so rows produced faster than zlib compresses queue up in memory. Its
 * destination is a stream of archiver's readable-stream copy (not a node:stream instance): wait
 * on it like on the output. Reaches into exceljs (`stream.pipes`); another shape is not waited on.
 */
interface LegacyWritable {
  _writableState?: { needDrain?: boolean };
  once(event: "drain" | "close", listener: () => void): unknown;
  off(event: "drain" | "close", listener: () => void): unknown;
}

function compressorsOf(sheet: object): LegacyWritable[] {
  const pipes = (sheet as { stream?: { pipes?: unknown } }).stream?.pipes;
  return Array.isArray(pipes)
    ? pipes.filter((pipe): pipe is LegacyWritable => typeof pipe?._writableState === "object")
    : [];
}

async function letCompressorFlow(stream: LegacyWritable): Promise<void> {
  if (!stream._writableState?.needDrain) return;
  await new Promise<void>((resolve) => {
    const resume = () => {
      stream.off("drain", resume);
      stream.off("close", resume);
      resolve();
    };
    stream.once("drain", resume);
    stream.once("close", resume);
  });
}

function exportCellValue(value: ExportValue, column: ExcelColumn): string | number | null {
  if (value === undefined || value === null) return null;
  // A code exported as a number would come back rounded or in scientific notation.
  if (typeof value === "number" && isTextKind(column)) return numberToPlainText(value);
  return value;
}

/** exceljs waits for the output's "finish", which never comes if the client disconnects. */
function rejectWhenClosedEarly(output: Writable): Promise<never> {
  const closedEarly = new Promise<never>((_, reject) => {
    finished(output, { readable: false }, (error) => {
      if (error) reject(error);
    });
  });
  closedEarly.catch(() => undefined); // only observed through Promise.race
  return closedEarly;
}

async function letOutputFlow(output: Writable): Promise<void> {
  await nextTurn(); // lets the zip and the output stream run between synchronous row sources
  if (!output.writableNeedDrain || output.destroyed) return;
  await new Promise<void>((resolve) => {
    const resume = () => {
      output.off("drain", resume);
      output.off("close", resume);
      resolve();
    };
    output.on("drain", resume);
    output.on("close", resume);
  });
}
