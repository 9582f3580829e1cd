import type { Insertable, Selectable } from "kysely";
import type { Queryable } from "../../platform/db/database.ts";
import type { AttachmentTable } from "./attachments.tables.ts";

export type AttachmentRow = Selectable<AttachmentTable> & { created_by_name: string | null };

function selectAttachments(db: Queryable) {
  return db
    .selectFrom("attachments as a")
    .leftJoin("users as u", "u.id", "a.created_by")
    .selectAll("a")
    .select("u.display_name as created_by_name")
    .where("a.deleted_at", "is", null);
}

export function findAttachment(db: Queryable, id: number): Promise<AttachmentRow | undefined> {
  return selectAttachments(db).where("a.id", "=", id).executeTakeFirst();
}

export function listAttachmentsOf(
  db: Queryable,
  ownerKind: string,
  ownerId: number,
): Promise<AttachmentRow[]> {
  return selectAttachments(db)
    .where("a.owner_kind", "=", ownerKind)
    .where("a.owner_id", "=", ownerId)
    .orderBy("a.id", "desc")
    .execute();
}

export async function insertAttachment(db: Queryable, row: Insertable<AttachmentTable>): Promise<number> {
  const inserted = await db.insertInto("attachments").values(row).returning("id").executeTakeFirstOrThrow();
  return inserted.id;
}

export async function markDeleted(
  db: Queryable,
  id: number,
  by: { at: string; userId: number; reason: string },
): Promise<void> {
  await db
    .updateTable("attachments")
    .set({ deleted_at: by.at, deleted_by: by.userId, delete_reason: by.reason })
    .where("id", "=", id)
    .where("deleted_at", "is", null)
    .execute();
}

/** Whether attachments not deleted still use these bytes. */
export async function isContentInUse(db: Queryable, sha256: string): Promise<boolean> {
  const row = await db
    .selectFrom("attachments")
    .select("id")
    .where("sha256", "=", sha256)
    .where("deleted_at", "is", null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
