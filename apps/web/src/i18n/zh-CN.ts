/**
 * Every UI string, in Chinese (the default language). Keys are flat and dotted; `{name}` marks a
 * parameter. en-US.ts must provide the same keys (the type enforces it). A feature's own strings
 * live in its messages.ts (both languages) and are merged in at the end; the rest are shared.
 */
import { auditMessagesZh } from "../features/audit/messages.ts";
import { platformsMessagesZh } from "../features/platforms/messages.ts";
import { regionsMessagesZh } from "../features/regions/messages.ts";
import { socialOrganizationsMessagesZh } from "../features/socialOrganizations/messages.ts";
import { socialWorkersMessagesZh } from "../features/socialWorkers/messages.ts";
import { usersMessagesZh } from "../features/users/messages.ts";
import { volunteersMessagesZh } from "../features/volunteers/messages.ts";

export const zhCN = {
  "app.name": "心桥 · 社会工作信息管理系统",
  "app.shortName": "心桥社工信息系统",
  "app.logoText": "桥",
  "app.documentTitle": "心桥 · 社会工作信息管理系统",

  "language.zhCN": "中文",
  "language.enUS": "English",

  "menu.home": "首页",

  "header.changePassword": "修改密码",
  "header.logout": "退出登录",

  "common.actions": "操作",
  "common.cancel": "取消",
  "common.close": "关闭",
  "common.confirm": "确定",
  "common.downloadTemplate": "下载模板",
  "common.edit": "编辑",
  "common.export": "导出",
  "common.import": "导入",
  "common.reset": "重置",
  "common.retry": "重试",
  "common.reveal": "查看",
  "common.revealHint": "查看完整信息将记录审计日志",
  "common.save": "保存",
  "common.search": "查询",
  "common.total": "共 {total} 条",
  "common.nameWithCode": "{name}（{code}）",
  "common.listSeparator": "；",
  "common.outOfScope": "不在您的管辖范围内",
  "error.withDetails": "{message}：{details}",

  "page.forbidden": "您没有访问此页面的权限",
  "page.notFound": "页面不存在",
  "page.backHome": "返回首页",
  "session.loadFailed": "无法连接服务器，请稍后重试",

  "login.title": "账号登录",
  "login.slogan": "架起党和政府联系群众的桥梁 · 社会工作服务信息化、智能化管理",
  "login.footer": "市委社会工作部 · 仅限授权人员使用，所有操作均记录审计日志",
  "login.username": "用户名",
  "login.usernamePlaceholder": "请输入用户名",
  "login.password": "密码",
  "login.passwordPlaceholder": "请输入密码",
  "login.submit": "登 录",
  "login.notice.expired": "登录已失效，请重新登录",
  "login.notice.idle": "长时间未操作，会话已过期，请重新登录",
  "login.notice.loggedOut": "您已安全退出登录",

  "password.title": "修改密码",
  "password.mustChange": "您的密码为初始密码、已被重置或已过期，请先修改密码后再使用系统。",
  "password.current": "当前密码",
  "password.new": "新密码",
  "password.confirm": "确认新密码",
  "password.policy": "至少 {min} 位，包含大写字母、小写字母、数字、符号中的至少三类，且不能包含用户名",
  "password.mismatch": "两次输入的密码不一致",
  "password.submit": "确认修改",
  "password.changed": "密码已修改",

  "regionLevel.city": "市",
  "regionLevel.district": "区（县）",
  "regionLevel.street": "街道（乡镇）",
  "regionLevel.community": "社区（村）",

  "home.title": "{name}概况",
  "home.totals.residents": "常住人口",
  "home.totals.streets": "街道（乡镇）",
  "home.totals.communities": "社区（村）",
  "home.chartTitle": "下级区划常住人口",
  "home.childrenTitle": "下级区划",

  "import.modeLabel": "导入方式",
  "import.mode.allOrNothing": "全部正确才导入（任一行有误则不导入）",
  "import.mode.validOnly": "仅导入正确的行，跳过有误的行",
  "import.dropHint": "点击或拖拽 Excel 文件到此处",
  "import.fileHint": "仅支持 .xlsx 格式，请使用下载的导入模板填写",
  "import.start": "开始导入",
  "import.summary": "共 {total} 行，正确 {valid} 行，已导入 {imported} 行，错误 {errors} 处",
  "import.refusedAllOrNothing": "文件中存在错误行，按“全部正确才导入”方式未导入任何数据。请修改后重新导入。",
  "import.skippedInvalid": "有误的行已跳过，可下载错误报告修改后重新导入。",
  "import.succeeded": "导入成功，共导入 {count} 行",
  "import.downloadReport": "下载错误报告",
  "import.phase.queued": "排队中…",
  "import.phase.parsing": "正在读取文件…",
  "import.phase.validating": "正在逐行校验…",
  "import.phase.writing": "正在写入数据…",
  "import.phase.done": "已完成",
  "import.reportFileName": "导入错误报告.xlsx",
  "import.column.row": "行号",
  "import.column.column": "列",
  "import.column.message": "错误信息",

  "error.VALIDATION_FAILED": "请求参数有误",
  "error.MALFORMED_JSON": "请求体不是合法的 JSON",
  "error.UNAUTHENTICATED": "请先登录",
  "error.SESSION_EXPIRED": "会话已过期，请重新登录",
  "error.INVALID_CREDENTIALS": "用户名或密码错误",
  "error.ACCOUNT_LOCKED": "连续登录失败次数过多，账号已锁定，请稍后再试",
  "error.ACCOUNT_DISABLED": "账号已停用，请联系系统管理员",
  "error.DEMO_ACCOUNT_REFUSED": "生产环境不允许使用演示账号",
  "error.PASSWORD_CHANGE_REQUIRED": "请先修改密码",
  "error.PASSWORD_POLICY": "密码不符合安全要求",
  "error.CSRF_INVALID": "请求缺少有效的 CSRF 令牌，请刷新页面后重试",
  "error.FORBIDDEN": "没有权限执行此操作",
  "error.NOT_FOUND": "记录不存在",
  "error.ROUTE_NOT_FOUND": "接口不存在",
  "error.CONFLICT": "数据冲突",
  "error.RATE_LIMITED": "请求过于频繁，请稍后再试",
  "error.PAYLOAD_TOO_LARGE": "上传内容过大",
  "error.IMPORT_FAILED": "导入失败，文件中存在错误行",
  "error.INTERNAL": "服务器内部错误，请稍后再试",
  "error.NETWORK": "无法连接服务器，请检查网络后重试",
  "error.UNKNOWN": "操作失败，请稍后重试",
  ...auditMessagesZh,
  ...platformsMessagesZh,
  ...regionsMessagesZh,
  ...socialOrganizationsMessagesZh,
  ...socialWorkersMessagesZh,
  ...usersMessagesZh,
  ...volunteersMessagesZh,
} as const;

export type MessageKey = keyof typeof zhCN;
