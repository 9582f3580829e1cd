import { describe, expect, it } from "vitest";
import { buildUrl, fileNameOf } from "./client.ts";

describe("buildUrl", () => {
  it("leaves out empty parameters", () => {
    expect(buildUrl("/api/users", { page: 2, q: "", roleId: undefined, isActive: null })).toBe(
      "/api/users?page=2",
    );
  });

  it("encodes values", () => {
    expect(buildUrl("/api/regions", { q: "南门 街道" })).toBe(
      "/api/regions?q=%E5%8D%97%E9%97%A8+%E8%A1%97%E9%81%93",
    );
  });
});

describe("fileNameOf", () => {
  it("prefers the UTF-8 file name of RFC 6266", () => {
    const header = `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent("海曙区常住人口.xlsx")}`;
    expect(fileNameOf(header)).toBe("海曙区常住人口.xlsx");
  });

  it("falls back to the plain file name", () => {
    expect(fileNameOf('attachment; filename="report.xlsx"')).toBe("report.xlsx");
    expect(fileNameOf(null)).toBeNull();
  });
});
