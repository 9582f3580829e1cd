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

  it("reads a message the way that leaves the least Chinese", () => {
    // A general pattern ("{name}（编号 {id}）") matches the whole text but would leave the label
    // and the reason in Chinese: the reading "label：reason" is taken.
    expect(translateMessage("名称：该区划已有同名的社区社会工作服务室（编号 12）", "en-US")).toBe(
      "Name: this region already has a community social work room with this name (no. 12)",
    );
    // No label: a reason that holds "：" itself, then a second reason.
    expect(
      translateMessage(
        "校验位不正确：按 GB 32100 计算，第 18 位应为“X”，请核对代码；如已核对登记证书确认无误，可填写例外理由后保存",
        "en-US",
      ),
    ).toBe(
      "wrong check character: by GB 32100 the 18th character should be “X”; please check the code; if you have checked it against the registration certificate, give a reason for accepting it and save",
    );
  });

  it("looks up a dictionary label a message carries, and keeps names as written", () => {
    expect(translateMessage("该区划已有同名的乡镇（街道）社会工作服务站“南门街道社工站”", "en-US")).toBe(
      "This region already has a street (township) social work station named “南门街道社工站”",
    );
    expect(translateMessage("所属区划：该角色只能设在街道（乡镇）或社区（村）一级", "en-US")).toBe(
      "Region: this role can only be placed at street (township) or community (village) level",
    );
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
