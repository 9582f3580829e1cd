import { PassThrough } from "node:stream";
import type { FastifyInstance, FastifyReply } from "fastify";
import { AppError } from "./errors.ts";
import { type ExcelColumn, exportContentDisposition, streamExport } from "./excel/index.ts";

/**
 * Excel files over HTTP, for every module: an upload is the raw .xlsx as the request body
 * (no multipart needed), a download is a buffer or a stream with a UTF-8 file name.
 */
export const xlsxMimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const xlsxBody = {
  limit: 30 * 1024 * 1024,
  of(body: unknown): Buffer {
    if (!Buffer.isBuffer(body) || body.length === 0) {
      throw new AppError("VALIDATION_FAILED", "请上传 .xlsx 文件（请求体为文件内容）", [
        { path: "file", message: `文件：请求体须为 .xlsx 文件，Content-Type 为 ${xlsxMimeType}` },
      ]);
    }
    return body;
  },
};

export function registerFileBodyParsers(app: FastifyInstance): void {
  app.addContentTypeParser(
    [xlsxMimeType, "application/octet-stream"],
    { parseAs: "buffer", bodyLimit: xlsxBody.limit },
    (_request, body, done) => done(null, body),
  );
}

export function sendXlsx(reply: FastifyReply, fileName: string, content: Buffer): FastifyReply {
  return reply
    .header("content-type", xlsxMimeType)
    .header("content-disposition", exportContentDisposition(fileName))
    .send(content);
}

export function sendXlsxStream(
  reply: FastifyReply,
  fileName: string,
  columns: ExcelColumn[],
  sheetName: string,
  rows: AsyncIterable<Record<string, string | number | null>>,
): FastifyReply {
  const output = new PassThrough();
  streamExport({ columns, rows, sheetName, output }).catch((error: unknown) => {
    reply.log.error({ err: error }, "export failed");
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return reply
    .header("content-type", xlsxMimeType)
    .header("content-disposition", exportContentDisposition(fileName))
    .send(output);
}
