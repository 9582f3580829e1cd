import type { ExcelColumn } from "../../platform/excel/index.ts";

/** The residents template and import: one row per community, keyed by its code or its names. */
export const residentsColumns: ExcelColumn[] = [
  {
    key: "code",
    header: "区划代码",
    kind: "code",
    width: 16,
    description: "12 位统计用区划代码（社区/村），请勿修改；须为文本格式。留空时按右侧的街道和社区名称匹配",
  },
  {
    key: "street",
    header: "街道（乡镇）",
    kind: "text",
    width: 18,
    description: "区划代码为空时与社区（村）名称一起确定社区；有代码时不读取",
  },
  {
    key: "name",
    header: "社区（村）",
    kind: "text",
    width: 22,
    description: "区划代码为空时按“街道/社区”名称匹配（名称重复时请填写代码）",
  },
  {
    key: "residents",
    header: "常住人口",
    kind: "integer",
    width: 12,
    required: true,
    description: "常住人口（人），0 到 5,000,000 之间的整数",
  },
];

export const regionExportColumns: ExcelColumn[] = [
  { key: "code", header: "区划代码", kind: "code", width: 16, description: "12 位统计用区划代码" },
  { key: "name", header: "名称", kind: "text", width: 22, description: "区划名称" },
  {
    key: "level",
    header: "层级",
    kind: "text",
    width: 10,
    description: "市/区（县）/街道（乡镇）/社区（村）",
  },
  { key: "parent", header: "上级区划代码", kind: "code", width: 16, description: "上级区划代码" },
  { key: "streets", header: "街道（乡镇）数", kind: "integer", width: 12, description: "下辖街道（乡镇）数" },
  { key: "communities", header: "社区（村）数", kind: "integer", width: 12, description: "下辖社区（村）数" },
  { key: "residents", header: "常住人口", kind: "integer", width: 12, description: "常住人口（人）" },
  { key: "isDemo", header: "演示数据", kind: "text", width: 10, description: "是否为演示数据" },
];
