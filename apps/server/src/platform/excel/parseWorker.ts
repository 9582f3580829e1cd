import { parentPort, workerData } from "node:worker_threads";
import type { ExcelColumn } from "./columns.ts";
import { ExcelFormatError } from "./excelFormatError.ts";
import { readImportSheet } from "./reader.ts";

/** Worker thread body: parses one workbook off the main thread (see readImportSheetInWorker). */
const { file, columns, maxRows, rowsPerMessage } = workerData as {
  file: Uint8Array;
  columns: ExcelColumn[];
  maxRows?: number;
  rowsPerMessage: number;
};
try {
  const { rows, ...sheet } = await readImportSheet(Buffer.from(file), columns, { maxRows });
  // Rows go in slices, the next only when the main thread asks: it decodes every queued message
  // in one go, and 50,000 rows at once held it for ~350 ms.
  for (let start = 0; start < rows.length; start += rowsPerMessage) {
    parentPort?.postMessage({ rows: rows.slice(start, start + rowsPerMessage) });
    await new Promise((resolve) => parentPort?.once("message", resolve));
  }
  parentPort?.postMessage({ ok: true, sheet });
} catch (error) {
  parentPort?.postMessage(
    error instanceof ExcelFormatError
      ? { ok: false, formatMessage: error.message }
      : { ok: false, message: error instanceof Error ? error.message : String(error) },
  );
}
