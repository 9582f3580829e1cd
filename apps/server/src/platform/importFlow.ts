import type { ImportMode, ImportResult } from "@xinqiao/shared";
import { sql } from "kysely";
import type { RequestUser } from "./auth/requestUser.ts";
import type { AppContext } from "./context.ts";
import { isForeignKeyViolation, isUniqueViolation } from "./db/constraintErrors.ts";
import type { Db, Queryable, Tx } from "./db/database.ts";
import {
  buildErrorReport,
  type ExcelColumn,
  type ImportRow,
  readImportSheetInWorker,
  withCellProblems,
} from "./excel/index.ts";
import { type JobProgress, yieldToEventLoop } from "./jobs.ts";
import { isInScope } from "./scope.ts";

type ImportRowError = ImportResult["warnings"][number];

/**
 * The one import flow of every registry: parse the workbook in a worker thread, validate every
 * row (the module's rules), find duplicates inside the file and against the database by a key
 * (ID number hash, credit code…), decide (all-or-nothing by default, or only the valid rows),
 * then write in one transaction, `batchSize` rows at a time, yielding between batches so other
 * requests keep being answered. Nothing is written before every row has been checked, and a row
 * refused while writing undoes the whole file too, so a file with a bad row imports nothing
 * unless the user chose "valid rows only".
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
  /**
   * The user may not see the record although it lies in their region (a social worker sees only
   * their own clients): a message then does not name it.
   */
  hidden?: boolean;
}

/**
 * A row saved with something the user should check (a suspected duplicate): not an error — the
 * row is written — but listed apart in the import's report.
 */
