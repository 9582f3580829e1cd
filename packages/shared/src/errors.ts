/**
 * Stable error codes and their default zh-CN messages. The server sends the code and a message;
 * the web may translate by code. Codes never change meaning once published.
 */
export const errorCodes = {
  VALIDATION_FAILED: "请求参数有误",
  MALFORMED_JSON: "请求体不是合法的 JSON",
  UNAUTHENTICATED: "请先登录",
  SESSION_EXPIRED: "会话已过期，请重新登录",
  INVALID_CREDENTIALS: "用户名或密码错误",
  ACCOUNT_LOCKED: "连续登录失败次数过多，账号已锁定，请稍后再试",
  ACCOUNT_DISABLED: "账号已停用，请联系系统管理员",
  DEMO_ACCOUNT_REFUSED: "生产环境不允许使用演示账号",
  PASSWORD_CHANGE_REQUIRED: "请先修改密码",
  PASSWORD_POLICY: "密码不符合安全要求",
  CSRF_INVALID: "请求缺少有效的 CSRF 令牌，请刷新页面后重试",
  FORBIDDEN: "没有权限执行此操作",
  NOT_FOUND: "记录不存在",
  ROUTE_NOT_FOUND: "接口不存在",
  CONFLICT: "数据冲突",
  RATE_LIMITED: "请求过于频繁，请稍后再试",
  PAYLOAD_TOO_LARGE: "上传内容过大",
  IMPORT_FAILED: "导入失败，文件中存在错误行",
  INTERNAL: "服务器内部错误，请稍后再试",
} as const;

export type ErrorCode = keyof typeof errorCodes;

export interface ErrorField {
  path: string;
  message: string;
}

export interface ErrorEnvelope {
  error: { code: ErrorCode; message: string; fields?: ErrorField[] };
}
