import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import {
  civilAffairsCategories,
  employerKinds,
  errorCodes,
  platformKinds,
  type RegionLevel,
  regionLevels,
  translateMessage,
} from "@xinqiao/shared";
import { parseSync } from "vite";
import { describe, expect, it } from "vitest";
import { regionLevelNames } from "../src/platform/importRegions.ts";

/**
 * Every message the server and the shared schemas write in Chinese has its English in the shared
 * catalogue (packages/shared/src/i18n/messagesEn.ts). The source is read, not run: every string
 * and template literal that holds Chinese is taken for a message — wherever it stands: invalid(…),
 * conflict(…), notFound(…), new AppError(…), check.refuse(…), `message:`, a zod rule, a variable
 * or a return that becomes one, a field label — unless a rule below says why a user never reads it
 * as one (a log line, the Excel files' own text, data shown as data…). Each `${…}` becomes the
 * neutral sample "1", or, when it carries a dictionary label, a region level or an error code's
 * message, each value it can take (that text is looked up too). Read through
 * translateMessage(…, "en-US"), the message must have no Chinese left.
 */

const root = fileURLToPath(new URL("../../../", import.meta.url));
const scannedDirectories = ["apps/server/src", "packages/shared/src"];
const han = /[\u3400-\u9fff]/;

// ---------------------------------------------------------------- what is not a message

