import { describe, expect, it } from "vitest";
import { nextPrefix, pinyinOf } from "./pinyin.ts";

describe("pinyin search keys", () => {
  it("gives full pinyin and initials, so 'zs' finds 张三", () => {
    expect(pinyinOf("张三")).toEqual({ full: "zhangsan", initials: "zs" });
    expect(pinyinOf("南门街道")).toEqual({ full: "nanmenjiedao", initials: "nmjd" });
  });

  it("bounds a prefix range from above", () => {
    expect(nextPrefix("zs")).toBe("zt");
    expect(nextPrefix("az")).toBe("b");
    expect(nextPrefix("zz")).toBeNull();
  });
});
