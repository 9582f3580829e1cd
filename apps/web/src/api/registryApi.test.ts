import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { registryApi, registryKeys, xlsxContentType } from "./registryApi.ts";

interface Sent {
  method: string;
  url: string;
  body: unknown;
  contentType: string | undefined;
}

let sent: Sent[] = [];

beforeEach(() => {
  sent = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    const headers = init.headers as Record<string, string>;
    sent.push({
      method: init.method ?? "GET",
      url,
      body: typeof init.body === "string" ? JSON.parse(init.body) : init.body,
      contentType: headers["Content-Type"],
    });
    return new Response(JSON.stringify({ ok: true }), { status: 200 });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const things = registryApi<{
  listParams: { page: number; pageSize: number; sort?: string; q?: string; isActive?: "true" | "false" };
  row: { id: number };
  detail: { id: number; name: string };
  create: { name: string };
  update: { name?: string };
  revealed: { field: "idNumber" | "phone"; value: string | null };
}>("/api/things");

describe("registryApi", () => {
  it("calls the registry's endpoints under its base path", async () => {
    await things.list({ page: 2, pageSize: 20, q: "zs", isActive: undefined });
    await things.get(7);
    await things.history(7);
    await things.create({ name: "a" });
    await things.update(7, { name: "b" });
    await things.setActive(7, false);
    await things.setActive(7, true);
    await things.reveal(7, "phone");
    expect(sent.map(({ method, url, body }) => [method, url, body ?? null])).toEqual([
      ["GET", "/api/things?page=2&pageSize=20&q=zs", null],
      ["GET", "/api/things/7", null],
      ["GET", "/api/things/7/history", null],
      ["POST", "/api/things", { name: "a" }],
      ["PATCH", "/api/things/7", { name: "b" }],
      ["POST", "/api/things/7/deactivate", null],
      ["POST", "/api/things/7/activate", null],
      ["POST", "/api/things/7/reveal", { field: "phone" }],
    ]);
  });

  it("uploads an import as the .xlsx body with the mode in the query", async () => {
    const file = new File(["x"], "import.xlsx");
    await things.importFile(file, "valid-only");
    expect(sent).toEqual([
      { method: "POST", url: "/api/things/import?mode=valid-only", body: file, contentType: xlsxContentType },
    ]);
  });

  it("exports the filtered list, unmasked only when asked", async () => {
    const downloads: string[] = [];
    vi.stubGlobal("URL", { createObjectURL: () => "blob:x", revokeObjectURL: () => {} });
    vi.stubGlobal("document", {
      createElement: () => ({ click: () => downloads.push("click"), remove: () => {} }),
      body: { append: () => {} },
    });
    await things.exportList({ q: "zs" }, "things.xlsx");
    await things.exportList({ isActive: "true" }, "things.xlsx", { unmasked: true });
    await things.downloadTemplate("template.xlsx");
    expect(sent.map((request) => request.url)).toEqual([
      "/api/things/export?q=zs",
      "/api/things/export?isActive=true&unmasked=true",
      "/api/things/template",
    ]);
    expect(downloads).toHaveLength(3);
  });
});

describe("registryKeys", () => {
  it("puts every list, record and history of a registry under its root", () => {
    const keys = registryKeys<{ page: number }>("things");
    expect(keys.all).toEqual(["things"]);
    expect(keys.list({ page: 1 })).toEqual(["things", "list", { page: 1 }]);
    expect(keys.detail(3)).toEqual(["things", "detail", 3]);
    expect(keys.history(3)).toEqual(["things", "history", 3]);
  });
});
