import {
  type CreateUserBody,
  createUserBodySchema,
  type ErrorField,
  isWithinRegion,
  maskPhone,
  type Page,
  passwordPolicyViolations,
  toRegionCode,
  type UpdateUserBody,
  type User,
  type UserListQuery,
} from "@xinqiao/shared";
import { type Actor, changedFields, writeAudit } from "../../platform/audit.ts";
import { hashPassword } from "../../platform/auth/passwords.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import { activationTarget, changeActiveStates } from "../../platform/bulkActivation.ts";
import type { AppContext } from "../../platform/context.ts";
import type { Queryable } from "../../platform/db/database.ts";
import {
  AppError,
  conflict,
  fieldsFromZodIssues,
  forbidden,
  invalid,
  notFound,
} from "../../platform/errors.ts";
import { pageWindow, sortOrder, toPage } from "../../platform/pagination.ts";
import { isInScope } from "../../platform/scope.ts";
import { departmentName } from "../../setup/referenceData.ts";
import { findOrganization, findOrganizationByName } from "../organizations/organizations.repository.ts";
import { findRegion } from "../regions/regions.repository.ts";
import {
  canChangeRole,
  canDisable,
  mayAssignRole,
  mayReachAccount,
  roleRegionProblem,
  rolesManagedBy,
} from "./users.policy.ts";
import { auditedUser, presentUser } from "./users.presenter.ts";
import * as repository from "./users.repository.ts";

type Context = Pick<AppContext, "db" | "clock" | "sessions">;

const sortable = {
  id: "u.id",
  username: "u.username",
  displayName: "u.display_name",
  roleId: "u.role_id",
  regionCode: "u.region_code",
  createdAt: "u.created_at",
  lastLoginAt: "u.last_login_at",
};

function masked(user: User): User {
  return { ...user, phone: user.phone ? maskPhone(user.phone) : null };
}

function reachOf(actor: RequestUser): repository.UserReach {
  return { scopeCode: actor.regionCode, roles: rolesManagedBy(actor) };
}

export async function listUsers(ctx: Context, actor: RequestUser, query: UserListQuery): Promise<Page<User>> {
  const order = sortOrder(query.sort, sortable, { column: "u.id", direction: "asc" });
  const [rows, total] = await Promise.all([
    repository.listUsers(ctx.db, reachOf(actor), query, order, pageWindow(query)),
    repository.countUsers(ctx.db, reachOf(actor), query),
  ]);
  const now = ctx.clock.now();
  return toPage(
    rows.map((row) => masked(presentUser(row, now))),
    total,
    query,
  );
}

/**
 * The one loader of an account by id: the account when the actor manages it (its role and its
 * region), and otherwise the same 404 as a missing id.
 */
async function userInScope(db: Queryable, actor: RequestUser, id: number, now: Date): Promise<User> {
  const row = await repository.findUser(db, id);
  if (!row || !mayReachAccount(actor, { roleId: row.role_id, regionCode: row.region_code })) {
    throw notFound("用户不存在");
  }
  return presentUser(row, now);
}

function assertMayAssign(actor: RequestUser, roleId: User["roleId"]): void {
  if (mayAssignRole(actor, roleId)) return;
  const message = "角色：您不能创建或改成该角色的账号（只能管理下级角色的账号）";
  throw new AppError("FORBIDDEN", message, [{ path: "roleId", message }]);
}

export async function getUser(ctx: Context, actor: RequestUser, id: number): Promise<User> {
  return masked(await userInScope(ctx.db, actor, id, ctx.clock.now()));
}

