import { relationsToCase } from "@xinqiao/shared";
import type { AttachmentOwnerKind } from "../../platform/attachments/owners.ts";
import { can } from "../../platform/auth/requestUser.ts";
import { findCase } from "./cases.repository.ts";
import { caseActorOf, caseAssignmentOf, mayViewCase } from "./caseVisibility.ts";

/**
 * A case as the owner of attachments (signed consent forms, assessment scales, photos): seen by
 * whoever may see the case (caseVisibility.ts: a worker their own, a minor's case only its worker,
 * supervisor and station head), attached to or deleted by those who work on it — its worker, the
 * station head, the supervisor — with cases.manage.
 */
export const caseAttachmentOwner: AttachmentOwnerKind = {
  mayView: async (ctx, user, id) => {
    const row = await findCase(ctx.db, id);
    return row !== undefined && mayViewCase(user, row);
  },
  mayAttach: async (ctx, user, id) => {
    const row = await findCase(ctx.db, id);
    if (!row || !mayViewCase(user, row) || !can(user, "cases.manage")) return false;
    const relations = relationsToCase(caseAssignmentOf(row), caseActorOf(user));
    return relations.has("assignedWorker") || relations.has("stationHead") || relations.has("supervisor");
  },
  regionOf: async (ctx, id) => (await findCase(ctx.db, id))?.region_code ?? null,
};
