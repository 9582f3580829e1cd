import fastifyMultipart from "@fastify/multipart";
import {
  attachmentFieldLabels,
  attachmentLimitsSchema,
  attachmentListSchema,
  attachmentOwnerQuerySchema,
  attachmentSchema,
  attachmentUploadFieldsSchema,
  deleteAttachmentBodySchema,
} from "@xinqiao/shared";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { allowedExtensions } from "../../platform/attachments/fileTypes.ts";
import { attachmentOwnersOf } from "../../platform/attachments/owners.ts";
import { incomingDirectory, sweepIncoming, tooLarge } from "../../platform/attachments/receiveFile.ts";
import { userOf } from "../../platform/auth/guard.ts";
import type { AppContext } from "../../platform/context.ts";
import { fieldMessage, invalid } from "../../platform/errors.ts";
import type { ModuleHost } from "../../platform/serverModule.ts";
import * as service from "./attachments.service.ts";

const idParams = z.object({ id: z.coerce.number().int().positive() });

/** The upload as OpenAPI shows it; the handler reads it as a stream and checks the fields itself. */
const uploadFormSchema = attachmentUploadFieldsSchema.extend({
  file: z.string().meta({ format: "binary", description: "文件（放在其他字段之后）" }),
});

/**
 * Routes of attachments (附件). Every route is open to any signed-in user because the owner kind
 * decides (a client's attachments: those who may see the client); a user who may not see the
 * owning record gets 404 as for a missing one.
 */
export function registerAttachmentRoutes(app: FastifyInstance, ctx: AppContext, host: ModuleHost): void {
  const owners = attachmentOwnersOf(host.modules);
  const tags = ["attachments 附件"];
  const signedIn = { signedIn: true, fieldLabels: attachmentFieldLabels } as const;
  const { maxBytes } = ctx.config.attachments;
  app.addHook("onReady", async () => {
    // File times are the system's, whatever clock the app runs on.
    await sweepIncoming(incomingDirectory(ctx.config.attachments.directory), new Date());
  });

  // Multipart only here: the rest of the API takes JSON (and .xlsx bodies for imports).
  app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      // One byte over the limit reaches receiveFile, which refuses it while streaming.
      limits: { fileSize: maxBytes + 1, files: 1, fields: 10, fieldSize: 1024 },
    });
    const api = scope.withTypeProvider<ZodTypeProvider>();

    api.get(
      "/api/attachments/limits",
      {
        config: signedIn,
        schema: { tags, summary: "附件的大小上限与允许的扩展名", response: { 200: attachmentLimitsSchema } },
      },
      () => ({ maxBytes, extensions: allowedExtensions }),
    );

    api.get(
      "/api/attachments",
      {
        config: signedIn,
        schema: {
          tags,
          summary: "某条记录的附件（仅能查看该记录者可见；否则 404）",
          querystring: attachmentOwnerQuerySchema,
          response: { 200: attachmentListSchema },
        },
      },
      (request) => service.listAttachments(ctx, owners, userOf(request), request.query),
    );

    api.post(
      "/api/attachments",
      {
        config: signedIn,
        // The body is a stream read by the handler; the schema is for the API's documentation.
        validatorCompiler: () => (data) => ({ value: data }),
        schema: {
          tags,
          summary: "上传附件（multipart/form-data：ownerKind、ownerId、category，然后 file）",
          description: `类型以文件内容判断（允许 ${allowedExtensions.join("、")}），扩展名须与内容一致；大小上限 ${Math.round(maxBytes / 1024 / 1024)} MB，超出返回 413。`,
          consumes: ["multipart/form-data"],
          body: uploadFormSchema,
          response: { 201: attachmentSchema },
        },
      },
      async (request, reply) => {
        if (!request.isMultipart()) {
          throw invalid([{ path: "file", message: "文件：请以 multipart/form-data 上传" }]);
        }
        const part = await request.file();
        if (!part) throw invalid([{ path: "file", message: "文件：请选择要上传的文件" }]);
        const values = Object.fromEntries(
          Object.entries(part.fields).flatMap(([name, field]) =>
            field && !Array.isArray(field) && field.type === "field" ? [[name, field.value]] : [],
          ),
        );
        const fields = attachmentUploadFieldsSchema.safeParse(values);
        if (!fields.success) {
          part.file.resume();
          throw invalid(
            fields.error.issues.map((issue) => {
              const path = issue.path.join(".") || "file";
              return { path, message: fieldMessage(path, issue.message, attachmentFieldLabels) };
            }),
          );
        }
        const created = await service.uploadAttachment(
          ctx,
          owners,
          userOf(request),
          fields.data,
          { fileName: part.filename, declaredType: part.mimetype, content: part.file },
          request.ip,
        );
        if (part.file.truncated) throw tooLarge(maxBytes);
        return reply.status(201).send(created);
      },
    );
  });

  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    "/api/attachments/:id",
    {
      config: signedIn,
      schema: { tags, summary: "附件信息", params: idParams, response: { 200: attachmentSchema } },
    },
    (request) => service.getAttachment(ctx, owners, userOf(request), request.params.id),
  );

  api.get(
    "/api/attachments/:id/content",
    {
      config: signedIn,
      schema: {
        tags,
        summary: "下载附件（记录审计日志）",
        params: idParams,
        response: {
          200: {
            description: "文件内容，类型为上传时由内容判断的类型",
            content: { "application/octet-stream": { schema: z.string().meta({ format: "binary" }) } },
          },
        },
      },
    },
    async (request, reply) => {
      const { attachment, content } = await service.openAttachmentContent(
        ctx,
        owners,
        userOf(request),
        request.params.id,
        request.ip,
      );
      return (
        reply
          .header("content-type", attachment.contentType)
          .header("content-length", attachment.size)
          .header("content-disposition", contentDisposition(attachment.fileName))
          .header("x-content-type-options", "nosniff")
          // Opened directly, a file is still never a page that runs anything.
          .header("content-security-policy", "sandbox; default-src 'none'")
          .header("cache-control", "private, no-store")
          // The documented body is the file's bytes; the stream is how they are sent.
          .send(content as unknown as string)
      );
    },
  );

  api.delete(
    "/api/attachments/:id",
    {
      config: signedIn,
      schema: {
        tags,
        summary: "删除附件（须填写原因；记录保留，文件在无其他附件引用时删除）",
        params: idParams,
        body: deleteAttachmentBodySchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.deleteAttachment(
        ctx,
        owners,
        userOf(request),
        request.params.id,
        request.body.reason,
        request.ip,
      );
      return reply.status(204).send(null);
    },
  );
}

/** The user's file name in UTF-8 (RFC 5987) with an ASCII fallback for old clients. */
function contentDisposition(fileName: string): string {
  const cleaned = fileName.replace(/[\\/:*?"<>|\p{Cc}]/gu, "_");
  const ascii = cleaned.replace(/[^\x20-\x7e]+/g, "_");
  const encoded = encodeURIComponent(cleaned).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
