import { type BulkChangeResult, bulkChangeResultSchema, bulkIdsBodySchema } from "@xinqiao/shared";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { type ActivationEntity, type ActiveChange, writeActiveState } from "./activation.ts";
import { type RoutePermission, userOf } from "./auth/guard.ts";
import type { RequestUser } from "./auth/requestUser.ts";
import type { AppContext } from "./context.ts";
import type { Queryable, Tx } from "./db/database.ts";

/**
 * A registry's records as a bulk 停用 / 启用 sees them: loaded through the module's scoped loader
 * (a record outside the scope answers the same 404 as a missing one), their flag read, and
 * written the way the single route writes them.
 */
export interface ActivationTarget<R> {
  entity: ActivationEntity;
  load: (db: Queryable, user: RequestUser, id: number) => Promise<R>;
  isActive: (row: R) => boolean;
  /** A rule of the module beyond scope (one may not disable one's own account): throws to refuse. */
  assertMay?: (user: RequestUser, row: R, isActive: boolean) => void;
  update: (trx: Tx, id: number, changes: ActiveChange) => Promise<unknown>;
}

export interface BulkActivationRouteOptions<R> {
  /** The registry's collection: POST `${base}/deactivate` and `${base}/activate`. */
  base: string;
  tags: string[];
  /** What the records are called in the routes' summaries ("志愿者"). */
  what: string;
  /** The single /:id/deactivate route's permission (the registry's manage permission). */
  permission: RoutePermission;
  target: ActivationTarget<R>;
  /** The routes' last segments when the module names them otherwise (accounts: disable / enable). */
  paths?: { deactivate: string; activate: string };
}

/**
 * Bulk 停用 / 启用 of every registry, written once: POST `${base}/deactivate` (or `/activate`) with
 * `{ ids }` (at most 200) → the route's permission (403 before anything is read) → every id
 * loaded in scope inside one transaction → each record changed and audited like the single route
 * does → `{ changed }`. One id missing or outside the scope answers 404 and changes nothing; one
 * the module's rule refuses (`assertMay`) answers its error and changes nothing either.
 */
export function registerBulkActivationRoutes<R>(
  app: FastifyInstance,
  ctx: Pick<AppContext, "db" | "clock">,
  options: BulkActivationRouteOptions<R>,
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const paths = options.paths ?? { deactivate: "deactivate", activate: "activate" };
  const routes = [
    [paths.deactivate, false, "停用"],
    [paths.activate, true, "启用"],
  ] as const;
  for (const [path, isActive, verb] of routes) {
    api.post(
      `${options.base}/${path}`,
      {
        config: { permission: options.permission, fieldLabels: { ids: "所选记录" } },
        schema: {
          tags: options.tags,
          summary: `批量${verb}${options.what}（ids 最多 200 个；任一记录不存在或不在管辖范围内则全部不变，答 404；答已${verb}的条数）`,
          body: bulkIdsBodySchema,
          response: { 200: bulkChangeResultSchema },
        },
      },
      (request) =>
        changeActiveStates(ctx, userOf(request), request.ip, {
          target: options.target,
          ids: request.body.ids,
          isActive,
        }),
    );
  }
}

/**
 * All or nothing: every record is loaded before anything is written, all in one transaction, so
 * a 404 (or a failure half-way) leaves every record as it was. Records already in the requested
 * state are left alone and not counted.
 */
export async function changeActiveStates<R>(
  ctx: Pick<AppContext, "db" | "clock">,
  user: RequestUser,
  ip: string | null,
  request: { target: ActivationTarget<R>; ids: readonly number[]; isActive: boolean },
): Promise<BulkChangeResult> {
  const { target, isActive } = request;
  const ids = [...new Set(request.ids)];
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const rows: R[] = [];
    for (const id of ids) rows.push(await target.load(trx, user, id));
    for (const row of rows) target.assertMay?.(user, row, isActive);
    let changed = 0;
    for (const [index, row] of rows.entries()) {
      const id = ids[index] as number;
      const isChanged = await writeActiveState(trx, user, ip, now, {
        entity: target.entity,
        id,
        wasActive: target.isActive(row),
        isActive,
        update: (writer, changes) => target.update(writer, id, changes),
      });
      if (isChanged) changed += 1;
    }
    return { changed };
  });
}

/** A module's target, its row type read from its loader. */
export function activationTarget<R>(target: ActivationTarget<R>): ActivationTarget<R> {
  return target;
}
