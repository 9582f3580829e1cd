import { describe, expect, it } from "vitest";
import { englishMessages } from "./messagesEn.ts";
import { messageLocaleOf, translateMessage } from "./translateMessage.ts";

describe("translateMessage", () => {
  it("reads a field message, its varying parts and several reasons", () => {
    expect(translateMessage("用户名：长度不能超过 50 个字符", "en-US")).toBe(
      "Username: must be at most 50 characters",
    );
    expect(translateMessage("学时：不能为空；须为 0.5 的整数倍", "en-US")).toBe(
      "Hours: is required; must be a multiple of 0.5",
    );
    expect(translateMessage("请求参数有误", "en-US")).toBe("The request has invalid fields");
  });

  it("keeps Chinese it has no entry for, and everything in zh-CN", () => {
    expect(translateMessage("某个新的原因", "en-US")).toBe("某个新的原因");
    expect(translateMessage("姓名：某个新的原因", "en-US")).toBe("Name: 某个新的原因");
    expect(translateMessage("姓名：不能为空", "zh-CN")).toBe("姓名：不能为空");
    expect(translateMessage("already English", "en-US")).toBe("already English");
  });

  it("carries every placeholder of an entry into its English", () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [chinese, english] of Object.entries(englishMessages)) {
      expect(names(english), chinese).toEqual(names(chinese));
      expect(english, chinese).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("takes English only when the browser prefers it", () => {
    expect(messageLocaleOf("en-US,en;q=0.9")).toBe("en-US");
    expect(messageLocaleOf("zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh-CN");
    expect(messageLocaleOf(undefined)).toBe("zh-CN");
  });
});