/** Region, organization and role must fit together and lie inside the manager's scope. */
async function assignmentProblems(
  db: Queryable,
  actor: RequestUser,
  target: { roleId: User["roleId"]; regionCode: string; organizationId: number | null },
): Promise<ErrorField[]> {
  const problems: ErrorField[] = [];
  const region = isInScope(actor, target.regionCode) ? await findRegion(db, target.regionCode) : undefined;
  if (!region) {
    problems.push({ path: "regionCode", message: "所属区划：不存在或不在您的管辖范围内" });
  } else {
    const roleProblem = roleRegionProblem(target.roleId, target.regionCode);
    if (roleProblem) problems.push(roleProblem);
  }
  if (target.organizationId !== null) {
    const organization = await findOrganization(db, target.organizationId);
    if (!organization || !isInScope(actor, organization.region_code)) {
      problems.push({ path: "organizationId", message: "所属单位：不存在或不在您的管辖范围内" });
    } else if (region && !isWithinRegion(target.regionCode, organization.region_code)) {
      problems.push({ path: "organizationId", message: "所属单位：用户的所属区划须在该单位的辖区内" });
    }
  }
  return problems;
}

function assertPasswordPolicy(password: string, username: string): void {
  const problems = passwordPolicyViolations(password, username);
  if (problems.length > 0) {
    throw new AppError(
      "PASSWORD_POLICY",
      `密码不符合安全要求：${problems.join("；")}`,
      problems.map((message) => ({ path: "password", message: `密码：${message}` })),
    );
  }
}

export async function createUser(ctx: Context, actor: RequestUser, body: CreateUserBody, ip: string | null) {
  assertMayAssign(actor, body.roleId);
  const problems = await assignmentProblems(ctx.db, actor, body);
  if (problems.length > 0) throw invalid(problems);
  const id = await insertAccount(ctx, body, actorOf(actor, ip), {});
  return getUser(ctx, actor, id);
}

/**
 * The first administrator of a deployment (`npm run admin:create`), where no one can sign in yet
 * to create one: a system administrator at the configured city, who must change the password at
 * first login, audited with "system" as the actor and the reason given.
 */
export async function createAdministrator(
  ctx: Context & Pick<AppContext, "config">,
  input: { username: string; displayName: string; password: string },
  reason: string,
): Promise<User> {
  const parsed = administratorSchema.safeParse(input);
  if (!parsed.success) throw invalid(fieldsFromZodIssues(parsed.error.issues));
  const city = await findRegion(ctx.db, toRegionCode(ctx.config.cityCode));
  if (!city)
    throw invalid([{ path: "regionCode", message: `所属区划：城市 ${ctx.config.cityCode} 的区划尚未导入` }]);
  const department = await findOrganizationByName(ctx.db, departmentName(city.name));
  const body: CreateUserBody = {
    ...parsed.data,
    roleId: "system_admin",
    regionCode: city.code,
    organizationId: department?.id ?? null,
    phone: null,
  };
  const id = await insertAccount(ctx, body, { id: null, username: "system", ip: null }, { reason });
  const row = await repository.findUser(ctx.db, id);
  if (!row) throw notFound("用户不存在");
  return masked(presentUser(row, ctx.clock.now()));
}

const administratorSchema = createUserBodySchema.pick({ username: true, displayName: true, password: true });

/** Checks the password and the name, then inserts the account and its audit entry together. */
async function insertAccount(
  ctx: Context,
  body: CreateUserBody,
  actor: Actor,
  audited: Record<string, unknown>,
): Promise<number> {
  assertPasswordPolicy(body.password, body.username);
  if (await repository.findUserIdByUsername(ctx.db, body.username)) {
    throw conflict("用户名已存在", [{ path: "username", message: "用户名：已被使用" }]);
  }
  const passwordHash = await hashPassword(body.password);
  const now = ctx.clock.now();
  const at = now.toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const newId = await repository.insertUser(trx, {
      username: body.username,
      display_name: body.displayName,
      password_hash: passwordHash,
      role_id: body.roleId,
      organization_id: body.organizationId,
      region_code: body.regionCode,
      phone: body.phone ?? null,
      is_active: 1,
      is_demo: 0,
      // Someone else chose this password: the user replaces it at first login.
      must_change_password: 1,
      password_changed_at: at,
      failed_login_count: 0,
      created_at: at,
      updated_at: at,
    });
    const created = await repository.findUser(trx, newId);
    if (!created) throw notFound("用户不存在");
    await writeAudit(trx, actor, now, {
      action: "user.create",
      entity: "user",
      entityId: newId,
      before: null,
      after: { ...auditedUser(masked(presentUser(created, now))), ...audited },
    });
    return newId;
  });
}

