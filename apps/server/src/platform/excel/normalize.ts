/**
 * Pure text/number normalisers shared by the reader and by modules validating imported values.
 * They never throw: unparseable input gives null so the caller can word the row's error.
 */

const FULL_WIDTH_OFFSET = 0xfee0;

/** Full-width digits, Latin letters and the ideographic space to ASCII; other characters untouched. */
export function toHalfWidth(text: string): string {
  return text.replace(/[０-９Ａ-Ｚａ-ｚ\u3000]/g, toAscii);
}

/**
 * Every full-width ASCII character (including ，．－／＋) to ASCII. Only for parsing numbers and
 * dates: applied to free text it would rewrite Chinese punctuation such as （）.
 */
export function toHalfWidthAscii(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, toAscii);
}

function toAscii(character: string): string {
  return character === "\u3000" ? " " : String.fromCharCode(character.charCodeAt(0) - FULL_WIDTH_OFFSET);
}

/**
 * How a typed label is compared with the one it means: full- and half-width alike (brackets
 * included), spaces and a required-marker "*" ignored, case ignored. Headers match by it, and so
 * do dictionary values ("乡镇(街道)社会工作服务站" is "乡镇（街道）社会工作服务站").
 */
export function looseMatchKey(text: string): string {
  return toHalfWidthAscii(text).replace(/[\s*]/g, "").toLowerCase();
}

/**
 * The entries of a multi-value cell: separated by 、 , ， ; ； / ／ or line breaks, trimmed,
 * empty entries dropped, each entry once.
 */
export function splitListCell(text: string | null | undefined): string[] {
  if (!text) return [];
  const entries = text
    .split(/[、,，;；/／\r\n]+/)
    .map((entry) => trimCellText(entry))
    .filter(Boolean);
  return [...new Set(entries)];
}

/** trim() plus the zero-width characters that copy-paste from web pages and chat apps leaves behind. */
export function trimCellText(text: string): string {
  return text.replace(/^[\s\u200b-\u200d\u2060\ufeff]+|[\s\u200b-\u200d\u2060\ufeff]+$/g, "");
}

const plainDecimal = new Intl.NumberFormat("en-US", { useGrouping: false, maximumFractionDigits: 20 });

/**
 * The number as the user saw it in Excel: 15 significant digits (Excel's precision, so binary
 * noise such as 0.30000000000000004 disappears), no exponent, no trailing ".0".
 */
export function numberToPlainText(value: number): string {
  if (!Number.isFinite(value)) return "";
  const rounded = Number(value.toPrecision(15));
  const text = String(rounded);
  return /e/i.test(text) ? plainDecimal.format(rounded) : text;
}

/** Accepts "1234", "1,234", "1234.0", full-width digits; null for anything else or beyond safe integers. */
export function parseInteger(value: string | null | undefined): number | null {
  if (value == null) return null;
  const text = toHalfWidthAscii(value).trim();
  const match = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.0+)?$/.exec(text);
  if (!match) return null;
  const number = Number(`${match[1]}${match[2]?.replaceAll(",", "")}`);
  return Number.isSafeInteger(number) ? number : null;
}

/**
 * Any decimal as people type it ("-5", "1,234.5", full-width digits), sign included: whether the
 * number is allowed (positive, whole, in range) is the schema's to say, with its own message,
 * rather than being lost in "not a number". Null only for text that is no number at all.
 */
export function parseDecimal(value: string | null | undefined): number | null {
  if (value == null) return null;
  const text = toHalfWidthAscii(value).trim();
  const match = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/.exec(text);
  if (!match) return null;
  const number = Number(`${match[1]}${match[2]?.replaceAll(",", "")}${match[3] ?? ""}`);
  return Number.isFinite(number) ? number : null;
}

/**
 * True when a digit code (typically an 18-digit ID number) was damaged by Excel storing it as a
 * number: it shows in scientific notation ("1.10105E+17", often pasted as text), or it came from a
 * numeric cell with 16+ digits — doubles keep 15 significant digits, the rest became zeros.
 */
export function looksLikeMangledIdNumber(value: string | null | undefined, wasNumericCell: boolean): boolean {
  if (!value) return false;
  const text = toHalfWidthAscii(value).trim();
  if (/^\d+(?:\.\d+)?e\+?\d+$/i.test(text)) return true;
  return wasNumericCell && /^\d{16,}$/.test(text);
}

/** The row message a module shows for a mangled code, e.g. mangledNumberMessage("身份证号"). */
export function mangledNumberMessage(header: string): string {
  return `${header}列须为文本格式（Excel 会截断超过 15 位的数字），请将该列设为文本后重新填写`;
}
