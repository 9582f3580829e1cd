import { attributeOf, XmlScanner } from "./xmlScanner.ts";
import {
  readZipEntries,
  readZipEntry,
  type ZipEntry,
  ZipPartTooLargeError,
  zipEntryChunks,
} from "./zipArchive.ts";

/**
 * What a sheet's cells need from the rest of the workbook: the sheets in the order the user sees
 * them (names, hidden or not), the shared strings, which cell styles are dates, and the 1904 date
 * system flag. Every part is looked up by name, so the order of the zip's entries never matters.
 */
export interface WorkbookSheet {
  name: string;
  visible: boolean;
  /** Undefined when the workbook names a sheet part the file lacks. */
  entry: ZipEntry | undefined;
}

export interface Workbook {
  buffer: Buffer;
  sheets: WorkbookSheet[];
  sharedStrings: string[];
  /** By cell style index (the `s` attribute): whether its number format shows a date or time. */
  dateStyles: boolean[];
  date1904: boolean;
}

/** Parts other than sheets and shared strings are small; a larger one is not a real workbook. */
const MAX_SMALL_PART_BYTES = 8 * 1024 * 1024;
/** Shared strings are kept for the whole read: bounded so that one upload cannot exhaust memory. */
const MAX_SHARED_STRING_CHARS = 64 * 1024 * 1024;

export async function openWorkbook(buffer: Buffer): Promise<Workbook> {
  const entries = readZipEntries(buffer);
  const part = (name: string) => entries.get(name.toLowerCase());
  const small = (entry: ZipEntry) => readZipEntry(buffer, entry, MAX_SMALL_PART_BYTES).toString("utf8");

  const packageRels = part("_rels/.rels");
  const workbookPath =
    (packageRels && relationshipsOf(small(packageRels), "").find(isType("officeDocument"))?.target) ??
    "xl/workbook.xml";
  const workbookEntry = part(workbookPath);
  if (!workbookEntry) throw new Error(`workbook part ${workbookPath} missing`);
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf("/") + 1);
  const relsEntry = part(`${folder}_rels/${workbookPath.slice(folder.length)}.rels`);
  const rels = relsEntry ? relationshipsOf(small(relsEntry), folder) : [];
  const { sheets, date1904 } = workbookSheets(small(workbookEntry));

  const stylesEntry = part(rels.find(isType("styles"))?.target ?? `${folder}styles.xml`);
  const sharedStringsEntry = part(rels.find(isType("sharedStrings"))?.target ?? `${folder}sharedStrings.xml`);
  return {
    buffer,
    sheets: sheets.map((sheet) => ({
      name: sheet.name,
      visible: sheet.visible,
      entry: part(rels.find((rel) => rel.id === sheet.relationshipId)?.target ?? ""),
    })),
    sharedStrings: sharedStringsEntry ? await sharedStrings(buffer, sharedStringsEntry) : [],
    dateStyles: stylesEntry ? dateStylesOf(small(stylesEntry)) : [],
    date1904,
  };
}

interface Relationship {
  id: string;
  /** The last segment of the type URI: officeDocument, worksheet, styles, sharedStrings… */
  type: string;
  /** The part's name, resolved against the folder of the part that refers to it. */
  target: string;
}

function relationshipsOf(xml: string, folder: string): Relationship[] {
  const found: Relationship[] = [];
  eachElement(xml, "Relationship", (attributes) => {
    const type = attributeOf(attributes, "Type") ?? "";
    const target = attributeOf(attributes, "Target");
    if (!target || attributeOf(attributes, "TargetMode") === "External") return;
    found.push({
      id: attributeOf(attributes, "Id") ?? "",
      type: type.slice(type.lastIndexOf("/") + 1),
      target: resolvePath(folder, target),
    });
  });
  return found;
}

function isType(type: string): (relationship: Relationship) => boolean {
  return (relationship) => relationship.type === type;
}

function resolvePath(folder: string, target: string): string {
  const segments = target.startsWith("/") ? [] : folder.split("/").filter(Boolean);
  for (const segment of target.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment && segment !== ".") segments.push(segment);
  }
  return segments.join("/");
}

function workbookSheets(xml: string) {
  const sheets: { name: string; visible: boolean; relationshipId: string }[] = [];
  let date1904 = false;
  eachElement(xml, "workbookPr", (attributes) => {
    const value = attributeOf(attributes, "date1904");
    date1904 = value === "1" || value === "true";
  });
  eachElement(xml, "sheet", (attributes) => {
    const state = attributeOf(attributes, "state");
    sheets.push({
      name: attributeOf(attributes, "name") ?? "",
      visible: state === undefined || state === "visible",
      // Written r:id, but the prefix is whatever the file bound to the relationships namespace.
      relationshipId: /(?:^|\s)[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(attributes)?.[1] ?? "",
    });
  });
  return { sheets, date1904 };
}

async function sharedStrings(buffer: Buffer, entry: ZipEntry): Promise<string[]> {
  const strings: string[] = [];
  let text = "";
  let isInPhonetic = false;
  let isInText = false;
  let totalChars = 0;
  const scanner = new XmlScanner({
    open(name) {
      if (name === "si") text = "";
      else if (name === "rPh") isInPhonetic = true;
      else if (name === "t" && !isInPhonetic) isInText = true;
    },
    close(name) {
      if (name === "t") isInText = false;
      else if (name === "rPh") isInPhonetic = false;
      else if (name === "si") {
        strings.push(text);
        totalChars += text.length;
        if (totalChars > MAX_SHARED_STRING_CHARS) throw new ZipPartTooLargeError(entry.name);
      }
    },
    text(value) {
      if (isInText) text += value;
    },
  });
  for await (const chunk of zipEntryChunks(buffer, entry)) scanner.write(chunk);
  return strings;
}

/** Built-in number formats that show a date or a time (zh-CN ids 27–36 and 50–58 included). */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

function dateStylesOf(xml: string): boolean[] {
  const customFormats = new Map<number, string>();
  eachElement(xml, "numFmt", (attributes) => {
    customFormats.set(
      Number(attributeOf(attributes, "numFmtId")),
      attributeOf(attributes, "formatCode") ?? "",
    );
  });
  const styles: boolean[] = [];
  const cellXfs = /<(?:\w+:)?cellXfs[\s>][\s\S]*?<\/(?:\w+:)?cellXfs>/.exec(xml)?.[0] ?? "";
  eachElement(cellXfs, "xf", (attributes) => {
    const id = Number(attributeOf(attributes, "numFmtId") ?? 0);
    const custom = customFormats.get(id);
    styles.push(custom === undefined ? BUILT_IN_DATE_FORMATS.has(id) : isDateFormat(custom));
  });
  return styles;
}

/** A format shows a date when, outside quoted text and [..] sections, it uses y m d h s (as exceljs). */
function isDateFormat(format: string): boolean {
  const bare = format
    .replace(/\\./g, "")
    .replace(/\[[^\]]*]/g, "")
    .replace(/"[^"]*"/g, "");
  return /[ymdhsb]/i.test(bare.replace(/General/gi, ""));
}

function eachElement(xml: string, name: string, visit: (attributes: string) => void): void {
  new XmlScanner({
    open(element, attributes) {
      if (element === name) visit(attributes);
    },
    close() {},
    text() {},
  }).write(xml);
}
