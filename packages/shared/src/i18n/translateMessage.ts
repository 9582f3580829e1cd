import { englishMessages } from "./messagesEn.ts";

/**
 * zh-CN is the language of record: the server, the shared schemas and the imports write their
 * messages in Chinese. A reader in English gets them through a catalogue keyed by the Chinese
 * text (as gettext keys by the source string), where `{name}` stands for a part that varies
 * ("长度不能超过 {n} 个字符"). A message is read as the house writes them — "字段：原因", several
 * reasons joined by "；" — and each part is looked up; a part the catalogue lacks stays Chinese
 * rather than being guessed.
 */
export type MessageLocale = "zh-CN" | "en-US";

interface Pattern {
  regex: RegExp;
  names: string[];
  english: string;
}

const exact = new Map<string, string>();
const patterns: Pattern[] = [];
for (const [chinese, english] of Object.entries(englishMessages)) {
  if (!chinese.includes("{")) {
    exact.set(chinese, english);
    continue;
  }
  const names: string[] = [];
  const source = chinese
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name) {
        names.push(name);
        return "(.+?)";
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
  patterns.push({ regex: new RegExp(`^${source}$`), names, english });
}

/** One phrase: an exact entry, else the first pattern that matches, else null. */
function translatePhrase(text: string): string | null {
  const trimmed = text.trim();
  const known = exact.get(trimmed);
  if (known !== undefined) return known;
  for (const pattern of patterns) {
    const match = pattern.regex.exec(trimmed);
    if (!match) continue;
    let english = pattern.english;
    pattern.names.forEach((name, index) => {
      const value = match[index + 1] ?? "";
      english = english.replaceAll(`{${name}}`, translatePhrase(value) ?? value);
    });
    return english;
  }
  return null;
}

/** `message` in `locale`; zh-CN answers it unchanged. */
export function translateMessage(message: string, locale: MessageLocale): string {
  if (locale === "zh-CN" || !/[\u3400-\u9fff]/.test(message)) return message;
  const whole = translatePhrase(message);
  if (whole !== null) return whole;
  const colon = message.indexOf("：");
  if (colon > 0) {
    const label = message.slice(0, colon);
    const reason = message.slice(colon + 1);
    return `${translatePhrase(label) ?? label}: ${translateReasons(reason)}`;
  }
  return translateReasons(message);
}

function translateReasons(text: string): string {
  return text
    .split("；")
    .map((part) => translatePhrase(part) ?? part)
    .join("; ");
}

/** The locale an Accept-Language header asks for: English when it prefers English, else zh-CN. */
export function messageLocaleOf(acceptLanguage: string | undefined): MessageLocale {
  const first = (acceptLanguage ?? "").split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en-US" : "zh-CN";
}
