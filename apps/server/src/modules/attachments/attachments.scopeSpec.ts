import type { ScopeSpec } from "../../../test/scopeSpecs.ts";
import { serverModules } from "../../modules.ts";
import { attachmentOwnersOf } from "../../platform/attachments/owners.ts";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import type { Queryable } from "../../platform/db/database.ts";

/**
 * How the generic scope properties (test/scope.properties.test.ts) exercise attachments: a record
 * is reached when its owner may be seen (the owner kind's rule), and it has no region list of its
 * own (its list is by owner; attachments.test.ts proves that list's rule).
 */
export const scopeSpecs: ScopeSpec[] = [
  {
    name: "attachments",
    path: "/api/attachments",
    table: "attachments",
    regionList: false,
    otherRecordRoutes: ["/api/attachments/:id/content"],
    mayReach: async (db: Queryable, user: RequestUser, id: number) => {
      const row = await db
        .selectFrom("attachments")
        .select(["owner_kind", "owner_id"])
        .where("id", "=", id)
        .where("deleted_at", "is", null)
        .executeTakeFirst();
      const owner = row && attachmentOwnersOf(serverModules).get(row.owner_kind);
      return Boolean(row && owner && (await owner.mayView({ db }, user, row.owner_id)));
    },
  },
];
