import { z } from "zod";

/**
 * 附件 (attachments) on records of other modules, addressed as (ownerKind, ownerId): `client`
 * today, cases and activities as their modules declare themselves owners. The file goes as
 * multipart/form-data after these fields; its type is taken from its bytes on the server.
 */

export const attachmentCategories = {
  consentForm: "知情同意书",
  photo: "照片",
  document: "文件",
  other: "其他",
} as const;
export type AttachmentCategory = keyof typeof attachmentCategories;
const categoryKeys = Object.keys(attachmentCategories) as [AttachmentCategory, ...AttachmentCategory[]];

/** zh-CN names of the fields, for messages ("附件类别：取值无效…"). */
export const attachmentFieldLabels: Record<string, string> = {
  ownerKind: "所属记录类型",
  ownerId: "所属记录",
  category: "附件类别",
  file: "文件",
  reason: "删除原因",
};

const ownerKindSchema = z
  .string()
  .trim()
  .regex(/^[a-z][A-Za-z]{0,29}$/, "取值无效");
const ownerIdSchema = z.coerce.number().int().positive();

export const attachmentOwnerQuerySchema = z.object({ ownerKind: ownerKindSchema, ownerId: ownerIdSchema });
export type AttachmentOwnerQuery = z.infer<typeof attachmentOwnerQuerySchema>;

/** The form fields sent before the file part of the upload. */
export const attachmentUploadFieldsSchema = attachmentOwnerQuerySchema.extend({
  category: z.enum(categoryKeys),
});
export type AttachmentUploadFields = z.infer<typeof attachmentUploadFieldsSchema>;

export const deleteAttachmentBodySchema = z.object({ reason: z.string().trim().min(1).max(200) });
export type DeleteAttachmentBody = z.infer<typeof deleteAttachmentBodySchema>;

export const attachmentSchema = z.object({
  id: z.number().int(),
  ownerKind: z.string(),
  ownerId: z.number().int(),
  category: z.enum(categoryKeys),
  fileName: z.string(),
  /** As sniffed from the bytes, and as the file is served. */
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
  createdBy: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  abilities: z.object({ delete: z.boolean() }),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** A record's attachments, newest first, and whether the user may attach more to it. */
export const attachmentListSchema = z.object({ items: z.array(attachmentSchema), mayAttach: z.boolean() });
export type AttachmentList = z.infer<typeof attachmentListSchema>;

/** The largest upload the web may offer to send; the server's ATTACHMENT_MAX_MB decides. */
export const attachmentLimitsSchema = z.object({
  maxBytes: z.number().int(),
  extensions: z.array(z.string()),
});
export type AttachmentLimits = z.infer<typeof attachmentLimitsSchema>;
