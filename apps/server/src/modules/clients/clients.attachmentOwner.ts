import type { AttachmentOwnerKind } from "../../platform/attachments/owners.ts";
import { can } from "../../platform/auth/requestUser.ts";
import { AppError } from "../../platform/errors.ts";
import { findClient } from "./clients.repository.ts";
import { clientInScope } from "./clients.service.ts";

/**
 * A client (服务对象) as the owner of attachments (signed consent forms, photos, documents): seen
 * by whoever may see the client — clients.read and the client in the scope, so never a leader —
 * and attached to or deleted by whoever may manage it.
 */
async function reaches(
  db: Parameters<typeof clientInScope>[0],
  user: Parameters<typeof clientInScope>[1],
  id: number,
) {
  try {
    await clientInScope(db, user, id);
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return false;
    throw error;
  }
}

export const clientAttachmentOwner: AttachmentOwnerKind = {
  mayView: async (ctx, user, clientId) =>
    can(user, "clients.read") && (await reaches(ctx.db, user, clientId)),
  mayAttach: async (ctx, user, clientId) =>
    can(user, "clients.read") && can(user, "clients.manage") && (await reaches(ctx.db, user, clientId)),
  regionOf: async (ctx, clientId) => (await findClient(ctx.db, clientId))?.region_code ?? null,
};
