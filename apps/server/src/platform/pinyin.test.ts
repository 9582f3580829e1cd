import fc from "fast-check";
import { pinyin } from "pinyin-pro";
import { describe, expect, it } from "vitest";
import { nextPrefix, pinyinOf } from "./pinyin.ts";

describe("pinyin search keys", () => {
  it("gives full pinyin and initials, so 'zs' finds 张三", () => {
    expect(pinyinOf("张三")).toEqual({ full: "zhangsan", initials: "zs" });
    expect(pinyinOf("南门街道")).toEqual({ full: "nanmenjiedao", initials: "nmjd" });
  });

  it("gives the initials pinyin-pro's own 'first' pattern gives, for any mix of characters", () => {
    const pieces = fc.constantFrom(
      ..."张王李重庆单于曾乐行长朝阳银姚光辉关心青心𠀀𪚥㐀鑫淼犇".split(""),
      ...("𠀀𪚥".match(/./gu) ?? []),
      "Tom",
      "A",
      "123",
      " ",
      "·",
      "（",
      "-",
    );
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 8 }), (parts) => {
        const name = parts.join("");
        const initials = pinyin(name, {
          pattern: "first",
          toneType: "none",
          type: "array",
          nonZh: "consecutive",
        });
        expect(pinyinOf(name).initials).toBe(initials.join("").toLowerCase().replace(/\s+/g, ""));
      }),
      { numRuns: 500 },
    );
  });

  it("bounds a prefix range from above", () => {
    expect(nextPrefix("zs")).toBe("zt");
    expect(nextPrefix("az")).toBe("b");
    expect(nextPrefix("zz")).toBeNull();
  });
});
