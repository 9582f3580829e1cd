import { volunteerAvailability, volunteerSkills } from "@xinqiao/shared";
import type { ExcelColumn } from "../../platform/excel/index.ts";
import { regionColumnDescription } from "../../platform/importRegions.ts";

/**
 * Spreadsheet columns of the volunteers registry, declared once so that the template, the
 * importer, the error report and the export agree. The export carries every import column under
 * the same header, so an unmasked export can be edited and imported back (an upsert by ID number).
 */
export type VolunteerImportKey =
  | "name"
  | "idNumber"
  | "phone"
  | "volunteerNumber"
  | "regionCode"
  | "skills"
  | "availability"
  | "teams"
  | "registeredOn";

export const listSeparatorHint = "多项用顿号“、”或逗号分隔";

export const volunteerImportColumns: readonly ExcelColumn<VolunteerImportKey>[] = [
  { key: "name", header: "姓名", kind: "text", width: 12, required: true, description: "志愿者姓名" },
  {
    key: "idNumber",
    header: "身份证号",
    kind: "code",
    width: 22,
    required: true,
    description:
      "18 位居民身份证号（15 位旧号码自动升位），性别和出生日期由其得出。本列须为文本格式。已登记的身份证号再次导入时更新该志愿者，不会重复创建",
  },
  { key: "phone", header: "手机号", kind: "code", width: 14, description: "11 位手机号码，以 13–19 开头" },
  {
    key: "volunteerNumber",
    header: "志愿者编号",
    kind: "code",
    width: 18,
    description:
      "不填写时自动生成：NB + 6 位区县代码 + 6 位顺序号，如 NB330203000123；填写时须唯一，只能包含字母、数字和连字符",
  },
  {
    key: "regionCode",
    header: "所属区划代码",
    kind: "code",
    width: 16,
    required: true,
    description: `志愿者所属${regionColumnDescription(["street", "community"])}`,
  },
  {
    key: "skills",
    header: "技能特长",
    kind: "text",
    width: 24,
    description: `${listSeparatorHint}，可选：${volunteerSkills.join("、")}`,
  },
  {
    key: "availability",
    header: "可服务时间",
    kind: "text",
    width: 20,
    description: `${listSeparatorHint}，可选：${volunteerAvailability.join("、")}`,
  },
  {
    key: "teams",
    header: "所属队伍",
    kind: "text",
    width: 24,
    description: `已登记且在您管辖范围内的志愿服务队名称，${listSeparatorHint}；重复导入只会加入队伍，不会退出已有队伍`,
  },
  {
    key: "registeredOn",
    header: "注册日期",
    kind: "date",
    width: 12,
    description: "不填写时为导入当天；不能晚于今天",
  },
];

export type VolunteerExportKey =
  | VolunteerImportKey
  | "sex"
  | "birthDate"
  | "regionName"
  | "totalHours"
  | "starLevel"
  | "status";

const byKey = new Map(volunteerImportColumns.map((column) => [column.key, column]));
function importColumn(key: VolunteerImportKey): ExcelColumn<VolunteerExportKey> {
  const column = byKey.get(key);
  if (!column) throw new Error(`unknown column ${key}`);
  return { ...column, required: false };
}

export const volunteerExportColumns: ExcelColumn<VolunteerExportKey>[] = [
  importColumn("volunteerNumber"),
  importColumn("name"),
  importColumn("idNumber"),
  { key: "sex", header: "性别", kind: "text", width: 6, description: "由身份证号得出" },
  { key: "birthDate", header: "出生日期", kind: "date", width: 12, description: "由身份证号得出" },
  importColumn("phone"),
  importColumn("regionCode"),
  { key: "regionName", header: "所属区划", kind: "text", width: 28, description: "区（县）/街道/社区" },
  importColumn("skills"),
  importColumn("availability"),
  importColumn("teams"),
  importColumn("registeredOn"),
  {
    key: "totalHours",
    header: "累计服务时长（小时）",
    kind: "integer",
    width: 14,
    description: "服务记录累计时长",
  },
  { key: "starLevel", header: "星级", kind: "integer", width: 6, description: "按累计时长评定（0–5 星）" },
  { key: "status", header: "状态", kind: "text", width: 8, description: "在册/已停用" },
];

export type VolunteerTeamExportKey =
  | "name"
  | "regionCode"
  | "regionName"
  | "socialOrganization"
  | "leaderName"
  | "foundedOn"
  | "memberCount"
  | "totalHours"
  | "description"
  | "status";

export const volunteerTeamExportColumns: ExcelColumn<VolunteerTeamExportKey>[] = [
  { key: "name", header: "队伍名称", kind: "text", width: 28, description: "志愿服务队名称" },
  { key: "regionCode", header: "所属区划代码", kind: "code", width: 16, description: "12 位统计用区划代码" },
  { key: "regionName", header: "所属区划", kind: "text", width: 28, description: "区（县）/街道/社区" },
  {
    key: "socialOrganization",
    header: "组织单位",
    kind: "text",
    width: 28,
    description: "组织该队伍的社会组织",
  },
  { key: "leaderName", header: "负责人", kind: "text", width: 10, description: "队伍负责人" },
  { key: "foundedOn", header: "成立日期", kind: "date", width: 12, description: "成立日期" },
  { key: "memberCount", header: "队员人数", kind: "integer", width: 10, description: "当前队员人数" },
  {
    key: "totalHours",
    header: "队员累计时长（小时）",
    kind: "integer",
    width: 14,
    description: "队员累计服务时长之和",
  },
  { key: "description", header: "简介", kind: "text", width: 40, description: "队伍简介" },
  { key: "status", header: "状态", kind: "text", width: 8, description: "在册/已停用" },
];

export type VolunteerTeamImportKey =
  | "name"
  | "regionCode"
  | "socialOrganization"
  | "leaderName"
  | "foundedOn"
  | "description";

export const volunteerTeamImportColumns: readonly ExcelColumn<VolunteerTeamImportKey>[] = [
  {
    key: "name",
    header: "队伍名称",
    kind: "text",
    width: 28,
    required: true,
    description: "志愿服务队名称；同一区划内名称相同的队伍再次导入时更新该队伍，不会重复创建",
  },
  {
    key: "regionCode",
    header: "所属区划代码",
    kind: "code",
    width: 16,
    required: true,
    description: `队伍所属${regionColumnDescription(["district", "street", "community"])}`,
  },
  {
    key: "socialOrganization",
    header: "组织单位",
    kind: "text",
    width: 28,
    description: "组织该队伍的社会组织名称（须已在社会组织名册中登记且在您的管辖范围内），可不填",
  },
  { key: "leaderName", header: "负责人", kind: "text", width: 10, description: "队伍负责人姓名" },
  { key: "foundedOn", header: "成立日期", kind: "date", width: 12, description: "不能晚于今天" },
  { key: "description", header: "简介", kind: "text", width: 40, description: "不超过 500 字" },
];
