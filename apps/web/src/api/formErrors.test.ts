import { createUserBodySchema } from "@xinqiao/shared";
import type { FormInstance } from "antd";
import { describe, expect, it } from "vitest";
import { ApiError } from "./client.ts";
import { applyServerFieldErrors, validateWithSchema } from "./formErrors.ts";

function fakeForm() {
  const calls: { name: (string | number)[]; errors?: string[] }[][] = [];
  const form = {
    setFields: (fields: (typeof calls)[number]) => calls.push(fields),
  } as unknown as FormInstance;
  return { form, calls };
}

describe("validateWithSchema", () => {
  it("puts the shared schema's messages on the fields", () => {
    const { form, calls } = fakeForm();
    const body = validateWithSchema(form, createUserBodySchema, { username: "Bad Name", roleId: "nobody" });
    expect(body).toBeNull();
    const names = calls.flat().map((field) => field.name.join("."));
    expect(names).toEqual(
      expect.arrayContaining(["username", "roleId", "displayName", "regionCode", "password"]),
    );
  });
});

describe("applyServerFieldErrors", () => {
  it("strips the field label the form already shows", () => {
    const { form, calls } = fakeForm();
    const error = new ApiError(400, "VALIDATION_FAILED", "请求参数有误", [
      { path: "username", message: "用户名：已被使用" },
    ]);
    expect(applyServerFieldErrors(form, error, ["username"])).toBe(true);
    expect(calls.flat()).toEqual([{ name: ["username"], errors: ["已被使用"] }]);
  });

  it("reports fields it could not place", () => {
    const { form } = fakeForm();
    const error = new ApiError(400, "VALIDATION_FAILED", "请求参数有误", [{ path: "other", message: "x" }]);
    expect(applyServerFieldErrors(form, error, ["username"])).toBe(false);
  });
});
