import { z } from "zod";

/**
 * Plain zh-CN validation messages for the common cases (zod's own zh-CN locale is terse and
 * mixes in English type names); everything else falls back to that locale. Installed by
 * importing this package, so server and web speak the same words.
 */
const typeNames: Record<string, string> = {
  string: "文本",
  number: "数字",
  int: "整数",
  boolean: "布尔值",
  object: "对象",
  array: "列表",
  date: "日期",
};

const fallback = z.locales.zhCN().localeError;

export const zhCNErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "不能为空";
      return `类型错误，应为${typeNames[issue.expected] ?? issue.expected}`;
    case "too_big":
      if (issue.origin === "string") return `长度不能超过 ${issue.maximum} 个字符`;
      if (issue.origin === "array") return `最多 ${issue.maximum} 项`;
      return `不能大于 ${issue.maximum}`;
    case "too_small":
      if (issue.origin === "string")
        return Number(issue.minimum) <= 1 ? "不能为空" : `长度至少 ${issue.minimum} 个字符`;
      if (issue.origin === "array") return `至少 ${issue.minimum} 项`;
      return `不能小于 ${issue.minimum}`;
    case "invalid_value":
      if (issue.input === undefined) return "不能为空";
      return `取值无效，可选值：${issue.values.map(String).join("、")}`;
    case "unrecognized_keys":
      return `不允许的字段：${issue.keys.join("、")}`;
    default:
      return fallback(issue);
  }
};

z.config({ localeError: zhCNErrorMap });
