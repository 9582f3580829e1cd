import { Worker } from "node:worker_threads";
import { type ExcelColumn, IMPORT_PARSE_TIMEOUT_MS } from "./columns.ts";
import { ExcelFormatError } from "./excelFormatError.ts";
import type { ImportRow, ImportSheet, ReadImportOptions } from "./reader.ts";

type WorkerMessage<K extends string> =
  | { rows: ImportRow<K>[] }
  | { ok: true; sheet: Omit<ImportSheet<K>, "rows"> }
  | { ok: false; formatMessage?: string; message?: string };

/**
 * readImportSheet in a worker thread: parsing 50,000 rows is seconds of CPU that would otherwise
 * stall every other request (better-sqlite3 and the HTTP server share the main thread). The
 * worker registers tsx itself (parseWorkerEntry.mjs) to load the TypeScript reader, and sends
 * the rows back in slices of 1,000, one per turn of the event loop. A parse that outlasts
 * `timeoutMs` is stopped (the worker terminated) and the import fails with 解析超时.
 */
export function readImportSheetInWorker<K extends string>(
  file: Buffer,
  columns: readonly ExcelColumn<K>[],
  options: ReadImportOptions = {},
): Promise<ImportSheet<K>> {
  const worker = new Worker(new URL("./parseWorkerEntry.mjs", import.meta.url), {
    workerData: { file: new Uint8Array(file), columns, maxRows: options.maxRows, rowsPerMessage: 1000 },
  });
  const rows: ImportRow<K>[] = [];
  const timeoutMs = options.timeoutMs ?? IMPORT_PARSE_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new ExcelFormatError(parseTimeoutMessage(timeoutMs)));
    }, timeoutMs);
    worker.on("message", (message: WorkerMessage<K>) => {
      // The first message means the parse is over; handing the rows over is the main thread's pace.
      clearTimeout(timer);
      if ("rows" in message) {
        for (const row of message.rows) rows.push(row);
        setImmediate(() => worker.postMessage("next"));
        return;
      }
      void worker.terminate();
      if (message.ok) resolve({ ...message.sheet, rows });
      else if (message.formatMessage) reject(new ExcelFormatError(message.formatMessage));
      else reject(new Error(`import parse failed: ${message.message ?? "unknown"}`));
    });
    worker.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.once("exit", (code) => {
      clearTimeout(timer);
      if (code !== 0) reject(new Error(`import parser exited with code ${code}`));
    });
  });
}

export function parseTimeoutMessage(timeoutMs: number): string {
  const seconds = Math.max(1, Math.round(timeoutMs / 1000));
  return `解析超时：文件在 ${seconds} 秒内未能读完，请删除表格中多余的空行、空列后重新导入，或拆分成多个文件分批导入`;
}
