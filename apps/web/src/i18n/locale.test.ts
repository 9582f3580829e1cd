import { describe, expect, it } from "vitest";
import { format } from "./locale.ts";
import { sharedMessagesZh } from "./zh-CN.ts";

describe("format", () => {
  it("fills named parameters and keeps unknown ones", () => {
    expect(format("共 {total} 条，{missing}", { total: 3 })).toBe("共 3 条，{missing}");
  });

  it("fills a catalog text", () => {
    expect(format(sharedMessagesZh["common.total"], { total: 12 })).toBe("共 12 条");
  });
});
