import {
  createUserBodySchema,
  pageOf,
  resetPasswordBodySchema,
  updateUserBodySchema,
  userListQuerySchema,
  userSchema,
} from "@xinqiao/shared";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { userOf } from "../../platform/auth/guard.ts";
import { registerBulkActivationRoutes } from "../../platform/bulkActivation.ts";
import type { AppContext } from "../../platform/context.ts";
import * as service from "./users.service.ts";

const idParams = z.object({ id: z.coerce.number().int().positive() });

export function registerUserRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["users 用户管理"];
  const read = { permission: "users.read" } as const;
  const manage = { permission: "users.manage" } as const;

  api.get(
    "/api/users",
    {
      config: read,
      schema: {
        tags,
        summary: "用户列表（分级管理：管辖范围内、下级角色的账号）",
        querystring: userListQuerySchema,
        response: { 200: pageOf(userSchema) },
      },
    },
    (request) => service.listUsers(ctx, userOf(request), request.query),
  );

  api.get(
    "/api/users/:id",
    { config: read, schema: { tags, summary: "用户详情", params: idParams, response: { 200: userSchema } } },
    (request) => service.getUser(ctx, userOf(request), request.params.id),
  );

  api.post(
    "/api/users",
    {
      config: manage,
      schema: {
        tags,
        summary: "创建用户（只能分配下级角色、管辖范围内的区划；首次登录须修改密码）",
        body: createUserBodySchema,
        response: { 201: userSchema },
      },
    },
    async (request, reply) => {
      const user = await service.createUser(ctx, userOf(request), request.body, request.ip);
      return reply.status(201).send(user);
    },
  );

  api.patch(
    "/api/users/:id",
    {
      config: manage,
      schema: {
        tags,
        summary: "修改用户",
        params: idParams,
        body: updateUserBodySchema,
        response: { 200: userSchema },
      },
    },
    (request) => service.updateUser(ctx, userOf(request), request.params.id, request.body, request.ip),
  );

  registerBulkActivationRoutes(app, ctx, {
    base: "/api/users",
    tags,
    what: "用户（其会话立即失效；不能停用自己的账号）",
    permission: "users.manage",
    target: service.userActivation(ctx),
    paths: { deactivate: "disable", activate: "enable" },
  });

  api.post(
    "/api/users/:id/disable",
    {
      config: manage,
      schema: {
        tags,
        summary: "停用用户（其会话立即失效）",
        params: idParams,
        response: { 200: userSchema },
      },
    },
    (request) => service.setUserActive(ctx, userOf(request), request.params.id, false, request.ip),
  );

  api.post(
    "/api/users/:id/enable",
    {
      config: manage,
      schema: { tags, summary: "启用用户（并解除锁定）", params: idParams, response: { 200: userSchema } },
    },
    (request) => service.setUserActive(ctx, userOf(request), request.params.id, true, request.ip),
  );

  api.post(
    "/api/users/:id/reset-password",
    {
      config: manage,
      schema: {
        tags,
        summary: "重置密码（下次登录须修改）",
        params: idParams,
        body: resetPasswordBodySchema,
        response: { 200: userSchema },
      },
    },
    (request) =>
      service.resetPassword(ctx, userOf(request), request.params.id, request.body.password, request.ip),
  );
}
