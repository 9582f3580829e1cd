import type { DataQualityFinding } from "@xinqiao/shared";
import { describe, expect, it } from "vitest";
import { catalogs } from "../../i18n/catalogs.ts";
import { format, type Locale, type Translate } from "../../i18n/locale.ts";
import { findingText } from "./findingText.ts";

const translator =
  (locale: Locale): Translate =>
  (key, params) =>
    format(catalogs[locale][key], params);

const subject = {
  kind: "platform",
  id: "7",
  name: "南门街道社工站",
  regionCode: "330203001000",
  regionName: "南门街道",
} as const;
const base = { severity: "warning", subject, link: "/platforms/7", value: null, threshold: null } as const;

describe("findingText", () => {
  it("says what each rule found, in both languages", () => {
    const cases: [DataQualityFinding, string, string][] = [
      [
        { ...base, rule: "floorAreaImplausible", value: 0, threshold: 5, bound: "below" },
        "使用面积 0 m²，低于下限 5 m²",
        "Floor area 0 m², below the lower limit of 5 m²",
      ],
      [
        { ...base, rule: "workerAgeImplausible", value: 76, threshold: 75, bound: "above" },
        "年龄 76 岁，超过上限 75 岁",
        "Aged 76, above the upper limit of 75",
      ],
      [
        {
          ...base,
          rule: "residentsDrop",
          severity: "critical",
          value: 75,
          threshold: 50,
          before: 12_000,
          after: 3_000,
        },
        "常住人口由 12,000 降至 3,000，下降 75%（阈值 50%）",
        "Residents fell from 12,000 to 3,000, by 75% (threshold 50%)",
      ],
      [
        { ...base, rule: "staleStation", value: 120, threshold: 90, lastServiceOn: "2026-08-02" },
        "所在街道最近一次服务记录为 2026-08-02，已 120 天（阈值 90 天）",
        "The street's last service record is of 2026-08-02, 120 days ago (threshold 90 days)",
      ],
      [
        { ...base, rule: "staleStation", value: null, threshold: 90, lastServiceOn: null },
        "所在街道没有服务记录（阈值 90 天）",
        "The street has no service record (threshold 90 days)",
      ],
      [
        {
          ...base,
          rule: "indicatorOutlier",
          severity: "info",
          value: 50.004,
          threshold: 3,
          indicator: "workersPer10k",
          median: 11.999999,
          deviation: 38,
        },
        "每万人社工数 50，各单位中位数 12，偏离 38 倍 MAD（阈值 3 倍）",
        "Social workers per 10,000 residents 50, units' median 12, 38 MADs away (threshold 3)",
      ],
      [
        { ...base, rule: "requiredFieldMissing", severity: "info", fields: ["address", "floorArea"] },
        "缺少地址、使用面积",
        "Missing address, floor area",
      ],
    ];
    for (const [finding, zh, en] of cases) {
      expect(findingText(finding, translator("zh-CN"), "zh-CN")).toBe(zh);
      expect(findingText(finding, translator("en-US"), "en-US")).toBe(en);
    }
  });
});
