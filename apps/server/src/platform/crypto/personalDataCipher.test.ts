import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { PersonalDataCipher, TamperedCiphertextError } from "./personalDataCipher.ts";

const key = randomBytes(32);

describe.each(["sm4", "aes"] as const)("personal data cipher (%s)", (algorithm) => {
  const cipher = new PersonalDataCipher(key, algorithm);

  it("round-trips and never repeats a ciphertext", () => {
    const a = cipher.encrypt("11010519491231002X");
    const b = cipher.encrypt("11010519491231002X");
    expect(a).not.toBe(b);
    expect(a.startsWith(`${algorithm}:`)).toBe(true);
    expect(a).not.toContain("1101051949");
    expect(cipher.decrypt(a)).toBe("11010519491231002X");
  });

  it("detects a tampered ciphertext", () => {
    const token = cipher.encrypt("13812345678");
    const raw = Buffer.from(token.slice(4), "base64");
    raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 1;
    expect(() => cipher.decrypt(`${algorithm}:${raw.toString("base64")}`)).toThrow(TamperedCiphertextError);
  });

  it("reads what the other algorithm wrote with the same key", () => {
    const other = new PersonalDataCipher(key, algorithm === "sm4" ? "aes" : "sm4");
    expect(cipher.decrypt(other.encrypt("张三"))).toBe("张三");
  });
});

describe("blind index", () => {
  it("is deterministic per key and differs between keys", () => {
    const one = new PersonalDataCipher(key);
    expect(one.blindIndex("11010519491231002X")).toBe(one.blindIndex("11010519491231002X"));
    expect(one.blindIndex("11010519491231002X")).toMatch(/^[0-9a-f]{64}$/);
    expect(new PersonalDataCipher(randomBytes(32)).blindIndex("11010519491231002X")).not.toBe(
      one.blindIndex("11010519491231002X"),
    );
  });

  it("refuses a key of the wrong size", () => {
    expect(() => new PersonalDataCipher(randomBytes(16))).toThrow(/32 bytes/);
  });
});
