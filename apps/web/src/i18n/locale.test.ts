import { describe, expect, it } from "vitest";
import { enUS } from "./en-US.ts";
import { format } from "./locale.ts";
import { zhCN } from "./zh-CN.ts";

describe("format", () => {
  it("fills named parameters and keeps unknown ones", () => {
    expect(format("共 {total} 条，{missing}", { total: 3 })).toBe("共 3 条，{missing}");
  });
});

describe("catalogs", () => {
  it("use the same parameters in every language", () => {
    const parameters = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const [key, text] of Object.entries(zhCN)) {
      expect(parameters(enUS[key as keyof typeof zhCN]), key).toEqual(parameters(text));
    }
  });
});