/** Files whose Chinese a user never reads as a message. */
const skippedFiles: { path: RegExp; reason: string }[] = [
  { path: /\.demo\.ts$|\/setup\/demoData\.ts$/, reason: "demo records: names and texts shown as data" },
  { path: /\.testing\.ts$/, reason: "fixtures of the tests" },
  {
    path: /\.excel\.ts$|\/platform\/excel\/(template|errorReport)\.ts$/,
    reason:
      "Excel templates and error reports: headers, descriptions, notes, sheet names (the Chinese files)",
  },
  { path: /\.export\.ts$/, reason: "Excel exports: cells and file names (the Chinese files users download)" },
  { path: /\/setup\/referenceData\.ts$/, reason: "names of the roles and departments: reference data" },
  {
    path: /\/shared\/src\/dictionaries\.ts$/,
    reason: "dictionary labels, shown as data; the ones a message embeds are checked as carried values",
  },
  {
    path: /\/src\/scripts\//,
    reason: "command-line scripts: output for the operator on the server's console",
  },
  { path: /\/shared\/src\/i18n\//, reason: "the catalogue itself" },
];

/** A property or variable of this name holds no message. */
const skippedNames: Record<string, string> = {
  summary: "a route's OpenAPI summary",
  description: "the API's OpenAPI description",
  title: "the OpenAPI title, or an import template's title row",
  tags: "the routes' OpenAPI tags",
  routes: "a table of routes, its text their OpenAPI summaries",
  what: "the noun of the bulk routes' OpenAPI summaries (registerBulkActivationRoutes)",
  sheetName: "an Excel sheet's name",
  reportFileName: "an import error report's file name",
  column: "an import problem's column: a header of the Chinese file, shown apart from the message",
  "zh-CN":
    "one language of a bilingual text (the analytics catalogue's names): its English stands beside it as en-US",
};

/** A literal passed to such a call holds no message. */
const skippedCallees: Record<string, string> = {
  Error: "a plain Error never reaches the user (the answer is 服务器内部错误); its text is logged",
  join: "a separator (、 或 ；) between the parts of a message",
  dictionaryOfPairs: "an import dictionary's labels: the values users type in the Chinese file",
  sendXlsx: "an Excel file's name",
};

/** Literals inside these functions hold no message. */
const skippedFunctions: Record<string, string> = {
  regionColumnDescription: "the region column's description in the Excel templates",
  periodLabel: "a period's label, written in each language by the function itself",
};

/** Skipped by what the literal is, wherever it is. */
const structural = {
  type: "a type",
  key: "a property's name",
  compared: "compared with, not made",
  log: "a log line",
  routeTable: "a table of routes iterated to register them, its text their OpenAPI summaries",
};

const loggers = /^(console|log|logger|[\w.]+\.log|[\w.]+\.logger)$/;

// ---------------------------------------------------------------- values a ${…} carries

const levelNames = (levels: readonly RegionLevel[]) => levels.map((level) => regionLevelNames[level]);
/** The levels a registry or a role may be placed at, joined by 或: every run of adjacent levels. */
const levelRuns = regionLevels.flatMap((_, start) =>
  regionLevels
    .slice(start)
    .map((_, length) => levelNames(regionLevels.slice(start, start + length + 1)).join("或")),
);
/** The entities the modules' scopedLoader names, for scope.ts's "…不存在" (read from the source). */
const scopedEntities = new Set<string>();

/**
 * `${…}` whose value is Chinese from a known set: the message is checked with each value. A name
 * a user typed (a person, a region, a team) stays as written and is sampled as "1".
 */
const carriers: { expression: RegExp; values: (match: RegExpExecArray) => readonly string[] }[] = [
  { expression: /^errorCodes\.(\w+)$/, values: (m) => [errorCodes[m[1] as keyof typeof errorCodes]] },
  { expression: /^platformKinds\[/, values: () => Object.values(platformKinds) },
  { expression: /^employerKinds\[/, values: () => Object.values(employerKinds) },
  { expression: /^parsed\.civilAffairsType$/, values: () => Object.values(civilAffairsCategories) },
  { expression: /^(regionLevelNames|levelNames)\[[^\]]+\]$/, values: () => levelNames(regionLevels) },
  {
    expression: /\.map\(\(level\) => (regionLevelNames|names)\[level\]\)\s*\.join\("或"\)$/,
    values: () => levelRuns,
  },
  { expression: /^what$/, values: () => [...scopedEntities] },
];

// ---------------------------------------------------------------- the scan

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

interface Message {
  file: string;
  line: number;
  /** The texts the literal stands for, each `${…}` replaced by a sample. */
  texts: string[];
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

const isNode = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && typeof (value as Node).type === "string";

function children(node: Node): Node[] {
  return Object.values(node).flatMap((value) =>
    Array.isArray(value) ? value.filter(isNode) : isNode(value) ? [value] : [],
  );
}

function nameOf(node: unknown): string | undefined {
  if (!isNode(node)) return undefined;
  if (node.type === "Identifier") return node.name as string;
  if (node.type === "Literal") return String(node.value);
  if (node.type === "MemberExpression") return nameOf(node.property);
  return undefined;
}

const cooked = (quasi: Node | undefined): string =>
  (quasi?.value as { cooked?: string } | undefined)?.cooked ?? "";

/** Nodes a literal passes through on its way to where it is used. */
const passedThrough = new Set([
  "ConditionalExpression",
  "LogicalExpression",
  "TemplateLiteral",
  "ParenthesizedExpression",
  "TSAsExpression",
  "TSSatisfiesExpression",
  "TSNonNullExpression",
  "ArrayExpression",
  "SpreadElement",
]);

/** Why the literal, under `ancestors`, is no message; null when it is one. */
function skipReason(literal: Node, ancestors: readonly Node[], source: string): string | null {
  for (const node of ancestors) {
    const name = node.type === "FunctionDeclaration" ? nameOf(node.id) : undefined;
    if (name && skippedFunctions[name]) return skippedFunctions[name];
  }
  let child = literal;
  for (let index = ancestors.length - 1; index >= 0; index--) {
    const parent = ancestors[index] as Node;
    const concatenated = parent.type === "BinaryExpression" && parent.operator === "+";
    // `[…].filter(…).join("；")`: the array's literals are used where the call's result is.
    const chained =
      (parent.type === "MemberExpression" && parent.object === child) ||
      (parent.type === "CallExpression" && parent.callee === child);
    if (concatenated || chained || passedThrough.has(parent.type)) {
      child = parent;
      continue;
    }
    switch (parent.type) {
      case "TSLiteralType":
        return structural.type;
      case "BinaryExpression":
        return structural.compared;
      case "ForOfStatement":
        return structural.routeTable;
      case "Property":
        if (parent.key === child && !parent.computed) return structural.key;
        return skippedNames[nameOf(parent.key) ?? ""] ?? null;
      case "VariableDeclarator":
        return skippedNames[nameOf(parent.id) ?? ""] ?? null;
      case "CallExpression":
      case "NewExpression": {
        const callee = parent.callee as Node;
        const reason = skippedCallees[nameOf(callee) ?? ""];
        if (reason) return reason;
        const object = callee.type === "MemberExpression" ? (callee.object as Node) : null;
        if (object && loggers.test(source.slice(object.start, object.end))) return structural.log;
        return null;
      }
      default:
        return null;
    }
  }
  return null;
}

function carriedValues(expression: string): readonly string[] | null {
  for (const carrier of carriers) {
    const match = carrier.expression.exec(expression);
    if (match) return carrier.values(match);
  }
  return null;
}

/** The texts a literal stands for: each `${…}` replaced by its samples, every combination. */
function textsOf(literal: Node, source: string): string[] {
  if (literal.type === "Literal") return [String(literal.value)];
  const quasis = literal.quasis as Node[];
  let texts = [cooked(quasis[0])];
  (literal.expressions as Node[]).forEach((expression, index) => {
    const values = carriedValues(source.slice(expression.start, expression.end).trim()) ?? ["1"];
    const after = cooked(quasis[index + 1]);
    texts = texts.flatMap((text) => values.map((value) => `${text}${value}${after}`));
  });
  return texts;
}

/** A literal with Chinese of its own, or a template that carries some in a `${…}`. */
function holdsChinese(literal: Node, source: string): boolean {
  if (literal.type === "Literal") return typeof literal.value === "string" && han.test(literal.value);
  if (literal.type !== "TemplateLiteral") return false;
  return (
    (literal.quasis as Node[]).some((quasi) => han.test(cooked(quasi))) ||
    (literal.expressions as Node[]).some(
      (expression) => carriedValues(source.slice(expression.start, expression.end).trim()) !== null,
    )
  );
}

function scan(): { messages: Message[]; skipped: Map<string, number> } {
  const messages: Message[] = [];
  const skipped = new Map<string, number>();
  const skip = (reason: string) => skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
  const parsed: { file: string; source: string; program: Node }[] = [];
  for (const path of scannedDirectories.flatMap((directory) => sourceFiles(join(root, directory))).sort()) {
    const file = relative(root, path);
    const fileRule = skippedFiles.find((rule) => rule.path.test(`/${file}`));
    if (fileRule) {
      skip(fileRule.reason);
      continue;
    }
    const source = readFileSync(path, "utf8");
    const result = parseSync(path, source, { lang: "ts", sourceType: "module" });
    if (result.errors.length > 0) throw new Error(`${file}: ${result.errors[0]?.message}`);
    parsed.push({ file, source, program: result.program as unknown as Node });
  }

  const collectEntities = (node: Node) => {
    if (node.type === "CallExpression" && nameOf(node.callee) === "scopedLoader") {
      for (const argument of node.arguments as Node[]) {
        if (argument.type === "Literal" && typeof argument.value === "string")
          scopedEntities.add(argument.value);
      }
    }
    children(node).forEach(collectEntities);
  };
  for (const { program } of parsed) collectEntities(program);

  for (const { file, source, program } of parsed) {
    const visit = (node: Node, ancestors: Node[]) => {
      if ((node.type === "Literal" || node.type === "TemplateLiteral") && holdsChinese(node, source)) {
        const reason = skipReason(node, ancestors, source);
        if (reason) skip(reason);
        else {
          const line = source.slice(0, node.start).split("\n").length;
          messages.push({ file, line, texts: textsOf(node, source) });
        }
      }
      // A template's own `${…}` may hold literals of its own: they are visited too.
      const path = [...ancestors, node];
      for (const child of children(node)) visit(child, path);
    };
    visit(program, []);
  }
  return { messages, skipped };
}

// ---------------------------------------------------------------- the checks

describe("the English message catalogue", () => {
  const { messages, skipped } = scan();
  const texts = new Set(messages.flatMap((message) => message.texts));

  it("finds the messages where they are made", () => {
    // A few of each kind, so that a scan that silently finds nothing cannot pass.
    for (const expected of [
      "与第 1 行重复", // importFlow's duplicate row
      "不能为空", // zod and import rows
      "时长：兑换时长不能超过可用余额 1 小时", // a service's field message
      "文件中没有数据：请在表头下方填写数据", // the Excel reader
      "所属区划", // a field label
      "社会工作者不存在", // scope.ts's message, with an entity scopedLoader names
      "该区划已有同名的乡镇（街道）社会工作服务站“1”", // a dictionary label carried
      "所属区划：该角色只能设在区（县）或街道（乡镇）一级", // region levels carried
      "请求参数有误（1）", // an error code's message carried
    ]) {
      expect(texts, expected).toContain(expected);
    }
    expect(messages.length).toBeGreaterThan(250);
  });

  it("reads every message in English", () => {
    const offenders = new Set(
      messages.flatMap((message) =>
        message.texts
          .map((text) => ({ text, english: translateMessage(text, "en-US") }))
          .filter(({ english }) => han.test(english))
          .map(({ text, english }) => `${message.file}:${message.line}  ${text}\n    → ${english}`),
      ),
    );
    expect(
      [...offenders],
      `${offenders.size} messages have no English in packages/shared/src/i18n/messagesEn.ts:\n${[...offenders].join("\n")}\n`,
    ).toEqual([]);
  });

  it("skips by rules that still apply", () => {
    // A rule that no longer skips anything is stale: remove it rather than let it hide a message later.
    for (const reason of [
      ...skippedFiles.map((rule) => rule.reason),
      ...Object.values(skippedNames),
      ...Object.values(skippedCallees),
      ...Object.values(skippedFunctions),
    ]) {
      expect(skipped.has(reason), reason).toBe(true);
    }
  });
});
