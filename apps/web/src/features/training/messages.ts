/** The training courses' strings. */
export const trainingMessagesZh = {
  "menu.training": "培训",
  "audit.entityName.course": "培训课程",
  "audit.entityName.courseEnrolment": "培训报名",
  "audit.actionName.course.create": "新建课程",
  "audit.actionName.course.update": "编辑课程",
  "audit.actionName.course.cancel": "取消课程",
  "audit.actionName.courseEnrolment.create": "报名",
  "audit.actionName.courseEnrolment.withdraw": "退出报名",
  "audit.actionName.courseEnrolment.attend": "签到",
  "audit.actionName.courseEnrolment.complete": "结业（计入继续教育学时）",
  "audit.actionName.courseEnrolment.completionCancel": "撤销结业（扣回学时）",
  "audit.entityName.trainingCompliance": "继续教育达标报表",
  "audit.actionName.trainingCompliance.export": "导出继续教育达标报表",
} as const;

export const trainingMessagesEn: Record<keyof typeof trainingMessagesZh, string> = {
  "menu.training": "Training",
  "audit.entityName.course": "Course",
  "audit.entityName.courseEnrolment": "Course enrolment",
  "audit.actionName.course.create": "Create course",
  "audit.actionName.course.update": "Edit course",
  "audit.actionName.course.cancel": "Cancel course",
  "audit.actionName.courseEnrolment.create": "Enrol",
  "audit.actionName.courseEnrolment.withdraw": "Withdraw enrolment",
  "audit.actionName.courseEnrolment.attend": "Sign in",
  "audit.actionName.courseEnrolment.complete": "Complete (hours into continuing education)",
  "audit.actionName.courseEnrolment.completionCancel": "Cancel completion (hours taken back)",
  "audit.entityName.trainingCompliance": "Continuing-education compliance report",
  "audit.actionName.trainingCompliance.export": "Export continuing-education compliance report",
};

declare module "../../i18n/featureMessages.ts" {
  interface FeatureMessages extends Record<keyof typeof trainingMessagesZh, string> {}
}
