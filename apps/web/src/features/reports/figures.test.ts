import type { ReportFigures } from "@xinqiao/shared";
import { describe, expect, it } from "vitest";
import { changedNames, figureRows } from "./figures.ts";

const figures: ReportFigures = {
  takenAt: "2026-11-30T08:00:00.000Z",
  asOf: "2026-11-30T07:59:00.000Z",
  units: [{ code: "330203001000", name: "南门街道" }],
  indicators: [
    {
      code: "workersPer10k",
      period: "now",
      value: 12.3456,
      median: 11,
      units: [{ code: "330203001000", value: null }],
    },
    { code: "serviceRecordsPer1000", period: "2026-11", value: 1234.5, median: null, units: [] },
  ],
  dataQualityFindings: 2,
};

describe("the report's figure rows", () => {
  it("name each indicator from the catalogue and round to its decimals", () => {
    const rows = figureRows(figures, ["workersPer10k"], "zh-CN");
    expect(rows[0]).toMatchObject({
      name: "每万人社工数",
      unit: "人/万人",
      value: "12.35",
      isStock: true,
      isChanged: true,
      units: { "330203001000": "—" },
    });
    expect(rows[1]?.isChanged).toBe(false);
    expect(figureRows(figures, [], "en-US")[0]?.name).toBe("Social workers per 10,000 residents");
  });

  it("lists the changed indicators by name", () => {
    expect(changedNames({ changedIndicators: ["workersPer10k", "certifiedPer10k"] }, "zh-CN")).toBe(
      "每万人社工数、每万人持证社工数",
    );
  });
});
