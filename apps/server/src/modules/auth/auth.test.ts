import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  dialects,
  login,
  sessionCookieOf,
  sessionFrom,
  strongPassword,
  type TestApp,
} from "../../../test/harness.ts";
import { demoPassword } from "../../setup/demoData.ts";

describe.each(dialects)("auth on %s", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const attempt = (username: string, password: string) =>
    t.app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password } });

  it("logs in and answers /me with the user, scope and a CSRF token", async () => {
    const response = await attempt("haishu", demoPassword);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user).toMatchObject({
      username: "haishu",
      roleId: "district_officer",
      region: { code: "330203000000", name: "海曙区" },
      organization: { name: "海曙区委社会工作部" },
    });
    expect(body.csrfToken).toEqual(expect.any(String));
    const cookie = response.headers["set-cookie"]?.toString() ?? "";
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Strict");
    const me = await t.app.inject({
      method: "GET",
      url: "/api/auth/me",
      headers: { cookie: sessionCookieOf(response) },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().csrfToken).toBe(body.csrfToken);
  });

  it("answers a wrong password and an unknown user alike, in zh-CN", async () => {
    const wrong = await attempt("haishu", "Wrong@Password1");
    const unknown = await attempt("nobody", "Wrong@Password1");
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(response.json().error).toEqual({ code: "INVALID_CREDENTIALS", message: "用户名或密码错误" });
    }
  });

  it("locks the account for 15 minutes after 5 failures, then lets it in again", async () => {
    for (let i = 1; i <= 4; i++) expect((await attempt("yuyao", `Wrong@Pass${i}x`)).statusCode).toBe(401);
    const fifth = await attempt("yuyao", "Wrong@Pass5x");
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.code).toBe("ACCOUNT_LOCKED");
    expect((await attempt("yuyao", demoPassword)).statusCode).toBe(423);
    t.clock.advance(14 * 60);
    expect((await attempt("yuyao", demoPassword)).statusCode).toBe(423);
    t.clock.advance(61);
    expect((await attempt("yuyao", demoPassword)).statusCode).toBe(200);
    const audit = await t.ctx.db
      .selectFrom("audit_log")
      .select(["result"])
      .where("action", "=", "user.login")
      .where("actor_username", "=", "yuyao")
      .execute();
    expect(audit.filter((a) => a.result === "failure").length).toBe(7);
    expect(audit.filter((a) => a.result === "success").length).toBe(1);
  });

  it("refuses a state change without the CSRF token", async () => {
    const session = await login(t.app, "station");
    const withoutToken = await t.app.inject({
      method: "POST",
      url: "/api/auth/logout",
      headers: { cookie: session.cookie },
    });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json().error.code).toBe("CSRF_INVALID");
    const wrongToken = await session.request({
      method: "POST",
      url: "/api/auth/logout",
      headers: { "x-csrf-token": "x" },
    });
    expect(wrongToken.statusCode).toBe(403);
    expect((await session.request({ method: "POST", url: "/api/auth/logout" })).statusCode).toBe(204);
    expect((await session.request({ method: "GET", url: "/api/auth/me" })).statusCode).toBe(401);
  });

  it("expires a session after 30 idle minutes and after 12 hours in all", async () => {
    const idle = await login(t.app, "worker");
    t.clock.advance(29 * 60);
    expect((await idle.request({ method: "GET", url: "/api/auth/me" })).statusCode).toBe(200);
    t.clock.advance(31 * 60);
    const expired = await idle.request({ method: "GET", url: "/api/auth/me" });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe("SESSION_EXPIRED");

    const busy = await login(t.app, "worker");
    for (let hour = 0; hour < 12; hour++) {
      for (let step = 0; step < 3; step++) {
        t.clock.advance(20 * 60);
        await busy.request({ method: "GET", url: "/api/auth/me" });
      }
    }
    t.clock.advance(60);
    expect((await busy.request({ method: "GET", url: "/api/auth/me" })).statusCode).toBe(401);
  });

  it("refuses anonymous requests to protected routes", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/regions" });
    expect(response.statusCode).toBe(401);
    expect(response.json().error).toEqual({ code: "UNAUTHENTICATED", message: "请先登录" });
  });

  it("refuses weak new passwords with zh-CN reasons and ends other sessions on change", async () => {
    const first = await login(t.app, "supervisor");
    const second = await login(t.app, "supervisor");
    const weak = await first.request({
      method: "POST",
      url: "/api/auth/password",
      payload: { currentPassword: demoPassword, newPassword: "supervisor1" },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe("PASSWORD_POLICY");
    const messages = weak.json().error.fields.map((f: { message: string }) => f.message);
    expect(messages).toContain("新密码：密码须包含大写字母、小写字母、数字、符号中的至少三类");
    expect(messages).toContain("新密码：密码不能包含用户名");

    const wrongCurrent = await first.request({
      method: "POST",
      url: "/api/auth/password",
      payload: { currentPassword: "Nope@12345678", newPassword: strongPassword },
    });
    expect(wrongCurrent.statusCode).toBe(400);
    expect(wrongCurrent.json().error.fields[0].path).toBe("currentPassword");

    const changed = await first.request({
      method: "POST",
      url: "/api/auth/password",
      payload: { currentPassword: demoPassword, newPassword: strongPassword },
    });
    expect(changed.statusCode).toBe(200);
    expect((await second.request({ method: "GET", url: "/api/auth/me" })).statusCode).toBe(401);
    expect((await first.request({ method: "GET", url: "/api/auth/me" })).statusCode).toBe(401);
    const renewed = sessionFrom(t.app, sessionCookieOf(changed), changed.json().csrfToken);
    expect((await renewed.request({ method: "GET", url: "/api/auth/me" })).statusCode).toBe(200);
    expect((await attempt("supervisor", strongPassword)).statusCode).toBe(200);
  });

  it("asks for a new password once the current one is older than 90 days", async () => {
    const session = await login(t.app, "leader");
    t.clock.advance(91 * 86400);
    const fresh = await login(t.app, "leader");
    expect((await fresh.request({ method: "GET", url: "/api/auth/me" })).json().user.mustChangePassword).toBe(
      true,
    );
    const blocked = await fresh.request({ method: "GET", url: "/api/regions" });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe("PASSWORD_CHANGE_REQUIRED");
    expect((await session.request({ method: "GET", url: "/api/auth/me" })).statusCode).toBe(401);
  });
});

describe("auth in production", () => {
  it("refuses demo accounts when NODE_ENV=production", async () => {
    const t = await createTestApp("sqlite", {
      NODE_ENV: "production",
      DATABASE_URL: "sqlite::memory:",
      LOAD_DEMO_DATA: "true",
    });
    try {
      const response = await t.app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { username: "admin", password: demoPassword },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe("DEMO_ACCOUNT_REFUSED");
    } finally {
      await t.close();
    }
  });
});
