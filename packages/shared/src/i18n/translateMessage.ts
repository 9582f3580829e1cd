import { englishMessages } from "./messagesEn.ts";

/**
 * zh-CN is the language of record: the server, the shared schemas and the imports write their
 * messages in Chinese. A reader in English gets them through a catalogue keyed by the Chinese
 * text (as gettext keys by the source string), where `{name}` stands for a part that varies
 * ("长度不能超过 {n} 个字符"). A message is read as the house writes them — "字段：原因", several
 * reasons joined by "；" — and each part is looked up; a part the catalogue lacks stays Chinese
 * rather than being guessed. Where a text can be read more than one way (whole, as reasons, as
 * "label：reasons"; by a general or a more specific pattern), the reading that leaves the least
 * Chinese wins — the more specific one on a tie — so that entries need no particular order.
 */
export type MessageLocale = "zh-CN" | "en-US";

interface Pattern {
  regex: RegExp;
  names: string[];
  english: string;
  /** How much of the key is fixed text: the more, the more specific the pattern. */
  fixed: number;
}

const han = /[\u3400-\u9fff]/;
const hanLeft = (text: string): number => text.match(/[\u3400-\u9fff]/g)?.length ?? 0;

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
  patterns.push({
    regex: new RegExp(`^${source}$`),
    names,
    english,
    fixed: chinese.replace(/\{\w+\}/g, "").length,
  });
}
patterns.sort((a, b) => b.fixed - a.fixed);

/**
 * One phrase: an exact entry, else the matching pattern whose reading leaves the least Chinese
 * (a varying part is itself looked up, and stays as written when it is a name), else null.
 */
function translatePhrase(text: string): string | null {
  const trimmed = text.trim();
  const known = exact.get(trimmed);
  if (known !== undefined) return known;
  let best: string | null = null;
  let bestLeft = Number.POSITIVE_INFINITY;
  for (const pattern of patterns) {
    const match = pattern.regex.exec(trimmed);
    if (!match) continue;
    let english = pattern.english;
    pattern.names.forEach((name, index) => {
      const value = match[index + 1] ?? "";
      const carried = han.test(value) ? (translatePhrase(value) ?? value) : value;
      english = english.replaceAll(`{${name}}`, () => carried);
    });
    const left = hanLeft(english);
    if (left < bestLeft) {
      best = english;
      bestLeft = left;
      if (left === 0) break;
    }
  }
  return best;
}

/** `message` in `locale`; zh-CN answers it unchanged. */
export function translateMessage(message: string, locale: MessageLocale): string {
  if (locale === "zh-CN" || !han.test(message)) return message;
  const colon = message.indexOf("：");
  const readings = [
    translatePhrase(message),
    translateReasons(message),
    colon > 0
      ? `${translatePhrase(message.slice(0, colon)) ?? message.slice(0, colon)}: ${translateReasons(message.slice(colon + 1))}`
      : null,
  ];
  let best = message;
  let bestLeft = Number.POSITIVE_INFINITY;
  for (const reading of readings) {
    if (reading === null) continue;
    const left = hanLeft(reading);
    if (left < bestLeft) {
      best = reading;
      bestLeft = left;
    }
  }
  return best;
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
