import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, dialects, type TestApp } from "../test/harness.ts";

describe.each(dialects)("the application on %s", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it("answers health and readiness probes", async () => {
    expect((await t.app.inject({ method: "GET", url: "/healthz" })).json()).toEqual({ status: "ok" });
    expect((await t.app.inject({ method: "GET", url: "/readyz" })).json()).toEqual({ status: "ready" });
  });

  it("publishes the OpenAPI 3 description with the scripted endpoints", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/docs/json" });
    expect(response.statusCode).toBe(200);
    const spec = response.json();
    expect(spec.openapi).toMatch(/^3\./);
    for (const path of [
      "/api/auth/login",
      "/api/auth/logout",
      "/api/auth/me",
      "/api/regions",
      "/api/regions/{code}",
      "/api/audit",
      "/api/users",
    ]) {
      expect(Object.keys(spec.paths)).toContain(path);
    }
    expect(spec.paths["/api/users"].post.requestBody).toBeDefined();
  });

  it("sends security headers", async () => {
    const response = await t.app.inject({ method: "GET", url: "/healthz" });
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
    // Computed once at start, the same headers go out on errors too.
    const refused = await t.app.inject({ method: "GET", url: "/api/users" });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers["x-frame-options"]).toBe("SAMEORIGIN");
    expect(refused.headers["content-security-policy"]).toBe(response.headers["content-security-policy"]);
  });

  it("sends HSTS and upgrade-insecure-requests over HTTPS only, so an intranet http address works", async () => {
    const plain = await t.app.inject({
      method: "GET",
      url: "/healthz",
      headers: { host: "xinqiao.intranet:3000" },
    });
    expect(plain.headers["strict-transport-security"]).toBeUndefined();
    expect(plain.headers["content-security-policy"]).not.toContain("upgrade-insecure-requests");
    expect(plain.headers["content-security-policy"]).toContain("default-src 'self'");
    // Behind a trusted proxy that terminated TLS, the request counts as HTTPS.
    const proxied = await createTestApp("sqlite", { LOAD_DEMO_DATA: "false", TRUST_PROXY: "true" });
    try {
      const secure = await proxied.app.inject({
        method: "GET",
        url: "/healthz",
        headers: { "x-forwarded-proto": "https" },
      });
      expect(secure.headers["strict-transport-security"]).toContain("max-age=");
      expect(secure.headers["content-security-policy"]).toContain("upgrade-insecure-requests");
      // Without trusting the proxy, a client cannot claim HTTPS with a header.
      const claimed = await t.app.inject({
        method: "GET",
        url: "/healthz",
        headers: { "x-forwarded-proto": "https" },
      });
      expect(claimed.headers["strict-transport-security"]).toBeUndefined();
    } finally {
      await proxied.close();
    }
  });
});

describe("serving the web app", () => {
  it("falls back to index.html for pages and keeps JSON 404s for the API", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const webRoot = mkdtempSync(path.join(tmpdir(), "xinqiao-web-"));
    writeFileSync(path.join(webRoot, "index.html"), "<!doctype html><title>心桥</title>");
    const t = await createTestApp("sqlite", { LOAD_DEMO_DATA: "false" }, { webRoot });
    try {
      const page = await t.app.inject({ method: "GET", url: "/regions?x=1" });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain("心桥");
      const api = await t.app.inject({ method: "GET", url: "/api/nothing" });
      expect(api.statusCode).toBe(404);
      expect(api.json().error.code).toBe("ROUTE_NOT_FOUND");
      expect((await t.app.inject({ method: "GET", url: "/missing.js" })).statusCode).toBe(404);
    } finally {
      await t.close();
    }
  });
});
