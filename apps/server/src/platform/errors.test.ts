import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, dialects, login, type Session, type TestApp } from "../../test/harness.ts";

describe.each(dialects)("bad input on %s", (dialect) => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await login(t.app, "admin");
  });
  afterAll(() => t.close());

  it("answers malformed JSON with 400 MALFORMED_JSON", async () => {
    const response = await admin.request({
      method: "POST",
      url: "/api/users",
      headers: { "content-type": "application/json" },
      payload: '{"username": "abc",',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("MALFORMED_JSON");
  });

  it("answers in English when the browser asks for it, in Chinese by default", async () => {
    const haishu = await login(t.app, "haishu");
    const bad = { name: "", idNumber: "110105199001011234", regionCode: "", phone: "123" };
    const english = await haishu.request({
      method: "POST",
      url: "/api/volunteers",
      headers: { "accept-language": "en-US,en;q=0.9,zh-CN;q=0.8" },
      payload: bad,
    });
    expect(english.statusCode).toBe(400);
    const body = english.json().error;
    expect(body.code).toBe("VALIDATION_FAILED");
    expect(body.message).toBe("The request has invalid fields");
    const byPath = new Map(body.fields.map((f: { path: string; message: string }) => [f.path, f.message]));
    expect(byPath.get("name")).toBe("Name: is required");
    expect(byPath.get("phone")).toMatch(/^Mobile: must be an 11-digit mobile number/);
    for (const message of byPath.values()) expect(message, String(message)).not.toMatch(/[\u4e00-\u9fff]/);
    const chinese = await haishu.request({ method: "POST", url: "/api/volunteers", payload: bad });
    expect(chinese.json().error.message).toBe("请求参数有误");
    const missing = await haishu.request({
      method: "GET",
      url: "/api/volunteers/999999999",
      headers: { "accept-language": "en" },
    });
    expect(missing.json().error).toEqual({ code: "NOT_FOUND", message: "The volunteer does not exist" });
  });

  it("names a record id in the address in zh-CN, not as a raw path", async () => {
    const response = await admin.request({ method: "GET", url: "/api/users/abc" });
    expect(response.statusCode).toBe(400);
    const [field] = response.json().error.fields;
    expect(field.path).toBe("params.id");
    expect(field.message).toMatch(/^记录编号：/);
  });

  it("names every bad field in zh-CN: wrong types, over-long strings, unknown fields", async () => {
    const response = await admin.request({
      method: "POST",
      url: "/api/users",
      payload: {
        username: "x".repeat(300),
        displayName: 42,
        roleId: "king",
        organizationId: "one",
        regionCode: "3302",
        password: "Abc@12345678",
        isAdmin: true,
      },
    });
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe("VALIDATION_FAILED");
    const byPath = new Map(error.fields.map((f: { path: string; message: string }) => [f.path, f.message]));
    expect(byPath.get("username")).toMatch(/^用户名：长度不能超过 50 个字符/);
    expect(byPath.get("displayName")).toBe("姓名：类型错误，应为文本");
    expect(byPath.get("roleId")).toMatch(/^角色：取值无效/);
    expect(byPath.get("organizationId")).toBe("所属单位：类型错误，应为数字");
    expect(byPath.get("regionCode")).toBe("所属区划：不是有效的区划，请重新选择");
    expect(byPath.get("isAdmin")).toBe("isAdmin：不允许的字段");
  });

  it("validates query strings and path parameters the same way", async () => {
    const page = await admin.request({ method: "GET", url: "/api/users?pageSize=500&page=0" });
    expect(page.statusCode).toBe(400);
    const paths = page.json().error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(["querystring.pageSize", "querystring.page"]));
    const sort = await admin.request({ method: "GET", url: "/api/users?sort=password_hash" });
    expect(sort.statusCode).toBe(400);
    const code = await admin.request({ method: "GET", url: "/api/regions/abc" });
    expect(code.statusCode).toBe(400);
    expect(code.json().error.fields[0]).toEqual({ path: "params.code", message: "区划代码：应为 12 位数字" });
  });

  it("answers unknown routes with the JSON envelope and never leaks a stack", async () => {
    const response = await admin.request({ method: "GET", url: "/api/nothing-here" });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("ROUTE_NOT_FOUND");
    expect(response.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it("answers a body of the wrong content type with 4xx, not 500", async () => {
    const response = await admin.request({
      method: "POST",
      url: "/api/users",
      headers: { "content-type": "text/plain" },
      payload: "hello",
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.json().error.code).toEqual(expect.any(String));
  });
});

describe("login rate limit", () => {
  it("answers 429 in the error envelope once the per-minute limit is used up", async () => {
    const t = await createTestApp("sqlite", { LOGIN_RATE_LIMIT_PER_MINUTE: "3" });
    try {
      const attempt = () =>
        t.app.inject({
          method: "POST",
          url: "/api/auth/login",
          payload: { username: "nobody", password: "x" },
        });
      for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
      const limited = await attempt();
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error.code).toBe("RATE_LIMITED");
    } finally {
      await t.close();
    }
  });
});
