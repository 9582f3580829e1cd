import { serviceDomains, serviceRecordMethods, serviceRecordTypes } from "@xinqiao/shared";
import type { ExcelColumn } from "../../platform/excel/index.ts";

/**
 * Spreadsheet columns of service records (服务记录), declared once so that the template (with the
 * dictionaries as dropdowns), the importer, the error report and the export agree. Case notes are
 * imported but never exported.
 */
export type ServiceRecordImportKey =
  | "caseNumber"
  | "clientIdNumber"
  | "clientName"
  | "clientBirthDate"
  | "serviceDate"
  | "minutes"
  | "method"
  | "type"
  | "domain"
  | "place"
  | "workers"
  | "volunteers"
  | "notes";

const listHint = "多项用顿号“、”或逗号分隔";

export const serviceRecordImportColumns: readonly ExcelColumn<ServiceRecordImportKey>[] = [
  {
    key: "caseNumber",
    header: "个案编号",
    kind: "code",
    width: 22,
    description: "关联个案的编号（如 GA330203-2026-000123），不填为独立服务；个案须处于进行中的阶段",
  },
  {
    key: "clientIdNumber",
    header: "服务对象身份证号",
    kind: "code",
    width: 22,
    description: "已登记服务对象的身份证号（本列须为文本格式）；无身份证号的服务对象填写姓名和出生日期",
  },
  { key: "clientName", header: "服务对象姓名", kind: "text", width: 12, description: "未填身份证号时必填" },
  {
    key: "clientBirthDate",
    header: "服务对象出生日期",
    kind: "date",
    width: 14,
    description: "未填身份证号时必填，与姓名一起确定唯一的服务对象",
  },
  {
    key: "serviceDate",
    header: "服务日期",
    kind: "date",
    width: 12,
    required: true,
    description: "不能晚于今天",
  },
  {
    key: "minutes",
    header: "服务时长（分钟）",
    kind: "integer",
    width: 12,
    required: true,
    description: "1–1440 的整数",
  },
  {
    key: "method",
    header: "服务方式",
    kind: "text",
    width: 10,
    required: true,
    allowedValues: Object.values(serviceRecordMethods),
    description: `可选：${Object.values(serviceRecordMethods).join("、")}`,
  },
  {
    key: "type",
    header: "服务类型",
    kind: "text",
    width: 12,
    required: true,
    allowedValues: serviceRecordTypes,
    description: `可选：${serviceRecordTypes.join("、")}`,
  },
  {
    key: "domain",
    header: "服务领域",
    kind: "text",
    width: 16,
    required: true,
    allowedValues: serviceDomains,
    description: `可选：${serviceDomains.join("、")}`,
  },
  { key: "place", header: "服务地点", kind: "text", width: 24, required: true, description: "不超过 200 字" },
  {
    key: "workers",
    header: "服务社工（用户名）",
    kind: "text",
    width: 20,
    required: true,
    description: `提供服务的社工在本系统的用户名，须在您的管辖范围内且账号有效，${listHint}`,
  },
  {
    key: "volunteers",
    header: "志愿者及时长",
    kind: "text",
    width: 30,
    description: `志愿者编号:小时，如 NB330203000123:2，${listHint}；时长记入志愿服务记录（民政部令第67号）与累计时长`,
  },
  {
    key: "notes",
    header: "服务记录（个案记录）",
    kind: "text",
    width: 40,
    description: "加密保存，不超过 5000 字",
  },
];

export type ServiceRecordExportKey =
  | "serviceDate"
  | "caseNumber"
  | "regionCode"
  | "regionName"
  | "startTime"
  | "endTime"
  | "minutes"
  | "method"
  | "type"
  | "domain"
  | "place"
  | "clients"
  | "workers"
  | "volunteerHours"
  | "status";

export const serviceRecordExportColumns: ExcelColumn<ServiceRecordExportKey>[] = [
  { key: "serviceDate", header: "服务日期", kind: "date", width: 12, description: "服务日期" },
  { key: "caseNumber", header: "个案编号", kind: "code", width: 22, description: "独立服务为空" },
  { key: "regionCode", header: "服务区划代码", kind: "code", width: 16, description: "12 位统计用区划代码" },
  { key: "regionName", header: "服务区划", kind: "text", width: 20, description: "个案或服务站点所在区划" },
  { key: "startTime", header: "开始时间", kind: "text", width: 8, description: "HH:MM" },
  { key: "endTime", header: "结束时间", kind: "text", width: 8, description: "HH:MM" },
  { key: "minutes", header: "服务时长（分钟）", kind: "integer", width: 12, description: "分钟" },
  { key: "method", header: "服务方式", kind: "text", width: 10, description: "个案/小组/社区" },
  { key: "type", header: "服务类型", kind: "text", width: 12, description: "服务类型" },
  { key: "domain", header: "服务领域", kind: "text", width: 16, description: "服务领域" },
  { key: "place", header: "服务地点", kind: "text", width: 24, description: "服务地点" },
  { key: "clients", header: "服务对象", kind: "text", width: 24, description: "服务对象姓名" },
  { key: "workers", header: "服务社工", kind: "text", width: 20, description: "服务社工姓名" },
  {
    key: "volunteerHours",
    header: "志愿服务时长（小时）",
    kind: "text",
    width: 14,
    description: "志愿者时长合计",
  },
  { key: "status", header: "状态", kind: "text", width: 8, description: "有效/已作废" },
];
