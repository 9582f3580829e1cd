/**
 * UI strings of attachments (附件): the panel any record's page mounts, and the audit log's names
 * for the module's actions and entity. Categories are keyed by the stored value.
 */
export const attachmentsMessagesZh = {
  "audit.actionName.attachment.upload": "上传附件",
  "audit.actionName.attachment.download": "下载附件",
  "audit.actionName.attachment.delete": "删除附件",
  "audit.entityName.attachment": "附件",
  "attachments.title": "附件",
  "attachments.upload": "上传附件",
  "attachments.uploaded": "已上传 {name}",
  "attachments.category": "附件类别",
  "attachments.category.consentForm": "知情同意书",
  "attachments.category.photo": "照片",
  "attachments.category.document": "文件",
  "attachments.category.other": "其他",
  "attachments.fileName": "文件名",
  "attachments.size": "大小",
  "attachments.createdBy": "上传人",
  "attachments.createdAt": "上传时间",
  "attachments.actions": "操作",
  "attachments.download": "下载",
  "attachments.delete": "删除",
  "attachments.deleteTitle": "删除附件：{name}",
  "attachments.deleteReason": "删除原因",
  "attachments.deleteReasonRequired": "请填写删除原因",
  "attachments.deleted": "已删除附件",
  "attachments.empty": "暂无附件",
  "attachments.hint":
    "支持 PDF、图片（JPG、PNG、GIF、WebP、HEIC）、Word、Excel、TXT，单个文件不超过 {size}；下载会记录审计日志。",
  "attachments.tooLarge": "{name} 超过 {size} 的大小上限",
};

export const attachmentsMessagesEn: Record<keyof typeof attachmentsMessagesZh, string> = {
  "audit.actionName.attachment.upload": "Upload an attachment",
  "audit.actionName.attachment.download": "Download an attachment",
  "audit.actionName.attachment.delete": "Delete an attachment",
  "audit.entityName.attachment": "Attachment",
  "attachments.title": "Attachments",
  "attachments.upload": "Upload",
  "attachments.uploaded": "Uploaded {name}",
  "attachments.category": "Category",
  "attachments.category.consentForm": "Signed consent form",
  "attachments.category.photo": "Photo",
  "attachments.category.document": "Document",
  "attachments.category.other": "Other",
  "attachments.fileName": "File name",
  "attachments.size": "Size",
  "attachments.createdBy": "Uploaded by",
  "attachments.createdAt": "Uploaded at",
  "attachments.actions": "Actions",
  "attachments.download": "Download",
  "attachments.delete": "Delete",
  "attachments.deleteTitle": "Delete attachment: {name}",
  "attachments.deleteReason": "Reason",
  "attachments.deleteReasonRequired": "Please give a reason",
  "attachments.deleted": "Attachment deleted",
  "attachments.empty": "No attachments",
  "attachments.hint":
    "PDF, images (JPG, PNG, GIF, WebP, HEIC), Word, Excel and TXT, up to {size} each; downloads are recorded in the audit log.",
  "attachments.tooLarge": "{name} is larger than the {size} limit",
};

declare module "../../i18n/featureMessages.ts" {
  interface FeatureMessages extends Record<keyof typeof attachmentsMessagesZh, string> {}
}
