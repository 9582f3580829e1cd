import type { AttachmentOwnerKind } from "../../platform/attachments/owners.ts";
import { can } from "../../platform/auth/requestUser.ts";
import { mayManageRecord } from "../../platform/policy.ts";
import { isInScope } from "../../platform/scope.ts";
import { findActivity } from "./activities.repository.ts";

/**
 * An activity as the owner of attachments (its photos, sign-in sheets, the report's documents):
 * seen by whoever may see the activity (activities.read, in the scope), attached to or deleted
 * by whoever may organize it.
 */
export const activityAttachmentOwner: AttachmentOwnerKind = {
  mayView: async (ctx, user, id) => {
    const activity = await findActivity(ctx.db, id);
    return activity !== undefined && can(user, "activities.read") && isInScope(user, activity.region_code);
  },
  mayAttach: async (ctx, user, id) => {
    const activity = await findActivity(ctx.db, id);
    return (
      activity !== undefined &&
      mayManageRecord(user, "activities.manage", { regionCode: activity.region_code, isActive: true })
    );
  },
  regionOf: async (ctx, id) => (await findActivity(ctx.db, id))?.region_code ?? null,
};
