import { describe, expect, it } from "vitest";
import { maskIdNumber, maskPhone } from "./masking.ts";

describe("masking", () => {
  it("masks ID numbers and phones as PRODUCT.md shows", () => {
    expect(maskIdNumber("110105194912310021")).toBe("110***********0021");
    expect(maskPhone("13812341234")).toBe("138****1234");
  });
});
