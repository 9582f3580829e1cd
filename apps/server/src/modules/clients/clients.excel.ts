import type { ExcelColumn } from "../../platform/excel/index.ts";
import { regionColumnDescription } from "../../platform/importRegions.ts";

/** The clients export's columns (the import, when it comes, takes the same headers). */
export type ClientExportKey =
  | "name"
  | "idNumber"
  | "sex"
  | "birthDate"
  | "phone"
  | "address"
  | "regionCode"
  | "regionName"
  | "categories"
  | "riskLevel"
  | "isEmergency"
  | "status";

export const clientExportColumns: ExcelColumn<ClientExportKey>[] = [
  { key: "name", header: "姓名", kind: "text", width: 10, description: "服务对象姓名" },
  { key: "idNumber", header: "身份证号", kind: "code", width: 22, description: "无身份证号的为空；默认脱敏" },
  { key: "sex", header: "性别", kind: "text", width: 6, description: "男/女" },
  { key: "birthDate", header: "出生日期", kind: "text", width: 12, description: "默认只含年月" },
  { key: "phone", header: "手机号", kind: "code", width: 14, description: "默认脱敏" },
  { key: "address", header: "住址", kind: "text", width: 30, description: "默认脱敏" },
  {
    key: "regionCode",
    header: "区划代码",
    kind: "code",
    width: 15,
    description: regionColumnDescription(["community"]),
  },
  { key: "regionName", header: "所属区划", kind: "text", width: 28, description: "区（县）/街道/社区" },
  { key: "categories", header: "服务对象类别", kind: "text", width: 20, description: "多个以、分隔" },
  { key: "riskLevel", header: "风险等级", kind: "text", width: 8, description: "低/中/高" },
  { key: "isEmergency", header: "紧急", kind: "text", width: 6, description: "是/否" },
  { key: "status", header: "状态", kind: "text", width: 8, description: "在册/已停用" },
];
