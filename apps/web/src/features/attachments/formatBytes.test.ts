import { describe, expect, it } from "vitest";
import { formatBytes } from "./formatBytes.ts";

describe("formatBytes", () => {
  it("reads as people say it", () => {
    expect(formatBytes(820)).toBe("820 B");
    expect(formatBytes(14_540)).toBe("14.2 KB");
    expect(formatBytes(20 * 1024 * 1024)).toBe("20 MB");
    expect(formatBytes(3.5 * 1024 * 1024)).toBe("3.5 MB");
  });
});
