import type { Writable } from "node:stream";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";

/**
 * exceljs's streaming writer: rows are zipped as they are committed, so large files never sit
 * in memory as a workbook model. Shared strings stay off — they would have to be kept until the end.
 */
export type StreamingWorkbook = ExcelJS.stream.xlsx.WorkbookWriter;

export function createStreamingWorkbook(output: Writable): StreamingWorkbook {
  return new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
}

/** For files up to tens of thousands of rows that are stored or sent as one buffer. */
export async function writeStreamingWorkbookToBuffer(
  write: (workbook: StreamingWorkbook) => Promise<void> | void,
): Promise<Buffer> {
  const output = new PassThrough();
  const chunks = output.toArray();
  const workbook = createStreamingWorkbook(output);
  await write(workbook);
  await workbook.commit();
  return Buffer.concat(await chunks);
}
