import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/harness.ts";
import { hashedAssetCaching, pageCaching } from "./webAssets.ts";

// A built web app in miniature: what Vite and its precompress step write.
const script = `export const greeting = "${"心桥 ".repeat(400)}";\n`;
const page = `<!doctype html><title>心桥</title><script type="module" src="/assets/index-AbC123xy.js"></script>`;

function writeWebRoot(): string {
  const webRoot = mkdtempSync(path.join(tmpdir(), "xinqiao-web-"));
  mkdirSync(path.join(webRoot, "assets"));
  writeFileSync(path.join(webRoot, "index.html"), page);
  writeFileSync(path.join(webRoot, "index.html.br"), brotliCompressSync(page));
  writeFileSync(path.join(webRoot, "index.html.gz"), gzipSync(page));
  const asset = path.join(webRoot, "assets", "index-AbC123xy.js");
  writeFileSync(asset, script);
  writeFileSync(`${asset}.br`, brotliCompressSync(script));
  writeFileSync(`${asset}.gz`, gzipSync(script));
  // Too small to be worth compressing: the build leaves it without copies.
  writeFileSync(path.join(webRoot, "assets", "tiny-Zz9Yy8Xx.css"), "body{margin:0}");
  return webRoot;
}

const asset = "/assets/index-AbC123xy.js";

describe("serving the web app with compression and caching (the default)", () => {
  let webRoot: string;
  let t: TestApp;
  beforeAll(async () => {
    webRoot = writeWebRoot();
    t = await createTestApp("sqlite", { LOAD_DEMO_DATA: "false" }, { webRoot });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) =>
    t.app.inject({
      method: "GET",
      url,
      headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {},
    });

  it("sends the brotli copy of a hashed asset to a browser that accepts it, cached for a year", async () => {
    const response = await get(asset, "gzip, deflate, br, zstd");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers["content-type"]).toMatch(/javascript/);
    expect(response.headers["cache-control"]).toBe(hashedAssetCaching);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(script);
    // The security headers go with files too.
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
  });

  it("sends the gzip copy when brotli is not accepted, and the file itself when nothing is", async () => {
    const gzipped = await get(asset, "gzip");
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzipped.rawPayload).toString()).toBe(script);
    const plain = await get(asset);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(script);
    expect(plain.headers["cache-control"]).toBe(hashedAssetCaching);
  });

  it("sends a file without copies as it is", async () => {
    const response = await get("/assets/tiny-Zz9Yy8Xx.css", "br");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(response.body).toBe("body{margin:0}");
    expect(response.headers["content-type"]).toMatch(/css/);
  });

  it("has index.html revalidated on every load, at / and as every page's fallback", async () => {
    for (const url of ["/", "/index.html", "/volunteers/12?tab=history"]) {
      const response = await get(url, "br");
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["cache-control"], url).toBe(pageCaching);
      expect(response.headers["content-encoding"], url).toBe("br");
      expect(response.headers["content-type"], url).toMatch(/text\/html/);
      expect(brotliDecompressSync(response.rawPayload).toString(), url).toBe(page);
    }
  });

  it("does not serve the compressed copies as files of their own", async () => {
    for (const url of [`${asset}.br`, `${asset}.gz`, "/index.html.br"]) {
      expect((await get(url, "br")).statusCode, url).toBe(404);
    }
  });
});

describe("serving the web app with compression and caching off (the benchmark's baseline)", () => {
  it("sends every file as it is, revalidated on every load", async () => {
    const webRoot = writeWebRoot();
    const t = await createTestApp(
      "sqlite",
      { LOAD_DEMO_DATA: "false", WEB_COMPRESSION_AND_CACHING: "false" },
      { webRoot },
    );
    try {
      for (const url of [asset, "/", "/regions"]) {
        const response = await t.app.inject({
          method: "GET",
          url,
          headers: { "accept-encoding": "br, gzip" },
        });
        expect(response.statusCode, url).toBe(200);
        expect(response.headers["content-encoding"], url).toBeUndefined();
        expect(response.headers["cache-control"], url).toBe("public, max-age=0");
      }
    } finally {
      await t.close();
      rmSync(webRoot, { recursive: true, force: true });
    }
  });
});
