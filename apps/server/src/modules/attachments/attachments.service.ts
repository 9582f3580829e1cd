import { rm } from "node:fs/promises";
import type { Readable } from "node:stream";
import type {
  Attachment,
  AttachmentList,
  AttachmentOwnerQuery,
  AttachmentUploadFields,
} from "@xinqiao/shared";
import { sniffAllowedType } from "../../platform/attachments/fileTypes.ts";
import { incomingDirectory, receiveFile } from "../../platform/attachments/index.ts";
import type { AttachmentOwnerKind } from "../../platform/attachments/owners.ts";
import { writeAudit } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import { forbidden, invalid, notFound } from "../../platform/errors.ts";
import * as repository from "./attachments.repository.ts";
import { withContentLock } from "./contentLocks.ts";

/**
 * Use cases of attachments (附件). Who may see or attach is the owner kind's answer, asked on every
 * request: a user who may not see the owning record gets the same 404 as for a missing one. The
 * bytes are stored before their row is written; if the row cannot be written the bytes just
 * stored are removed at once (unless another attachment uses them), so no file is left that no
 * row names.
 */
type Context = Pick<AppContext, "db" | "clock" | "files" | "config">;
export type Owners = ReadonlyMap<string, AttachmentOwnerKind>;

const ownerNotFound = () => notFound("附件所属的记录不存在");
const attachmentNotFound = () => notFound("附件不存在");

function ownerKindOf(owners: Owners, kind: string): AttachmentOwnerKind {
  const owner = owners.get(kind);
  if (!owner) throw invalid([{ path: "ownerKind", message: "所属记录类型：取值无效" }]);
  return owner;
}

function present(row: repository.AttachmentRow, mayAttach: boolean): Attachment {
  return {
    id: row.id,
    ownerKind: row.owner_kind,
    ownerId: row.owner_id,
    category: row.category,
    fileName: row.name,
    contentType: row.content_type,
    size: Number(row.size),
    sha256: row.sha256,
    createdAt: row.created_at,
    createdBy:
      row.created_by === null
        ? null
        : { id: row.created_by, name: row.created_by_name ?? String(row.created_by) },
    abilities: { delete: mayAttach },
  };
}

export async function listAttachments(
  ctx: Context,
  owners: Owners,
  user: RequestUser,
  query: AttachmentOwnerQuery,
): Promise<AttachmentList> {
  const owner = ownerKindOf(owners, query.ownerKind);
  if (!(await owner.mayView(ctx, user, query.ownerId))) throw ownerNotFound();
  const [rows, mayAttach] = await Promise.all([
    repository.listAttachmentsOf(ctx.db, query.ownerKind, query.ownerId),
    owner.mayAttach(ctx, user, query.ownerId),
  ]);
  return { items: rows.map((row) => present(row, mayAttach)), mayAttach };
}

/** The attachment when the user may see its owner; 404 otherwise, as for a missing id. */
async function attachmentInReach(ctx: Context, owners: Owners, user: RequestUser, id: number) {
  const row = await repository.findAttachment(ctx.db, id);
  const owner = row && owners.get(row.owner_kind);
  if (!row || !owner || !(await owner.mayView(ctx, user, row.owner_id))) throw attachmentNotFound();
  return { row, owner };
}

export async function getAttachment(ctx: Context, owners: Owners, user: RequestUser, id: number) {
  const { row, owner } = await attachmentInReach(ctx, owners, user, id);
  return present(row, await owner.mayAttach(ctx, user, row.owner_id));
}

export interface Upload {
  fileName: string;
  declaredType: string;
  content: NodeJS.ReadableStream;
}

