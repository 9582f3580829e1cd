/** The projects' strings. */
export const projectsMessagesZh = {
  "menu.projects": "项目与资金",
  "audit.entityName.project": "项目",
  "audit.entityName.projectBudgetLine": "项目预算科目",
  "audit.entityName.projectReceipt": "项目到账",
  "audit.entityName.projectExpenditure": "项目支出",
  "audit.actionName.project.create": "新建项目",
  "audit.actionName.project.update": "编辑项目",
  "audit.actionName.project.transition": "项目流转",
  "audit.actionName.project.progress": "登记项目进展",
  "audit.actionName.projectExpenditure.overspend": "超预算支出",
  "audit.actionName.projectBudgetLine.create": "新增预算科目",
  "audit.actionName.projectBudgetLine.update": "调整预算科目",
  "audit.actionName.projectReceipt.create": "登记到账",
  "audit.actionName.projectReceipt.reverse": "冲销到账",
  "audit.actionName.projectExpenditure.create": "登记支出",
  "audit.actionName.projectExpenditure.reverse": "冲销支出",
} as const;

export const projectsMessagesEn: Record<keyof typeof projectsMessagesZh, string> = {
  "menu.projects": "Projects & funding",
  "audit.entityName.project": "Project",
  "audit.entityName.projectBudgetLine": "Project budget line",
  "audit.entityName.projectReceipt": "Project receipt",
  "audit.entityName.projectExpenditure": "Project expenditure",
  "audit.actionName.project.create": "Create project",
  "audit.actionName.project.update": "Edit project",
  "audit.actionName.project.transition": "Project step",
  "audit.actionName.project.progress": "Record project progress",
  "audit.actionName.projectExpenditure.overspend": "Expenditure over budget",
  "audit.actionName.projectBudgetLine.create": "Add budget line",
  "audit.actionName.projectBudgetLine.update": "Change budget line",
  "audit.actionName.projectReceipt.create": "Record receipt",
  "audit.actionName.projectReceipt.reverse": "Reverse receipt",
  "audit.actionName.projectExpenditure.create": "Record expenditure",
  "audit.actionName.projectExpenditure.reverse": "Reverse expenditure",
};

declare module "../../i18n/featureMessages.ts" {
  interface FeatureMessages extends Record<keyof typeof projectsMessagesZh, string> {}
}
