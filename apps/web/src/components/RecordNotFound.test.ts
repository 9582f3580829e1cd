import { describe, expect, it } from "vitest";
import { ApiError } from "../api/client.ts";
import { isRecordMissing } from "./RecordNotFound.tsx";

describe("isRecordMissing", () => {
  it("reads a 404 (missing or outside the scope), 403 and 400 as no record for this viewer", () => {
    expect(isRecordMissing(new ApiError(404, "NOT_FOUND", "服务平台不存在"))).toBe(true);
    expect(isRecordMissing(new ApiError(403, "FORBIDDEN", "无权限"))).toBe(true);
    expect(isRecordMissing(new ApiError(400, "VALIDATION_FAILED", "参数错误"))).toBe(true);
  });

  it("leaves other failures to be reported as such", () => {
    expect(isRecordMissing(new ApiError(500, "INTERNAL", "服务器错误"))).toBe(false);
    expect(isRecordMissing(new ApiError(0, "NETWORK", "网络错误"))).toBe(false);
    expect(isRecordMissing(new Error("boom"))).toBe(false);
  });
});
