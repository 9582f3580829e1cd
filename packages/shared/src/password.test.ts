import { describe, expect, it } from "vitest";
import { passwordPolicyViolations } from "./password.ts";

describe("password policy", () => {
  it("accepts a strong password", () => {
    expect(passwordPolicyViolations("Xinqiao@2026", "haishu")).toEqual([]);
  });

  it("refuses short passwords, too few classes and the username, with zh-CN reasons", () => {
    expect(passwordPolicyViolations("Ab1!", "x")).toContain("密码长度至少 10 位");
    expect(passwordPolicyViolations("abcdefghijkl", "x")).toContain(
      "密码须包含大写字母、小写字母、数字、符号中的至少三类",
    );
    expect(passwordPolicyViolations("Haishu@20261", "haishu")).toContain("密码不能包含用户名");
  });
});
