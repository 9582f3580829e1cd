import { evaluationGrades, organizationStatuses, organizationTypes, serviceDomains } from "@xinqiao/shared";
import type { ExcelColumn } from "../../platform/excel/index.ts";
import { regionColumnDescription } from "../../platform/importRegions.ts";

/**
 * The spreadsheet columns of the social organizations registry, declared once for the template,
 * the import, its error report and the export. Re-importing a file updates the organizations it
 * names by 统一社会信用代码 (never a second record with the same code).
 */
export type OrganizationColumnKey =
  | "name"
  | "creditCode"
  | "orgType"
  | "registeringAuthority"
  | "registeredOn"
  | "legalRepresentative"
  | "domains"
  | "evaluationGrade"
  | "staffCount"
  | "address"
  | "status"
  | "region"
  | "overrideReason";

export const reimportNote = "重复导入时按统一社会信用代码更新已有记录，不会重复新增";

export const organizationImportColumns: ExcelColumn<OrganizationColumnKey>[] = [
  { key: "name", header: "名称", required: true, width: 30, description: "社会组织全称，2–100 个字符" },
  {
    key: "creditCode",
    header: "统一社会信用代码",
    kind: "code",
    required: true,
    width: 22,
    description: `18 位统一社会信用代码（GB 32100），须为文本格式；${reimportNote}。第 1 位为 5（民政登记）时，第 2 位须与组织类型一致：1 社会团体、2 社会服务机构、3 基金会`,
  },
  {
    key: "orgType",
    header: "组织类型",
    required: true,
    width: 14,
    allowedValues: organizationTypes,
    description: "社会团体、社会服务机构（原民办非企业单位）或基金会",
  },
  {
    key: "registeringAuthority",
    header: "登记管理机关",
    required: true,
    width: 22,
    description: "如：宁波市海曙区民政局",
  },
  {
    key: "registeredOn",
    header: "登记日期",
    kind: "date",
    width: 14,
    description: "成立登记日期，不晚于今天",
  },
  { key: "legalRepresentative", header: "法定代表人", width: 12, description: "姓名，最多 50 个字符" },
  {
    key: "domains",
    header: "服务领域",
    width: 30,
    description: `可填多个，用“、”分隔；可选：${serviceDomains.join("、")}`,
  },
  {
    key: "evaluationGrade",
    header: "评估等级",
    width: 10,
    allowedValues: evaluationGrades,
    description: "社会组织评估等级 1A–5A；未评估请留空",
  },
  {
    key: "staffCount",
    header: "从业人员数",
    kind: "integer",
    width: 12,
    description: "专职从业人员数（人），不填为 0",
  },
  { key: "address", header: "地址", width: 30, description: "住所地址，最多 200 个字符" },
  {
    key: "status",
    header: "登记状态",
    required: true,
    width: 10,
    allowedValues: Object.values(organizationStatuses),
    description: "正常、异常或注销",
  },
  {
    key: "region",
    header: "所属区划",
    required: true,
    width: 18,
    description: `所属${regionColumnDescription(["district", "street"])}`,
  },
  {
    key: "overrideReason",
    header: "校验位例外理由",
    width: 30,
    description:
      "仅当代码校验位未通过、但已核对登记证书确认无误时填写；只有具有“信用代码校验例外”权限的用户导入时才会被接受",
  },
];

export const organizationExportColumns: ExcelColumn[] = [
  { key: "name", header: "名称", width: 30, description: "社会组织全称" },
  { key: "creditCode", header: "统一社会信用代码", kind: "code", width: 22, description: "18 位代码" },
  { key: "checkValid", header: "校验位", width: 10, description: "通过 / 未通过（已例外接受）" },
  { key: "overrideReason", header: "校验位例外理由", width: 30, description: "例外接受的理由" },
  { key: "orgType", header: "组织类型", width: 14, description: "社会团体、社会服务机构或基金会" },
  { key: "registeringAuthority", header: "登记管理机关", width: 22, description: "登记管理机关" },
  { key: "registeredOn", header: "登记日期", kind: "date", width: 14, description: "成立登记日期" },
  { key: "legalRepresentative", header: "法定代表人", width: 12, description: "法定代表人" },
  { key: "domains", header: "服务领域", width: 30, description: "服务领域，用“、”分隔" },
  { key: "evaluationGrade", header: "评估等级", width: 10, description: "1A–5A" },
  { key: "staffCount", header: "从业人员数", kind: "integer", width: 12, description: "专职从业人员数" },
  {
    key: "workerCount",
    header: "登记社会工作者数",
    kind: "integer",
    width: 14,
    description: "本系统中在岗的社会工作者",
  },
  { key: "address", header: "地址", width: 30, description: "住所地址" },
  { key: "status", header: "登记状态", width: 10, description: "正常、异常或注销" },
  { key: "regionName", header: "所属区划", width: 18, description: "区（县）或街道（乡镇）" },
  { key: "regionCode", header: "区划代码", kind: "code", width: 16, description: "12 位区划代码" },
  { key: "isActive", header: "启用", width: 8, description: "是 / 否（已停用）" },
  { key: "isDemo", header: "演示数据", width: 10, description: "是否为演示数据" },
];
