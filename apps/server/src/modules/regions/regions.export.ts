import { regionLevelOf } from "@xinqiao/shared";
import type { FastifyReply } from "fastify";
import { writeAudit } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import { notFound } from "../../platform/errors.ts";
import { sendXlsxStream } from "../../platform/httpFiles.ts";
import { assertInScope } from "../../platform/scope.ts";
import { regionExportColumns } from "./regions.excel.ts";
import * as repository from "./regions.repository.ts";

const levelNames = {
  city: "市",
  district: "区（县）",
  street: "街道（乡镇）",
  community: "社区（村）",
} as const;

/** Streams the regions of the user's scope (or of `parent` inside it) with their roll-ups. */
export async function exportRegions(
  ctx: Pick<AppContext, "db" | "clock">,
  user: RequestUser,
  parent: string | undefined,
  ip: string | null,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const within = parent ?? user.regionCode;
  assertInScope(user, within);
  if (!(await repository.findRegion(ctx.db, within))) throw notFound("区划不存在");
  const rows = await repository.listRegionsWithin(ctx.db, within);
  await writeAudit(ctx.db, actorOf(user, ip), ctx.clock.now(), {
    action: "region.export",
    entity: "region",
    entityId: within,
    after: { rows: rows.length },
  });
  async function* records() {
    for (const row of rows) {
      yield {
        code: row.code,
        name: row.name,
        level: levelNames[regionLevelOf(row.code)],
        parent: row.parent_code,
        streets: row.street_count,
        communities: row.community_count,
        residents: row.residents,
        isDemo: row.is_residents_demo === 1 ? "是" : "否",
      };
    }
  }
  return sendXlsxStream(reply, "区划与常住人口.xlsx", regionExportColumns, "区划", records());
}
