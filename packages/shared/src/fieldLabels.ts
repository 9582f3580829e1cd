/**
 * zh-CN names of request fields, so that a validation message can name the field the user sees
 * ("用户名：长度不能超过 50 个字符"). Keyed by the last segment of the field's path.
 */
export const fieldLabels: Record<string, string> = {
  // A record's id in the URL (/api/platforms/abc): the number in the address, not a form field.
  id: "记录编号",
  username: "用户名",
  password: "密码",
  currentPassword: "当前密码",
  newPassword: "新密码",
  displayName: "姓名",
  roleId: "角色",
  organizationId: "所属单位",
  regionCode: "所属区划",
  isActive: "状态",
  phone: "手机号",
  page: "页码",
  pageSize: "每页条数",
  sort: "排序",
  q: "搜索关键词",
  parent: "上级区划",
  code: "区划代码",
  residents: "常住人口",
  userId: "用户",
  action: "操作",
  entity: "对象类型",
  from: "开始时间",
  to: "结束时间",
  mode: "导入方式",
};
