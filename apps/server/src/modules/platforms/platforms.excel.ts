import { platformFacilities, platformKinds, platformStatuses, stationStandard } from "@xinqiao/shared";
import type { ExcelColumn } from "../../platform/excel/index.ts";
import { regionColumnDescription } from "../../platform/importRegions.ts";

/**
 * The spreadsheet columns of the platforms registry, declared once for the template, the import,
 * its error report and the export. A platform is identified by (type, region, name): re-importing
 * a file updates the platforms it names instead of adding them again.
 */
export type PlatformColumnKey =
  | "kind"
  | "name"
  | "region"
  | "address"
  | "floorArea"
  | "facilities"
  | "operator"
  | "openedOn"
  | "status";

export const reimportNote = "重复导入时按“平台类型 + 所在区划 + 名称”更新已有平台，不会重复新增";

export const platformImportColumns: ExcelColumn<PlatformColumnKey>[] = [
  {
    key: "kind",
    header: "平台类型",
    required: true,
    width: 26,
    allowedValues: Object.values(platformKinds),
    description:
      "社会工作服务中心设在区（县），乡镇（街道）社会工作服务站设在街道（乡镇），社区社会工作服务室设在社区（村）",
  },
  {
    key: "name",
    header: "名称",
    required: true,
    width: 30,
    description: `平台名称，2–100 个字符；${reimportNote}`,
  },
  {
    key: "region",
    header: "所在区划",
    required: true,
    width: 24,
    description: regionColumnDescription(
      ["district", "street", "community"],
      "；层级须与平台类型一致：中心在区（县），站在街道（乡镇），室在社区（村）",
    ),
  },
  { key: "address", header: "地址", width: 30, description: "最多 200 个字符" },
  {
    key: "floorArea",
    header: "使用面积（平方米）",
    width: 14,
    description: `大于 0、不超过 100000 的数字，可带小数；站点标准不少于 ${stationStandard.minimumFloorArea} 平方米`,
  },
  {
    key: "facilities",
    header: "设施",
    width: 30,
    description: `可填多个，用“、”分隔；可选：${platformFacilities.join("、")}`,
  },
  {
    key: "operator",
    header: "运营机构",
    width: 30,
    description:
      "运营该平台的社会组织名称或统一社会信用代码（须已登记且在您的管辖范围内）；政府直接运营请留空",
  },
  { key: "openedOn", header: "启用日期", kind: "date", width: 14, description: "运营中的平台不晚于今天" },
  {
    key: "status",
    header: "运营状态",
    required: true,
    width: 10,
    allowedValues: Object.values(platformStatuses),
    description: "筹建、运营、暂停或撤销；只有“运营”的站点计入覆盖率",
  },
];

export const platformExportColumns: ExcelColumn[] = [
  { key: "kind", header: "平台类型", width: 26, description: "社会工作服务中心 / 服务站 / 服务室" },
  { key: "name", header: "名称", width: 30, description: "平台名称" },
  { key: "regionName", header: "所在区划", width: 18, description: "区划名称" },
  { key: "regionCode", header: "区划代码", kind: "code", width: 16, description: "12 位区划代码" },
  { key: "address", header: "地址", width: 30, description: "地址" },
  { key: "floorArea", header: "使用面积（平方米）", width: 14, description: "使用面积" },
  { key: "facilities", header: "设施", width: 30, description: "设施，用“、”分隔" },
  { key: "operator", header: "运营机构", width: 30, description: "运营的社会组织" },
  { key: "openedOn", header: "启用日期", kind: "date", width: 14, description: "启用日期" },
  { key: "status", header: "运营状态", width: 10, description: "筹建、运营、暂停或撤销" },
  {
    key: "staffCount",
    header: "在岗社会工作者数",
    kind: "integer",
    width: 14,
    description: "本系统中登记在该平台的在岗社工",
  },
  {
    key: "belowStandard",
    header: "低于站点标准",
    width: 20,
    description: "人员 / 面积低于站点标准（仅运营中的站点）",
  },
  { key: "isActive", header: "启用", width: 8, description: "是 / 否（已停用）" },
  { key: "isDemo", header: "演示数据", width: 10, description: "是否为演示数据" },
];