export async function updateUser(
  ctx: Context,
  actor: RequestUser,
  id: number,
  body: UpdateUserBody,
  ip: string | null,
) {
  const now = ctx.clock.now();
  const before = await userInScope(ctx.db, actor, id, now);
  if (body.roleId !== undefined) {
    assertMayAssign(actor, body.roleId);
    if (!canChangeRole(actor, id, body.roleId)) throw forbidden("不能修改自己的角色");
  }
  const merged = {
    roleId: body.roleId ?? before.roleId,
    regionCode: body.regionCode ?? before.region.code,
    organizationId:
      body.organizationId === undefined ? (before.organization?.id ?? null) : body.organizationId,
  };
  const problems = await assignmentProblems(ctx.db, actor, merged);
  if (problems.length > 0) throw invalid(problems);
  await ctx.db.transaction().execute(async (trx) => {
    await repository.updateUser(trx, id, {
      display_name: body.displayName,
      role_id: body.roleId,
      organization_id: body.organizationId,
      region_code: body.regionCode,
      phone: body.phone,
      updated_at: now.toISOString(),
    });
    const after = await userInScope(trx, actor, id, now);
    const diff = changedFields(auditedUser(masked(before)), auditedUser(masked(after)));
    await writeAudit(trx, actorOf(actor, ip), now, {
      action: "user.update",
      entity: "user",
      entityId: id,
      ...diff,
    });
  });
  return getUser(ctx, actor, id);
}

export async function setUserActive(
  ctx: Context,
  actor: RequestUser,
  id: number,
  isActive: boolean,
  ip: string | null,
) {
  await changeActiveStates(ctx, actor, ip, { target: userActivation(ctx), ids: [id], isActive });
  return getUser(ctx, actor, id);
}

/**
 * 停用 / 启用 of accounts, one or many (platform/bulkActivation.ts): only accounts the manager
 * reaches, never their own disabled; a disabled account's sessions end at once and a change of
 * state clears its failed sign-ins and lock.
 */
export function userActivation(ctx: Context) {
  return activationTarget({
    entity: "user",
    load: (db, actor, id) => userInScope(db, actor, id, ctx.clock.now()),
    isActive: (user) => user.isActive,
    assertMay: (actor, user, isActive) => {
      if (!isActive && !canDisable(actor, user.id)) throw forbidden("不能停用自己的账号");
    },
    update: async (trx, id, changes) => {
      await repository.updateUser(trx, id, {
        is_active: changes.is_active,
        failed_login_count: 0,
        locked_until: null,
        updated_at: changes.updated_at,
      });
      if (changes.is_active === 0) await ctx.sessions.deleteAllOfUser(trx, id);
    },
  });
}

export async function resetPassword(
  ctx: Context,
  actor: RequestUser,
  id: number,
  password: string,
  ip: string | null,
) {
  const now = ctx.clock.now();
  const before = await userInScope(ctx.db, actor, id, now);
  assertPasswordPolicy(password, before.username);
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction().execute(async (trx) => {
    await repository.updateUser(trx, id, {
      password_hash: passwordHash,
      must_change_password: 1,
      password_changed_at: now.toISOString(),
      failed_login_count: 0,
      locked_until: null,
      updated_at: now.toISOString(),
    });
    await ctx.sessions.deleteAllOfUser(trx, id);
    await writeAudit(trx, actorOf(actor, ip), now, {
      action: "user.password.reset",
      entity: "user",
      entityId: id,
      before: { mustChangePassword: before.mustChangePassword, isLocked: before.isLocked },
      after: { mustChangePassword: true, isLocked: false },
    });
  });
  return getUser(ctx, actor, id);
}
