import { z } from "zod";
import { roleIds } from "../roles.ts";
import { regionCodeSchema } from "../validators/region.ts";
import { personNameSchema } from "../validators/text.ts";
import { listQuerySchema } from "./pagination.ts";

export const usernameSchema = z
  .string()
  .trim()
  .min(3, "至少 3 个字符")
  .max(50)
  .regex(/^[a-z][a-z0-9_.-]*$/, "须以小写字母开头，只能包含小写字母、数字、下划线、点和连字符");

export const createUserBodySchema = z.strictObject({
  username: usernameSchema,
  displayName: personNameSchema(),
  roleId: z.enum(roleIds),
  organizationId: z.number().int().positive().nullable(),
  regionCode: regionCodeSchema("所属区划"),
  phone: z
    .string()
    .trim()
    .regex(/^1[3-9]\d{9}$/, "应为 11 位，以 13–19 开头")
    .nullable()
    .optional(),
  password: z.string().min(1).max(128),
});
export type CreateUserBody = z.infer<typeof createUserBodySchema>;

export const updateUserBodySchema = createUserBodySchema
  .omit({ username: true, password: true })
  .partial()
  .strict();
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;

export const resetPasswordBodySchema = z.strictObject({ password: z.string().min(1).max(128) });

export const userListQuerySchema = listQuerySchema.extend({
  roleId: z.enum(roleIds).optional(),
  isActive: z.enum(["true", "false"]).optional(),
  regionCode: z
    .string()
    .regex(/^\d{12}$/)
    .optional(),
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;

export const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  roleId: z.enum(roleIds),
  organization: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  region: z.object({ code: z.string(), name: z.string() }),
  phone: z.string().nullable(),
  isActive: z.boolean(),
  isLocked: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const organizationSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.string(),
  regionCode: z.string(),
});
export type Organization = z.infer<typeof organizationSchema>;
