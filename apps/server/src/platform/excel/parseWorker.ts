import { parentPort, workerData } from "node:worker_threads";
import type { ExcelColumn } from "./columns.ts";
import { ExcelFormatError } from "./excelFormatError.ts";
import { readImportSheet } from "./reader.ts";

/** Worker thread body: parses one workbook off the main thread (see readImportSheetInWorker). */
const { file, columns, maxRows } = workerData as {
  file: Uint8Array;
  columns: ExcelColumn[];
  maxRows?: number;
};
try {
  const sheet = await readImportSheet(Buffer.from(file), columns, { maxRows });
  parentPort?.postMessage({ ok: true, sheet });
} catch (error) {
  parentPort?.postMessage(
    error instanceof ExcelFormatError
      ? { ok: false, formatMessage: error.message }
      : { ok: false, message: error instanceof Error ? error.message : String(error) },
  );
}
