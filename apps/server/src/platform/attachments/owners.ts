import type { RequestUser } from "../auth/requestUser.ts";
import type { Queryable } from "../db/database.ts";

/**
 * A kind of record that files can be attached to (a client, a case, an activity), declared by the
 * module that owns the record in its manifest's `attachmentOwners`. The attachments module asks
 * the owner kind, on every request, whether the user may see or attach — so an attachment is
 * served exactly to those who may see its record (a leader never sees a client's consent form;
 * a minor's case file only its workers), and there is no attachment permission apart from the
 * owner's rules.
 */
export interface AttachmentOwnerKind {
  /** Whether the user may see the record and so its attachments (false also when it is missing). */
  mayView(ctx: OwnerContext, user: RequestUser, ownerId: number): Promise<boolean>;
  /** Whether the user may attach files to the record or delete its attachments. */
  mayAttach(ctx: OwnerContext, user: RequestUser, ownerId: number): Promise<boolean>;
  /**
   * The record's region, kept with each attachment for counts by region; never used to decide
   * who may see it (the owner answers that, as the record is today).
   */
  regionOf(ctx: OwnerContext, ownerId: number): Promise<string | null>;
}

export interface OwnerContext {
  db: Queryable;
}

/** Every module's owner kinds by name; a kind declared twice is a mistake. */
export function attachmentOwnersOf(
  modules: readonly { name: string; attachmentOwners?: Record<string, AttachmentOwnerKind> }[],
): ReadonlyMap<string, AttachmentOwnerKind> {
  const kinds = new Map<string, AttachmentOwnerKind>();
  for (const module of modules) {
    for (const [kind, owner] of Object.entries(module.attachmentOwners ?? {})) {
      if (kinds.has(kind))
        throw new Error(`Attachment owner kind ${kind} of ${module.name} is declared twice`);
      kinds.set(kind, owner);
    }
  }
  return kinds;
}
