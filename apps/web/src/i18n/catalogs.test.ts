/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import { catalogs } from "./catalogs.ts";

/** Every feature's messages.ts, found by name, so a feature left out of modules.ts is noticed. */
const featureMessageFiles = import.meta.glob<Record<string, Record<string, string>>>(
  "../features/*/messages.ts",
  {
    eager: true,
  },
);

const parameters = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("catalogs", () => {
  it("hold every feature's strings, in both languages", () => {
    const files = Object.entries(featureMessageFiles);
    expect(files.length).toBeGreaterThan(5);
    for (const [file, exports] of files) {
      const zh = Object.entries(exports).find(([name]) => name.endsWith("MessagesZh"))?.[1];
      expect(zh, `${file} exports <feature>MessagesZh`).toBeTruthy();
      const missing = Object.keys(zh ?? {}).filter((key) => !Object.hasOwn(catalogs["zh-CN"], key));
      expect(missing, `${file} is registered in app/modules.ts`).toEqual([]);
    }
  });

  it("use the same parameters in every language", () => {
    const zh: Record<string, string> = catalogs["zh-CN"];
    const en: Record<string, string> = catalogs["en-US"];
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, text] of Object.entries(zh))
      expect(parameters(en[key] ?? ""), key).toEqual(parameters(text));
  });
});
