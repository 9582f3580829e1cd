import { type ChangePasswordBody, type LoginBody, passwordPolicyViolations } from "@xinqiao/shared";
import { writeAudit } from "../../platform/audit.ts";
import { decoyPasswordHash, hashPassword, verifyPassword } from "../../platform/auth/passwords.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import { addSeconds } from "../../platform/clock.ts";
import type { AppContext } from "../../platform/context.ts";
import { AppError } from "../../platform/errors.ts";
import * as repository from "./auth.repository.ts";

type Context = Pick<AppContext, "db" | "clock" | "config" | "sessions">;

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

/**
 * Login with lockout: after `loginMaxFailures` consecutive failures the account is locked for
 * `loginLockSeconds`; every attempt, successful or not, is audited. Unknown usernames and wrong
 * passwords answer alike, and cost the same time.
 */
export async function login(ctx: Context, body: LoginBody, client: ClientInfo): Promise<{ token: string }> {
  const { db, clock, config } = ctx;
  const now = clock.now();
  const username = body.username.toLowerCase();
  const user = await repository.findUserForLogin(db, username);
  const actor = { id: user?.id ?? null, username, ip: client.ip };
  const fail = async (
    code: "INVALID_CREDENTIALS" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "DEMO_ACCOUNT_REFUSED",
  ) => {
    await writeAudit(db, actor, now, {
      action: "user.login",
      entity: "user",
      entityId: user?.id ?? null,
      result: "failure",
      after: { reason: code },
    });
    return new AppError(code);
  };

  if (!user) {
    await verifyPassword(await decoyPasswordHash(), body.password);
    throw await fail("INVALID_CREDENTIALS");
  }
  if (user.locked_until && user.locked_until > now.toISOString()) throw await fail("ACCOUNT_LOCKED");

  if (!(await verifyPassword(user.password_hash, body.password))) {
    const failures = user.failed_login_count + 1;
    const locks = failures >= config.loginMaxFailures;
    await repository.updateUserSecurity(db, user.id, {
      failed_login_count: locks ? 0 : failures,
      locked_until: locks ? addSeconds(now, config.loginLockSeconds).toISOString() : null,
    });
    throw await fail(locks ? "ACCOUNT_LOCKED" : "INVALID_CREDENTIALS");
  }
  if (user.is_active !== 1) throw await fail("ACCOUNT_DISABLED");
  if (user.is_demo === 1 && config.environment === "production") throw await fail("DEMO_ACCOUNT_REFUSED");

  return db.transaction().execute(async (trx) => {
    await repository.updateUserSecurity(trx, user.id, {
      failed_login_count: 0,
      locked_until: null,
      last_login_at: now.toISOString(),
    });
    const session = await ctx.sessions.create(trx, {
      userId: user.id,
      now,
      absoluteSeconds: config.sessionAbsoluteSeconds,
      ...client,
    });
    await writeAudit(trx, actor, now, { action: "user.login", entity: "user", entityId: user.id });
    return { token: session.token };
  });
}

export async function logout(ctx: Context, user: RequestUser, ip: string | null): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await ctx.sessions.delete(trx, user.sessionId);
    await writeAudit(trx, actorOf(user, ip), ctx.clock.now(), {
      action: "user.logout",
      entity: "user",
      entityId: user.id,
    });
  });
}

/** Changing the password ends every session of the user and opens a fresh one for this client. */
export async function changePassword(
  ctx: Context,
  user: RequestUser,
  body: ChangePasswordBody,
  client: ClientInfo,
): Promise<{ token: string }> {
  const { db, clock, config } = ctx;
  const current = await repository.findPasswordHash(db, user.id);
  if (!current || !(await verifyPassword(current.password_hash, body.currentPassword))) {
    throw new AppError("VALIDATION_FAILED", "当前密码不正确", [
      { path: "currentPassword", message: "当前密码：不正确" },
    ]);
  }
  const problems = passwordPolicyViolations(body.newPassword, user.username);
  if (body.newPassword === body.currentPassword) problems.push("新密码不能与当前密码相同");
  if (problems.length > 0) {
    throw new AppError(
      "PASSWORD_POLICY",
      `密码不符合安全要求：${problems.join("；")}`,
      problems.map((message) => ({ path: "newPassword", message: `新密码：${message}` })),
    );
  }
  const passwordHash = await hashPassword(body.newPassword);
  const now = clock.now();
  return db.transaction().execute(async (trx) => {
    await repository.updateUserSecurity(trx, user.id, {
      password_hash: passwordHash,
      password_changed_at: now.toISOString(),
      must_change_password: 0,
      updated_at: now.toISOString(),
    });
    await ctx.sessions.deleteAllOfUser(trx, user.id);
    const session = await ctx.sessions.create(trx, {
      userId: user.id,
      now,
      absoluteSeconds: config.sessionAbsoluteSeconds,
      ...client,
    });
    await writeAudit(trx, actorOf(user, client.ip), now, {
      action: "user.password.change",
      entity: "user",
      entityId: user.id,
      before: { mustChangePassword: user.mustChangePassword },
      after: { mustChangePassword: false, passwordChangedAt: now.toISOString() },
    });
    return { token: session.token };
  });
}
