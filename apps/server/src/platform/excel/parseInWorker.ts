import { Worker } from "node:worker_threads";
import type { ExcelColumn } from "./columns.ts";
import { ExcelFormatError } from "./excelFormatError.ts";
import type { ImportSheet, ReadImportOptions } from "./reader.ts";

/**
 * readImportSheet in a worker thread: parsing 50,000 rows is seconds of CPU that would otherwise
 * stall every other request (better-sqlite3 and the HTTP server share the main thread). The
 * worker registers tsx itself (parseWorkerEntry.mjs) to load the TypeScript reader.
 */
export function readImportSheetInWorker<K extends string>(
  file: Buffer,
  columns: readonly ExcelColumn<K>[],
  options: ReadImportOptions = {},
): Promise<ImportSheet<K>> {
  const worker = new Worker(new URL("./parseWorkerEntry.mjs", import.meta.url), {
    workerData: { file: new Uint8Array(file), columns, maxRows: options.maxRows },
  });
  return new Promise((resolve, reject) => {
    worker.once(
      "message",
      (message: { ok: boolean; sheet?: ImportSheet<K>; formatMessage?: string; message?: string }) => {
        void worker.terminate();
        if (message.ok && message.sheet) resolve(message.sheet);
        else if (message.formatMessage) reject(new ExcelFormatError(message.formatMessage));
        else reject(new Error(`import parse failed: ${message.message ?? "unknown"}`));
      },
    );
    worker.once("error", (error) => reject(error));
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`import parser exited with code ${code}`));
    });
  });
}
