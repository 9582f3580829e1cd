import type { AttachmentOwnerKind } from "../../platform/attachments/owners.ts";
import { can } from "../../platform/auth/requestUser.ts";
import { mayManageRecord } from "../../platform/policy.ts";
import { isInScope } from "../../platform/scope.ts";
import { findProject } from "./projects.repository.ts";

/**
 * A project as the owner of attachments (application documents, contracts, vouchers of its
 * expenditures, evaluation reports): seen by whoever may see the project, attached by whoever
 * runs it or records its money.
 */
export const projectAttachmentOwner: AttachmentOwnerKind = {
  mayView: async (ctx, user, id) => {
    const project = await findProject(ctx.db, id);
    return project !== undefined && can(user, "projects.read") && isInScope(user, project.region_code);
  },
  mayAttach: async (ctx, user, id) => {
    const project = await findProject(ctx.db, id);
    if (!project) return false;
    const record = { regionCode: project.region_code, isActive: true };
    return mayManageRecord(user, "projects.manage", record) || mayManageRecord(user, "funds.record", record);
  },
  regionOf: async (ctx, id) => (await findProject(ctx.db, id))?.region_code ?? null,
};
