import type { ImportMode, ImportResult } from "@xinqiao/shared";
import type { RequestUser } from "./auth/requestUser.ts";
import type { AppContext } from "./context.ts";
import type { Queryable, Tx } from "./db/database.ts";
import {
  buildErrorReport,
  type ExcelColumn,
  type ImportRow,
  readImportSheetInWorker,
} from "./excel/index.ts";
import { type JobProgress, yieldToEventLoop } from "./jobs.ts";
import { isInScope } from "./scope.ts";

/**
 * The one import flow of every registry: parse the workbook in a worker thread, validate every
 * row (the module's rules), find duplicates inside the file and against the database by a key
 * (ID number hash, credit code…), decide (all-or-nothing by default, or only the valid rows),
 * then write in batches of `batchSize` rows, one short transaction each, yielding between
 * batches so other requests keep being answered. Nothing is written before every row has been
 * checked, so a file with a bad row imports nothing unless the user chose "valid rows only".
 * Re-importing the same file updates the existing records (or refuses them, as the module
 * declares), so it never creates duplicates.
 */
export interface RowProblem {
  /** The column's zh-CN header, as the user sees it in the file. */
  column: string;
  message: string;
}

export type RowCheck<R> =
  | { record: R; problems?: undefined }
  | { record?: undefined; problems: RowProblem[] };

export interface ExistingRecord {
  id: number;
  regionCode: string;
  /** How the existing record is named in a message ("张三（330203…）"); only used when in scope. */
  label: string;
}

export interface RegistryImportDefinition<K extends string, R> {
  entity: string;
  reportFileName: string;
  columns: readonly ExcelColumn<K>[];
  /** Validates and converts one row; may consult the database (through lookups it prepared). */
  checkRow(row: ImportRow<K>): RowCheck<R> | Promise<RowCheck<R>>;
  /** The duplicate key of a record and the column it comes from (for messages). */
  keyOf(record: R): { key: string; column: string };
  findExisting(db: Queryable, keys: string[]): Promise<Map<string, ExistingRecord>>;
  /** What a row whose key already exists does: update that record, or be refused. */
  onExisting: "update" | "refuse";
  /** Writes one batch inside a transaction, audit entries included. */
  writeBatch(
    trx: Tx,
    rows: { record: R; rowNumber: number; existing: ExistingRecord | null }[],
  ): Promise<void>;
}

const batchSize = 50;
const checkChunk = 100;

export async function runRegistryImport<K extends string, R>(
  ctx: Pick<AppContext, "db" | "importReports">,
  user: RequestUser,
  file: Buffer,
  mode: ImportMode,
  definition: RegistryImportDefinition<K, R>,
  report: (progress: JobProgress) => void = () => {},
): Promise<ImportResult> {
  report({ phase: "parsing", done: 0, total: 0 });
  const sheet = await readImportSheetInWorker(file, definition.columns);
  const total = sheet.rows.length;
  const problemsByRow = new Map<number, RowProblem[]>();
  const accepted: { record: R; rowNumber: number; key: string; column: string }[] = [];
  const firstRowOfKey = new Map<string, number>();

  for (let start = 0; start < total; start += checkChunk) {
    report({ phase: "validating", done: start, total });
    const chunk = sheet.rows.slice(start, start + checkChunk);
    for (const row of chunk) {
      const check = await definition.checkRow(row);
      if (check.problems) {
        problemsByRow.set(row.rowNumber, check.problems);
        continue;
      }
      const { key, column } = definition.keyOf(check.record);
      const earlier = firstRowOfKey.get(key);
      if (earlier !== undefined) {
        problemsByRow.set(row.rowNumber, [{ column, message: `与第 ${earlier} 行重复` }]);
        continue;
      }
      firstRowOfKey.set(key, row.rowNumber);
      accepted.push({ record: check.record, rowNumber: row.rowNumber, key, column });
    }
    await yieldToEventLoop();
  }

  const existing = new Map<string, ExistingRecord>();
  for (let start = 0; start < accepted.length; start += checkChunk) {
    const keys = accepted.slice(start, start + checkChunk).map((a) => a.key);
    for (const [key, record] of await definition.findExisting(ctx.db, keys)) existing.set(key, record);
    await yieldToEventLoop();
  }
  const writable: { record: R; rowNumber: number; existing: ExistingRecord | null }[] = [];
  for (const row of accepted) {
    const found = existing.get(row.key) ?? null;
    if (found && definition.onExisting === "refuse") {
      problemsByRow.set(row.rowNumber, [{ column: row.column, message: duplicateMessage(user, found) }]);
    } else if (found && !isInScope(user, found.regionCode)) {
      // An existing record outside the user's scope is neither updated nor named.
      problemsByRow.set(row.rowNumber, [
        { column: row.column, message: "系统中已存在该记录（不在您的管辖范围内），请联系上级部门" },
      ]);
    } else {
      writable.push({ record: row.record, rowNumber: row.rowNumber, existing: found });
    }
  }

  const errors = [...problemsByRow.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([row, problems]) => problems.map((p) => ({ row, column: p.column, message: p.message })));
  let errorReportId: string | null = null;
  if (errors.length > 0) {
    const content = await buildErrorReport({
      sheetName: "错误报告",
      headerRow: sheet.headerRow,
      rows: sheet.rows
        .filter((r) => problemsByRow.has(r.rowNumber))
        .map((r) => ({
          rowNumber: r.rowNumber,
          original: r.original,
          messages: (problemsByRow.get(r.rowNumber) ?? []).map((p) => `${p.column}：${p.message}`),
        })),
    });
    errorReportId = ctx.importReports.save(user.id, definition.reportFileName, content);
  }

  let importedRows = 0;
  if (errors.length === 0 || mode === "valid-only") {
    for (let start = 0; start < writable.length; start += batchSize) {
      report({ phase: "writing", done: start, total: writable.length });
      const batch = writable.slice(start, start + batchSize);
      await ctx.db.transaction().execute((trx) => definition.writeBatch(trx, batch));
      importedRows += batch.length;
      await yieldToEventLoop();
    }
  }
  report({ phase: "done", done: importedRows, total: writable.length });
  return { totalRows: total, validRows: writable.length, importedRows, errors, errorReportId };
}

function duplicateMessage(user: RequestUser, found: ExistingRecord): string {
  return isInScope(user, found.regionCode)
    ? `系统中已存在：${found.label}`
    : "系统中已存在该记录（不在您的管辖范围内），请联系上级部门";
}
