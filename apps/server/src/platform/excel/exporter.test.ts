import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import type { ExcelColumn } from "./columns.ts";
import { exportContentDisposition } from "./contentDisposition.ts";
import { streamExport } from "./exporter.ts";
import { loadWorkbook, rowValues } from "./testing.ts";

const columns = [
  { key: "code", header: "区划代码", kind: "code", description: "12 位区划代码" },
  { key: "name", header: "名称", description: "区划名称" },
  { key: "residents", header: "常住人口", kind: "integer", description: "人数" },
] as const satisfies readonly ExcelColumn[];

async function* regions(count: number) {
  for (let index = 0; index < count; index += 1) {
    yield { code: 330203000000 + index, name: `社区${index}`, residents: index % 5 === 0 ? null : index };
  }
}

describe("streamExport", () => {
  it("streams 20,000 rows into a workbook that reads back whole", async () => {
    const output = new PassThrough();
    const received = output.toArray();

    const { rowCount } = await streamExport({ columns, rows: regions(20_000), sheetName: "区划", output });
    const workbook = await loadWorkbook(Buffer.concat(await received));
    const sheet = workbook.getWorksheet("区划");

    expect(rowCount).toBe(20_000);
    expect(sheet?.actualRowCount).toBe(20_001);
    expect(rowValues(sheet, 1)).toEqual(["区划代码", "名称", "常住人口"]);
    expect(sheet?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet?.getColumn(1).numFmt).toBe("@");
    expect(rowValues(sheet, 20_001)).toEqual(["330203019999", "社区19999", 19999]);
    expect(sheet?.getCell("C2").value).toBeNull();
  });

  it("stops reading rows when the download is closed", async () => {
    const output = new PassThrough();
    let isSourceClosed = false;
    async function* endless() {
      try {
        for (let index = 0; ; index += 1) yield { code: String(index), name: "x", residents: index };
      } finally {
        isSourceClosed = true;
      }
    }
    output.once("data", () => output.destroy());

    await expect(streamExport({ columns, rows: endless(), sheetName: "区划", output })).rejects.toThrow();
    expect(isSourceClosed).toBe(true);
  });
});

describe("exportContentDisposition", () => {
  it("sends the Chinese name as RFC 5987 with an ASCII fallback", () => {
    expect(exportContentDisposition("居民名单.xlsx")).toBe(
      "attachment; filename=\"export.xlsx\"; filename*=UTF-8''%E5%B1%85%E6%B0%91%E5%90%8D%E5%8D%95.xlsx",
    );
    expect(exportContentDisposition("居民名单-2024-01-05")).toBe(
      "attachment; filename=\"2024-01-05.xlsx\"; filename*=UTF-8''%E5%B1%85%E6%B0%91%E5%90%8D%E5%8D%95-2024-01-05.xlsx",
    );
    expect(exportContentDisposition('区划 (2024) "a/b".xlsx')).toBe(
      "attachment; filename=\"(2024) _a_b.xlsx\"; filename*=UTF-8''%E5%8C%BA%E5%88%92%20%282024%29%20_a_b_.xlsx",
    );
  });
});
