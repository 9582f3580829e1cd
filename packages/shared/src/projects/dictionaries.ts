/** The projects module's dictionaries: keys are stored, labels are shown (zh-CN). */
export const projectKinds = {
  brand: "品牌项目",
  purchased: "政府购买服务",
  venture: "公益创投",
  own: "自主项目",
} as const;
export type ProjectKind = keyof typeof projectKinds;
export const projectKindIds = Object.keys(projectKinds) as [ProjectKind, ...ProjectKind[]];

export const fundingSources = {
  fiscal: "财政资金",
  welfareLottery: "福彩公益金",
  charity: "慈善捐赠",
  enterprise: "企业资助",
  foundation: "基金会",
  other: "其他",
} as const;
export type FundingSource = keyof typeof fundingSources;
export const fundingSourceIds = Object.keys(fundingSources) as [FundingSource, ...FundingSource[]];
/**
 * Public money: the budget's 财政资金 and the civil-affairs-managed 福彩公益金. The rest is social
 * money, whose share is what "funding from a single source" is measured by.
 */
export const governmentFundingSources: readonly FundingSource[] = ["fiscal", "welfareLottery"];

export const budgetCategories = {
  personnel: "人员",
  activity: "活动",
  supplies: "物资",
  management: "管理",
  other: "其他",
} as const;
export type BudgetCategory = keyof typeof budgetCategories;
export const budgetCategoryIds = Object.keys(budgetCategories) as [BudgetCategory, ...BudgetCategory[]];

export const targetIndicators = {
  serviceVisits: "服务人次",
  cases: "个案数",
  sessions: "小组/活动场次",
  beneficiaries: "受益人数",
  volunteerHours: "志愿服务时长",
} as const;
export type TargetIndicator = keyof typeof targetIndicators;
export const targetIndicatorIds = Object.keys(targetIndicators) as [TargetIndicator, ...TargetIndicator[]];

export const projectImplementerKinds = {
  platform: "社工站（服务平台）",
  socialOrganization: "社会组织",
} as const;
export type ProjectImplementerKind = keyof typeof projectImplementerKinds;
export const projectImplementerKindIds = Object.keys(projectImplementerKinds) as [
  ProjectImplementerKind,
  ...ProjectImplementerKind[],
];
