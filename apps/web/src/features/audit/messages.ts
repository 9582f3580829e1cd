/**
 * Every UI string of the audit log. The names of the actions and entities are each module's
 * (`audit.actionName.<action>` in its messages.ts; messages.test.ts fails when one has none). An
 * entry written under an old name is shown with the name of the action it stands for today.
 */
export const auditMessagesZh = {
  "menu.audit": "审计日志",

  "audit.pageDescription": "系统中的每一次变更和敏感信息查看都会记录在此，日志不可修改或删除。",
  "audit.at": "时间",
  "audit.actor": "操作人",
  "audit.actorPlaceholder": "全部用户",
  "audit.system": "系统",
  "audit.action": "操作",
  "audit.actionPlaceholder": "全部操作（可输入名称搜索）",
  "audit.entity": "对象类型",
  "audit.entityPlaceholder": "全部类型",
  "audit.entityId": "对象编号",
  "audit.subject": "对象",
  "audit.subjectIdHint": "编号 {id}",
  "audit.result": "结果",
  "audit.success": "成功",
  "audit.failure": "失败",
  "audit.ip": "IP 地址",
  "audit.timeRange": "时间范围",
  "audit.field": "字段",
  "audit.before": "变更前",
  "audit.after": "变更后",
  "audit.wholeValue": "内容",
  "audit.noDetails": "无变更详情",

  "audit.fieldName.isResidentsDemo": "演示数据",
  "audit.fieldName.reason": "原因",
} as const;

export const auditMessagesEn: Record<keyof typeof auditMessagesZh, string> = {
  "menu.audit": "Audit Log",

  "audit.pageDescription":
    "Every change and every view of sensitive personal data is recorded here and cannot be edited.",
  "audit.at": "Time",
  "audit.actor": "User",
  "audit.actorPlaceholder": "All users",
  "audit.system": "System",
  "audit.action": "Action",
  "audit.actionPlaceholder": "All actions (type to search)",
  "audit.entity": "Entity",
  "audit.entityPlaceholder": "All kinds",
  "audit.entityId": "Entity id",
  "audit.subject": "Record",
  "audit.subjectIdHint": "ID {id}",
  "audit.result": "Result",
  "audit.success": "Success",
  "audit.failure": "Failure",
  "audit.ip": "IP address",
  "audit.timeRange": "Time range",
  "audit.field": "Field",
  "audit.before": "Before",
  "audit.after": "After",
  "audit.wholeValue": "Value",
  "audit.noDetails": "No change details",

  "audit.fieldName.isResidentsDemo": "Demo data",
  "audit.fieldName.reason": "Reason",
};

declare module "../../i18n/featureMessages.ts" {
  interface FeatureMessages extends Record<keyof typeof auditMessagesZh, string> {}
}
