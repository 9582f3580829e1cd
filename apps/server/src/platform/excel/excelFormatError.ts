import { AppError } from "../errors.ts";

/**
 * The uploaded file cannot be read as the expected sheet (not an xlsx, header missing, too many
 * rows). It is an AppError so routes can let it propagate: the error handler answers 400 with
 * the zh-CN message. Row-level problems are not this error: modules report those per row.
 */
export class ExcelFormatError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("IMPORT_FAILED", message);
    this.name = "ExcelFormatError";
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

export const INVALID_XLSX_MESSAGE = "文件不是有效的 Excel（.xlsx）文件";