/** Checks the owner before reading a byte, then receives, sniffs, stores and records the file. */
export async function uploadAttachment(
  ctx: Context,
  owners: Owners,
  user: RequestUser,
  fields: AttachmentUploadFields,
  upload: Upload,
  ip: string,
): Promise<Attachment> {
  const owner = ownerKindOf(owners, fields.ownerKind);
  if (!(await owner.mayView(ctx, user, fields.ownerId))) throw ownerNotFound();
  if (!(await owner.mayAttach(ctx, user, fields.ownerId))) throw forbidden("无权为该记录上传附件");
  const regionCode = await owner.regionOf(ctx, fields.ownerId);
  if (!regionCode) throw ownerNotFound();
  const fileName = cleanFileName(upload.fileName);
  if (!fileName) throw invalid([{ path: "file", message: "文件：请选择要上传的文件" }]);

  const received = await receiveFile(upload.content, {
    directory: incomingDirectory(ctx.config.attachments.directory),
    maxBytes: ctx.config.attachments.maxBytes,
  });
  let contentType: string;
  try {
    if (received.size === 0) throw invalid([{ path: "file", message: "文件：文件为空" }]);
    contentType = await sniffAllowedType(received.path, fileName, upload.declaredType);
  } catch (error) {
    await rm(received.path, { force: true });
    throw error;
  }

  return withContentLock(received.sha256, async () => {
    const stored = await ctx.files.put(received);
    try {
      const now = ctx.clock.now();
      const id = await ctx.db.transaction().execute(async (trx) => {
        const row = {
          owner_kind: fields.ownerKind,
          owner_id: fields.ownerId,
          region_code: regionCode,
          category: fields.category,
          name: fileName,
          content_type: contentType,
          size: received.size,
          sha256: received.sha256,
          storage_key: stored.key,
          created_at: now.toISOString(),
          created_by: user.id,
        };
        const inserted = await repository.insertAttachment(trx, row);
        await writeAudit(trx, actorOf(user, ip), now, {
          action: "attachment.upload",
          entity: "attachment",
          entityId: inserted,
          after: { ...auditedOf(row), deduplicated: !stored.created },
        });
        return inserted;
      });
      const row = await repository.findAttachment(ctx.db, id);
      if (!row) throw new Error(`attachment ${id} vanished after its insert`);
      return present(row, true);
    } catch (error) {
      // Bytes this upload brought in that no row names would stay forever: remove them now.
      if (stored.created && !(await repository.isContentInUse(ctx.db, received.sha256))) {
        await ctx.files.remove(stored.key);
      }
      throw error;
    }
  });
}

function auditedOf(row: {
  owner_kind: string;
  owner_id: number;
  category: string;
  name: string;
  content_type: string;
  size: number | string;
  sha256: string;
}) {
  return {
    ownerKind: row.owner_kind,
    ownerId: row.owner_id,
    category: row.category,
    fileName: row.name,
    contentType: row.content_type,
    size: Number(row.size),
    sha256: row.sha256,
  };
}

/** The name as shown and sent back: no folders, no control characters, at most 255 characters. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return base
    .replace(/\p{Cc}/gu, "")
    .trim()
    .slice(-255);
}

export async function openAttachmentContent(
  ctx: Context,
  owners: Owners,
  user: RequestUser,
  id: number,
  ip: string,
): Promise<{ attachment: Attachment; content: Readable }> {
  const { row } = await attachmentInReach(ctx, owners, user, id);
  const content = await ctx.files.open(row.storage_key);
  if (!content) throw notFound("附件文件已丢失，请联系系统管理员");
  // A signed form or a photo names a person: each download is a view of personal data.
  await writeAudit(ctx.db, actorOf(user, ip), ctx.clock.now(), {
    action: "attachment.download",
    entity: "attachment",
    entityId: row.id,
    after: { ownerKind: row.owner_kind, ownerId: row.owner_id, fileName: row.name },
  });
  return { attachment: present(row, false), content };
}

/**
 * Marks the attachment deleted (the row stays, with who, when and why) and removes its bytes when
 * no other attachment uses them.
 */
export async function deleteAttachment(
  ctx: Context,
  owners: Owners,
  user: RequestUser,
  id: number,
  reason: string,
  ip: string,
): Promise<void> {
  const { row, owner } = await attachmentInReach(ctx, owners, user, id);
  if (!(await owner.mayAttach(ctx, user, row.owner_id))) throw forbidden("无权删除该附件");
  await withContentLock(row.sha256, async () => {
    const now = ctx.clock.now();
    await ctx.db.transaction().execute(async (trx) => {
      await repository.markDeleted(trx, row.id, { at: now.toISOString(), userId: user.id, reason });
      await writeAudit(trx, actorOf(user, ip), now, {
        action: "attachment.delete",
        entity: "attachment",
        entityId: row.id,
        before: auditedOf(row),
        after: { reason },
      });
    });
    if (!(await repository.isContentInUse(ctx.db, row.sha256))) await ctx.files.remove(row.storage_key);
  });
}
