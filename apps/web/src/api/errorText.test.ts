import { describe, expect, it } from "vitest";
import { sharedMessagesEn } from "../i18n/en-US.ts";
import { format, type Translate } from "../i18n/locale.ts";
import { sharedMessagesZh } from "../i18n/zh-CN.ts";
import { ApiError } from "./client.ts";
import { errorText } from "./errorText.ts";

const translator =
  (messages: Record<string, string>): Translate =>
  (key, params) =>
    format(messages[key] ?? key, params);

describe("errorText", () => {
  it("shows the server's message and its fields' messages, in the app's language", () => {
    const failure = new ApiError(400, "VALIDATION_FAILED", "请求参数有误", [
      { path: "name", message: "姓名：不能为空" },
    ]);
    expect(errorText(failure, "zh-CN", translator(sharedMessagesZh))).toBe("请求参数有误：姓名：不能为空");
    // A message the server left in Chinese (a job's failure) is read through the catalogue.
    expect(errorText(failure, "en-US", translator(sharedMessagesEn))).toBe(
      "The request has invalid fields: Name: is required",
    );
  });

  it("falls back to the code's text without a message, and to a network text offline", () => {
    const en = translator(sharedMessagesEn);
    expect(errorText(new ApiError(409, "CONFLICT", ""), "en-US", en)).toBe(
      sharedMessagesEn["error.CONFLICT"],
    );
    expect(errorText(new ApiError(0, "NETWORK", "offline"), "en-US", en)).toBe(
      sharedMessagesEn["error.NETWORK"],
    );
    expect(errorText(new Error("x"), "en-US", en)).toBe(sharedMessagesEn["error.UNKNOWN"]);
  });
});
