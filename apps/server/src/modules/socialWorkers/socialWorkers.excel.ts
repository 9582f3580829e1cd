import {
  degreeEducationHours,
  educationLevels,
  employerKinds,
  employmentStatuses,
  professionalCertificates,
  qualificationLevels,
  registrationExpiryWarningDays,
  requiredEducationHours,
  serviceDomains,
} from "@xinqiao/shared";
import type { ExcelColumn } from "../../platform/excel/index.ts";

/**
 * The social workers spreadsheet: one column list for the template and the import, and the
 * export's columns (the same headers where they overlap, plus what is derived), so a complete
 * export can be corrected and imported again.
 */
export const yes = "是";
export const no = "否";

export const importTitle =
  "社会工作者导入模板（按身份证号更新：系统中已有的身份证号将更新该人员信息，不会重复新增）";

export type SocialWorkerImportKey =
  | "name"
  | "idNumber"
  | "phone"
  | "education"
  | "major"
  | "isSocialWorkMajor"
  | "qualificationLevel"
  | "certificateNumber"
  | "certificateDate"
  | "registrationDate"
  | "otherCertificates"
  | "employerKind"
  | "employerName"
  | "position"
  | "domains"
  | "employmentStatus"
  | "isIntroducedTalent"
  | "joinedOn";

export const importHeaders: Record<SocialWorkerImportKey, string> = {
  name: "姓名",
  idNumber: "身份证号",
  phone: "手机号",
  education: "学历",
  major: "所学专业",
  isSocialWorkMajor: "是否社会工作专业",
  qualificationLevel: "资格等级",
  certificateNumber: "证书编号",
  certificateDate: "发证日期",
  registrationDate: "登记日期",
  otherCertificates: "其他职业资格证书",
  employerKind: "工作单位类型",
  employerName: "工作单位名称",
  position: "岗位",
  domains: "服务领域",
  employmentStatus: "在岗状态",
  isIntroducedTalent: "是否引进人才",
  joinedOn: "入职日期",
};

const listSeparatorHint = "多个用顿号“、”或逗号分隔";

export const socialWorkerImportColumns: ExcelColumn<SocialWorkerImportKey>[] = [
  {
    key: "name",
    header: importHeaders.name,
    kind: "text",
    width: 12,
    required: true,
    description: "姓名，最多 50 个字",
  },
  {
    key: "idNumber",
    header: importHeaders.idNumber,
    kind: "code",
    width: 22,
    required: true,
    description:
      "18 位居民身份证号（15 位旧号码会自动升级），须为文本格式；性别和出生日期由身份证号自动得出。" +
      "导入规则：按身份证号更新——系统中已有该身份证号（且在您的管辖范围内）时以文件内容更新该人员的信息（留空的可选列会清空原有内容），否则新增；重复导入同一文件不会产生重复记录。",
  },
  {
    key: "phone",
    header: importHeaders.phone,
    kind: "code",
    width: 14,
    description: "11 位手机号码，以 13–19 开头，可不填",
  },
  {
    key: "education",
    header: importHeaders.education,
    kind: "text",
    width: 12,
    required: true,
    description: "最高学历",
    allowedValues: Object.values(educationLevels),
  },
  { key: "major", header: importHeaders.major, kind: "text", width: 16, description: "所学专业，可不填" },
  {
    key: "isSocialWorkMajor",
    header: importHeaders.isSocialWorkMajor,
    kind: "text",
    width: 10,
    description: "是否为社会工作专业，不填视为“否”",
    allowedValues: [yes, no],
  },
  {
    key: "qualificationLevel",
    header: importHeaders.qualificationLevel,
    kind: "text",
    width: 16,
    required: true,
    description: "社会工作者职业资格等级；持证人员须填写证书编号和发证日期，“无”则证书各列留空",
    allowedValues: Object.values(qualificationLevels),
  },
  {
    key: "certificateNumber",
    header: importHeaders.certificateNumber,
    kind: "code",
    width: 20,
    description: "职业资格证书编号",
  },
  {
    key: "certificateDate",
    header: importHeaders.certificateDate,
    kind: "date",
    width: 12,
    description: "证书签发日期，不晚于今天",
  },
  {
    key: "registrationDate",
    header: importHeaders.registrationDate,
    kind: "date",
    width: 12,
    description: "最近一次登记（或再登记）日期，不早于发证日期；登记有效期 3 年，到期日由系统计算",
  },
  {
    key: "otherCertificates",
    header: importHeaders.otherCertificates,
    kind: "text",
    width: 22,
    description: `其他职业资格证书，${listSeparatorHint}。可选：${professionalCertificates.join("、")}`,
  },
  {
    key: "employerKind",
    header: importHeaders.employerKind,
    kind: "text",
    width: 14,
    required: true,
    description: "工作单位的类型",
    allowedValues: Object.values(employerKinds),
  },
  {
    key: "employerName",
    header: importHeaders.employerName,
    kind: "text",
    width: 28,
    required: true,
    description:
      "工作单位的全称，须为系统中已登记、已启用且在您管辖范围内的服务平台、社会组织或社会工作部门；人员的所属区划即工作单位所在区划",
  },
  { key: "position", header: importHeaders.position, kind: "text", width: 14, description: "岗位，可不填" },
  {
    key: "domains",
    header: importHeaders.domains,
    kind: "text",
    width: 24,
    description: `服务领域，${listSeparatorHint}。可选：${serviceDomains.join("、")}`,
  },
  {
    key: "employmentStatus",
    header: importHeaders.employmentStatus,
    kind: "text",
    width: 10,
    required: true,
    description: "在岗状态",
    allowedValues: Object.values(employmentStatuses),
  },
  {
    key: "isIntroducedTalent",
    header: importHeaders.isIntroducedTalent,
    kind: "text",
    width: 10,
    description: "是否为引进人才，不填视为“否”",
    allowedValues: [yes, no],
  },
  {
    key: "joinedOn",
    header: importHeaders.joinedOn,
    kind: "date",
    width: 12,
    description: "入职日期，不晚于今天",
  },
];

