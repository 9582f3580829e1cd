import { createEducationHoursBodySchema, createUserBodySchema } from "@xinqiao/shared";
import type { FormInstance } from "antd";
import { describe, expect, it } from "vitest";
import { ApiError } from "./client.ts";
import { applyServerFieldErrors, validateWithSchema } from "./formErrors.ts";

type Field = { name: (string | number)[]; errors: string[] };

/** A form that keeps the errors set on it, as antd's does. */
function fakeForm() {
  const calls: Field[][] = [];
  const errors = new Map<string, Field>();
  const form = {
    setFields: (fields: Field[]) => {
      calls.push(fields);
      for (const field of fields) errors.set(field.name.join("."), field);
    },
    getFieldsError: () => [...errors.values()],
  } as unknown as FormInstance;
  const shown = () =>
    Object.fromEntries(
      [...errors.values()]
        .filter((field) => field.errors.length > 0)
        .map((f) => [f.name.join("."), f.errors]),
    );
  return { form, calls, shown };
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

  it("flags every field of the 登记学时 form on the first submit, 学时 included", () => {
    const { form, shown } = fakeForm();
    expect(
      validateWithSchema(form, createEducationHoursBodySchema, { kind: "training", description: "" }),
    ).toBe(null);
    expect(shown()).toEqual({
      completedOn: ["不能为空"],
      hours: ["不能为空"],
      description: ["不能为空"],
    });
  });

  it("asks for a region to be chosen, never for its format", () => {
    const { form, shown } = fakeForm();
    validateWithSchema(form, createUserBodySchema, { username: "zhang", regionCode: "" });
    expect(shown().regionCode).toEqual(["请选择所属区划"]);
  });

  it("clears what an earlier submit showed on fields that are now right", () => {
    const { form, shown } = fakeForm();
    const training = { kind: "training", completedOn: "2026-01-05", description: "个案管理培训" };
    validateWithSchema(form, createEducationHoursBodySchema, { ...training, hours: -5 });
    expect(shown()).toEqual({ hours: ["须大于 0"] });
    validateWithSchema(form, createEducationHoursBodySchema, { ...training, hours: 0.3 });
    expect(shown()).toEqual({ hours: ["须为 0.5 的整数倍"] });
    expect(validateWithSchema(form, createEducationHoursBodySchema, { ...training, hours: 8 })).toMatchObject(
      {
        hours: 8,
      },
    );
    expect(shown()).toEqual({});
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
