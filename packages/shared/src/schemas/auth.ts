import { z } from "zod";
import { permissions } from "../modules.ts";
import { roleIds } from "../roles.ts";

export const loginBodySchema = z.strictObject({
  username: z.string().trim().min(1).max(50),
  password: z.string().min(1).max(128),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const changePasswordBodySchema = z.strictObject({
  currentPassword: z.string().min(1).max(128),
  newPassword: z.string().min(1).max(128),
});
export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>;

export const currentUserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  roleId: z.enum(roleIds),
  permissions: z.array(z.enum(permissions)),
  organization: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  region: z.object({ code: z.string(), name: z.string(), level: z.string() }),
  mustChangePassword: z.boolean(),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

export const sessionResponseSchema = z.object({
  user: currentUserSchema,
  csrfToken: z.string(),
  idleTimeoutSeconds: z.number().int(),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;
