import { organizationSchema, roleIds } from "@xinqiao/shared";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { userOf } from "../../platform/auth/guard.ts";
import type { AppContext } from "../../platform/context.ts";
import { listOrganizationsWithin } from "./organizations.repository.ts";

/** Organizations (at this stage the social work departments) and roles, for forms and filters. */
export function registerOrganizationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["organizations 单位与角色"];

  api.get(
    "/api/organizations",
    {
      config: { permission: "users.read" },
      schema: { tags, summary: "管辖范围内的单位", response: { 200: z.array(organizationSchema) } },
    },
    async (request) =>
      (await listOrganizationsWithin(ctx.db, userOf(request).regionCode)).map((o) => ({
        id: o.id,
        name: o.name,
        kind: o.kind,
        regionCode: o.region_code,
      })),
  );

  api.get(
    "/api/roles",
    {
      config: { permission: "users.read" },
      schema: {
        tags,
        summary: "角色及其权限",
        response: { 200: z.array(z.object({ id: z.enum(roleIds), permissions: z.array(z.string()) })) },
      },
    },
    () => roleIds.map((id) => ({ id, permissions: [...ctx.catalog.of(id)].sort() })),
  );
}