export interface RowWarning {
  rowNumber: number;
  problem: RowProblem;
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
  /**
   * Writes a batch inside the import's transaction, audit entries included. It may be called
   * again with a single row of a batch that conflicted (see writeAll). `warn` records a warning
   * of a row it wrote; warnings are reported for the rows that stay written.
   */
  writeBatch(trx: Tx, rows: WritableRow<R>[], warn: (warning: RowWarning) => void): Promise<void>;
  /** The row's reason for a unique or foreign-key violation, when the module can name it. */
  explainConflict?(error: unknown): RowProblem | null;
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
      const problems = withCellProblems(row, check.problems);
      if (check.problems || problems.length > 0) {
        problemsByRow.set(row.rowNumber, problems);
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
  const writable: WritableRow<R>[] = [];
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

  const wantsWrite = problemsByRow.size === 0 || mode === "valid-only";
  const { problems: writeProblems, warnings } = wantsWrite
    ? await writeAll(ctx.db, definition, writable, mode, (done) =>
        report({ phase: "writing", done, total: writable.length }),
      )
    : { problems: new Map<number, RowProblem[]>(), warnings: [] };
  for (const [rowNumber, problems] of writeProblems) problemsByRow.set(rowNumber, problems);
  const importedRows =
    !wantsWrite || (mode === "all-or-nothing" && writeProblems.size > 0)
      ? 0
      : writable.length - writeProblems.size;

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
  report({ phase: "done", done: importedRows, total: writable.length });
  return {
    totalRows: total,
    validRows: writable.length - writeProblems.size,
    importedRows,
    errors,
    warnings: importedRows === 0 ? [] : warnings,
    errorReportId,
  };
}

type WritableRow<R> = { record: R; rowNumber: number; existing: ExistingRecord | null };

/** Thrown inside the import's transaction to undo it: an all-or-nothing file had a row refused. */
class UndoImport extends Error {}

/**
 * Writes every row in ONE transaction, `batchSize` rows at a time, yielding between batches. All
 * or nothing holds even when a write fails late (a number a colleague has just taken, a team
 * removed since the check): a conflict that SQL reports becomes that row's problem — the batch is
 * undone to its savepoint and written again row by row to find which rows conflict — and in
 * all-or-nothing mode the whole transaction is then undone, after every batch has been tried so
 * that the report names every such row. Any other failure (a bug, a full disk) ends the job with
 * nothing stored. On SQLite the reads of other requests go on beside this transaction (see
 * sqliteReadWrite.ts); their writes wait their turn.
 */
async function writeAll<K extends string, R>(
  db: Db,
  definition: RegistryImportDefinition<K, R>,
  rows: WritableRow<R>[],
  mode: ImportMode,
  progress: (done: number) => void,
): Promise<{ problems: Map<number, RowProblem[]>; warnings: ImportRowError[] }> {
  const problems = new Map<number, RowProblem[]>();
  const warnings: RowWarning[] = [];
  if (rows.length === 0) return { problems, warnings: [] };
  try {
    await db.transaction().execute(async (trx) => {
      for (let start = 0; start < rows.length; start += batchSize) {
        progress(start);
        await writeBatchFindingConflicts(
          trx,
          definition,
          rows.slice(start, start + batchSize),
          problems,
          warnings,
        );
        await yieldToEventLoop();
      }
      if (mode === "all-or-nothing" && problems.size > 0) throw new UndoImport();
    });
  } catch (error) {
    if (!(error instanceof UndoImport)) throw error;
    return { problems, warnings: [] };
  }
  return {
    problems,
    warnings: warnings
      .filter((warning) => !problems.has(warning.rowNumber))
      .sort((a, b) => a.rowNumber - b.rowNumber)
      .map((warning) => ({ row: warning.rowNumber, ...warning.problem })),
  };
}

async function writeBatchFindingConflicts<K extends string, R>(
  trx: Tx,
  definition: RegistryImportDefinition<K, R>,
  batch: WritableRow<R>[],
  problems: Map<number, RowProblem[]>,
  warnings: RowWarning[],
): Promise<void> {
  // A write's warnings count only once its savepoint is kept.
  const write = async (rows: WritableRow<R>[]) => {
    const found: RowWarning[] = [];
    await definition.writeBatch(trx, rows, (warning) => found.push(warning));
    return () => warnings.push(...found);
  };
  const failure = await attempt(trx, "import_batch", () => write(batch));
  if (failure === null) return;
  if (!isWriteConflict(failure)) throw failure;
  let found = false;
  for (const row of batch) {
    const rowFailure = await attempt(trx, "import_row", () => write([row]));
    if (rowFailure === null) continue;
    if (!isWriteConflict(rowFailure)) throw rowFailure;
    found = true;
    problems.set(row.rowNumber, [conflictProblem(definition, rowFailure)]);
  }
  // The batch conflicted as a whole but no row alone does (rows of the file clash with each
  // other in a way the checks missed): not a row's problem, so the job fails with nothing stored.
  if (!found) throw failure;
}

/**
 * Runs `write` inside a savepoint; on failure undoes it and answers the error. On success what
 * `write` answered (keeping what it found) runs once the savepoint is released.
 */
async function attempt(trx: Tx, name: string, write: () => Promise<() => void>): Promise<unknown> {
  await sql`savepoint ${sql.id(name)}`.execute(trx);
  try {
    const keep = await write();
    await sql`release ${sql.id(name)}`.execute(trx);
    keep();
    return null;
  } catch (error) {
    await sql`rollback to ${sql.id(name)}`.execute(trx);
    await sql`release ${sql.id(name)}`.execute(trx);
    return error;
  }
}

function isWriteConflict(error: unknown): boolean {
  return isUniqueViolation(error) || isForeignKeyViolation(error);
}

function conflictProblem<K extends string, R>(
  definition: RegistryImportDefinition<K, R>,
  error: unknown,
): RowProblem {
  const explained = definition.explainConflict?.(error);
  if (explained) return explained;
  return isUniqueViolation(error)
    ? { column: "—", message: "保存时与系统中刚登记的记录重复（可能有人同时在录入），请核对后重新导入" }
    : { column: "—", message: "保存时引用的记录已不存在（可能刚被删除或停用），请核对后重新导入" };
}

function duplicateMessage(user: RequestUser, found: ExistingRecord): string {
  return isInScope(user, found.regionCode) && !found.hidden
    ? `系统中已存在：${found.label}`
    : "系统中已存在该记录（不在您的管辖范围内），请联系上级部门";
}
