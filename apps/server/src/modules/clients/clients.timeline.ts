import {
  type ClientTimelineEntry,
  type ClientTimelineQuery,
  clientTimelineEntrySchema,
  clientTimelineQuerySchema,
  pageOf,
} from "@xinqiao/shared";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { userOf } from "../../platform/auth/guard.ts";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import { type ClientTimelineSource, clientTimelineOf } from "../../platform/clientTimeline.ts";
import type { AppContext } from "../../platform/context.ts";
import type { ModuleHost } from "../../platform/serverModule.ts";
import { clientInScope } from "./clientInScope.ts";

/** The clients module's part of the timeline: consents given and withdrawn. */
export const consentsClientTimeline: ClientTimelineSource = async (db, _user, clientId, limit) => {
  const rows = await db
    .selectFrom("client_consents")
    .select(["kind", "given_on", "withdrawn_on"])
    .where("client_id", "=", clientId)
    .execute();
  const entries: ClientTimelineEntry[] = rows.flatMap((row) => [
    { at: row.given_on, kind: "consentGiven" as const, what: row.kind, label: null, link: null },
    ...(row.withdrawn_on
      ? [{ at: row.withdrawn_on, kind: "consentWithdrawn" as const, what: row.kind, label: null, link: null }]
      : []),
  ]);
  entries.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return { total: entries.length, entries: entries.slice(0, limit) };
};

/**
 * GET /api/clients/:id/timeline: everything the modules keep about the client, newest first —
 * for a user who may see the client, and of each module only what the user may see there.
 */
export function registerClientTimelineRoute(app: FastifyInstance, ctx: AppContext, host: ModuleHost): void {
  const sources = host.modules.flatMap((module) => (module.clientTimeline ? [module.clientTimeline] : []));
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/clients/:id/timeline",
    {
      config: { permission: "clients.read" },
      schema: {
        tags: ["clients 服务对象"],
        summary: "服务对象时间线：需求、个案及移交、服务记录、活动、同意记录（按时间倒序，分页）",
        params: z.object({ id: z.coerce.number().int().positive() }),
        querystring: clientTimelineQuerySchema,
        response: { 200: pageOf(clientTimelineEntrySchema) },
      },
    },
    (request) => timeline(ctx, sources, userOf(request), request.params.id, request.query),
  );
}

async function timeline(
  ctx: AppContext,
  sources: readonly ClientTimelineSource[],
  user: RequestUser,
  clientId: number,
  query: ClientTimelineQuery,
) {
  await clientInScope(ctx.db, user, clientId);
  return clientTimelineOf(sources, ctx.db, user, clientId, query);
}
