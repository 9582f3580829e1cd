import { clientCategories, clientRiskLevels } from "@xinqiao/shared";
import type { ExcelColumn } from "../../platform/excel/index.ts";
import { regionColumnDescription } from "../../platform/importRegions.ts";

/** The clients export's columns (the import takes the same headers for the same columns). */
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

/* ——— Import ——— */

export type ClientImportKey =
  | "name"
  | "idNumber"
  | "sex"
  | "birthDate"
  | "phone"
  | "address"
  | "regionCode"
  | "categories"
  | "riskLevel"
  | "isEmergency"
  | "guardianName"
  | "guardianRelation";

const listHint = "多项用顿号“、”或逗号分隔";

/**
 * The import template's columns, under the export's headers where both have the column, so an
 * unmasked export can be completed and imported. Dictionary columns take the label or the code.
 */
export const clientImportColumns: readonly ExcelColumn<ClientImportKey>[] = [
  { key: "name", header: "姓名", kind: "text", width: 10, required: true, description: "服务对象姓名" },
  {
    key: "idNumber",
    header: "身份证号",
    kind: "code",
    width: 22,
    description:
      "18 位居民身份证号（本列须为文本格式），性别和出生日期由其得出；没有身份证号的可不填，此时须填性别和出生日期。已登记的身份证号不能再次导入",
  },
  {
    key: "sex",
    header: "性别",
    kind: "text",
    width: 6,
    allowedValues: ["男", "女"],
    description: "男/女；未填身份证号时必填，填了则须与身份证号一致",
  },
  {
    key: "birthDate",
    header: "出生日期",
    kind: "date",
    width: 12,
    description: "如 1950-03-01；未填身份证号时必填，填了则须与身份证号一致",
  },
  { key: "phone", header: "手机号", kind: "code", width: 14, description: "11 位手机号码，可不填" },
  { key: "address", header: "住址", kind: "text", width: 30, description: "不超过 200 字，可不填" },
  {
    key: "regionCode",
    header: "区划代码",
    kind: "code",
    width: 15,
    required: true,
    description: `服务对象所在的${regionColumnDescription(["community"])}`,
  },
  {
    key: "categories",
    header: "服务对象类别",
    kind: "text",
    width: 20,
    description: `${listHint}，可选：${clientCategories.join("、")}`,
  },
  {
    key: "riskLevel",
    header: "风险等级",
    kind: "text",
    width: 8,
    allowedValues: Object.values(clientRiskLevels),
    description: "低/中/高，不填为低",
  },
  {
    key: "isEmergency",
    header: "紧急",
    kind: "text",
    width: 6,
    allowedValues: ["是", "否"],
    description: "是/否，不填为否",
  },
  {
    key: "guardianName",
    header: "监护人姓名",
    kind: "text",
    width: 10,
    description: "未成年人或无民事行为能力人的监护人，可不填",
  },
  {
    key: "guardianRelation",
    header: "监护人关系",
    kind: "text",
    width: 10,
    description: "如 父亲、母亲、祖母，可不填",
  },
];