const exported = (
  key: string,
  header: string,
  description: string,
  width = 12,
  kind: ExcelColumn["kind"] = "text",
) => ({
  key,
  header,
  description,
  width,
  kind,
});

/** Import columns plus what the system derives; headers of shared columns are the same. */
export const socialWorkerExportColumns: ExcelColumn[] = [
  ...socialWorkerImportColumns
    .slice(0, 2)
    .map((column) => ({ ...column, required: false, allowedValues: undefined })),
  exported("sex", "性别", "由身份证号得出", 8),
  exported("birthDate", "出生日期", "由身份证号得出；脱敏导出仅含年月", 12),
  ...socialWorkerImportColumns
    .slice(2)
    .map((column) => ({ ...column, required: false, allowedValues: undefined })),
  exported("registrationExpiry", "登记有效期至", "登记日期 + 3 年", 14, "date"),
  exported("region", "所属区划", "工作单位所在区划", 20),
  exported("district", "所属区（县）", "工作单位所在区（县）", 12),
  exported("isCertified", "是否持证", "资格等级不为“无”", 10),
  exported("isHighLevel", "是否高层次人才", "高级社会工作师，或硕士研究生及以上学历", 12),
  exported(
    "certificateCount",
    "职业资格证书数",
    "其他职业资格证书数，持有社会工作者职业资格的再加 1；2 个及以上为复合型人才",
    12,
    "integer",
  ),
  exported("isComposite", "是否复合型人才", "职业资格证书数 ≥ 2", 12),
  exported("educationCycle", "本继续教育周期", "自登记日期起每 3 年为一个周期，取今天所在周期", 24),
  exported(
    "educationHours",
    "本周期已完成学时",
    `本周期内登记的继续教育学时；本周期内取得学历（学位）的学历教育每项计 ${degreeEducationHours} 学时`,
    14,
  ),
  exported(
    "requiredHours",
    "本周期应完成学时",
    `助理社会工作师 ${requiredEducationHours.assistant} 学时，社会工作师及高级社会工作师 ${requiredEducationHours.intermediate} 学时`,
    14,
    "integer",
  ),
  exported("isEducationMet", "学时是否达标", "本周期已完成学时是否达到应完成学时", 12),
  exported("registrationAlert", "登记状态", `已过期，或 ${registrationExpiryWarningDays} 天内到期`, 14),
  exported("status", "状态", "启用或停用", 8),
  exported("isDemo", "演示数据", "是否为演示数据", 8),
];
