/**
 * Dictionaries shared by server, web and Excel templates. Values are stable codes stored in the
 * database; labels are zh-CN (the web translates codes through its i18n files where it shows
 * them in English). PRODUCT.md is the source of each list.
 */
export const serviceDomains = [
  "社会救助",
  "养老服务",
  "儿童福利",
  "社区建设",
  "婚姻家庭",
  "青少年（心理健康）",
  "矛盾调解",
  "乡村振兴",
] as const;
export type ServiceDomain = (typeof serviceDomains)[number];

export const qualificationLevels = {
  none: "无",
  assistant: "助理社会工作师",
  intermediate: "社会工作师",
  senior: "高级社会工作师",
} as const;
export type QualificationLevel = keyof typeof qualificationLevels;

/** Continuing-education hours required per 3-year registration cycle. */
export const requiredEducationHours: Record<QualificationLevel, number> = {
  none: 0,
  assistant: 72,
  intermediate: 90,
  senior: 90,
};

/**
 * Kinds of continuing-education entries: training (培训) counts the hours entered; a degree
 * completed during the cycle (学历教育：取得学历/学位) counts a fixed number of hours instead.
 */
export const educationHourKinds = {
  training: "培训（继续教育）",
  degree: "学历教育（取得学历/学位）",
} as const;
export type EducationHourKind = keyof typeof educationHourKinds;

/** What a completed degree counts in the cycle it was completed in (PRODUCT.md: "counts 90 h"). */
export const degreeEducationHours = 90;

export const educationLevels = {
  high_school: "高中及以下",
  junior_college: "大专",
  bachelor: "本科",
  master: "硕士研究生",
  doctorate: "博士研究生",
} as const;
export type EducationLevel = keyof typeof educationLevels;

export const professionalCertificates = [
  "心理咨询师",
  "律师",
  "护士",
  "教师资格",
  "婚姻家庭咨询师",
  "养老护理员",
  "人民调解员",
  "康复治疗师",
] as const;

export const employerKinds = {
  platform: "服务平台",
  organization: "社会组织",
  department: "社会工作部门",
} as const;
export type EmployerKind = keyof typeof employerKinds;

export const employmentStatuses = { employed: "在岗", on_leave: "休假", left: "离职" } as const;

export const platformKinds = {
  center: "社会工作服务中心",
  station: "乡镇（街道）社会工作服务站",
  room: "社区社会工作服务室",
} as const;
export type PlatformKind = keyof typeof platformKinds;

export const platformStatuses = {
  planning: "筹建",
  operating: "运营",
  suspended: "暂停",
  revoked: "撤销",
} as const;
export type PlatformStatus = keyof typeof platformStatuses;

export const platformFacilities = [
  "办公场地",
  "个案室",
  "小组活动室",
  "培训室",
  "心理咨询室",
  "档案室",
  "多功能厅",
  "无障碍设施",
] as const;

/** A typical local standard for a station (PRODUCT.md): at least 2 workers and 20 m². */
export const stationStandard = { minimumWorkers: 2, minimumFloorArea: 20 } as const;

export const organizationTypes = ["社会团体", "社会服务机构", "基金会"] as const;
export type OrganizationType = (typeof organizationTypes)[number];

export const evaluationGrades = ["1A", "2A", "3A", "4A", "5A"] as const;

export const organizationStatuses = { active: "正常", suspended: "异常", deregistered: "注销" } as const;

export const volunteerSkills = [
  "陪伴探访",
  "心理疏导",
  "法律咨询",
  "医疗护理",
  "教育辅导",
  "文艺表演",
  "应急救援",
  "信息技术",
  "驾驶",
  "外语翻译",
] as const;

export const volunteerAvailability = ["工作日白天", "工作日晚上", "周末", "节假日"] as const;

/** Star levels by cumulative hours (1–5 stars), configurable in settings ("volunteer.starThresholds"). */
export const defaultStarThresholds = [100, 300, 600, 1000, 1500] as const;

export function starLevelOf(
  totalHours: number,
  thresholds: readonly number[] = defaultStarThresholds,
): number {
  return thresholds.filter((threshold) => totalHours >= threshold).length;
}

/** 服务对象类别 (a client may be in several). */
export const clientCategories = [
  "低保",
  "特困",
  "低边",
  "残疾",
  "独居老人",
  "空巢老人",
  "留守儿童",
  "困境儿童",
  "孤儿",
  "其他",
] as const;
export type ClientCategory = (typeof clientCategories)[number];

/** A client's risk level (风险等级); the emergency flag stands apart from it. */
export const clientRiskLevels = { low: "低", medium: "中", high: "高" } as const;
export type ClientRiskLevel = keyof typeof clientRiskLevels;

/** What a client consents to (同意事项). */
export const clientConsentKinds = {
  service: "接受服务",
  data_sharing: "信息共享",
  referral: "转介",
} as const;
export type ClientConsentKind = keyof typeof clientConsentKinds;
