import { StringDecoder } from "node:string_decoder";

/**
 * A small streaming tokenizer for the machine-written XML inside an .xlsx. It knows elements,
 * attributes, text, entities, comments and CDATA — all a workbook part uses — and lets the reader
 * jump over the rest of an element it does not need (a row's cells beyond the template's last
 * column) with one indexOf instead of tokenizing thousands of cells.
 */
export interface XmlHandler {
  /** `name` without its namespace prefix; `qualifiedName` as written, for skipTo. */
  open(name: string, attributes: string, qualifiedName: string): void;
  close(name: string): void;
  text(text: string): void;
}

const MAX_PENDING_CHARS = 8 * 1024 * 1024;

export class XmlScanner {
  private readonly decoder = new StringDecoder("utf8");
  /** Unfinished text or markup, kept as pieces: joining them for every chunk would be quadratic. */
  private pending: string[] = [];
  private pendingLength = 0;
  /** The character the unfinished rest needs before it can finish ("<" ends text, ">" a tag). */
  private awaiting = "";
  private skipUntil: string | null = null;

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: Buffer | string): void {
    const text = typeof chunk === "string" ? chunk : this.decoder.write(chunk);
    this.pending.push(text);
    this.pendingLength += text.length;
    if (!this.awaiting || text.includes(this.awaiting)) {
      const source = this.pending.join("");
      const rest = this.scan(source);
      this.pending = rest < source.length ? [source.slice(rest)] : [];
      this.pendingLength = source.length - rest;
    }
    // Parts Excel writes never hold a text or tag this long; a crafted one must not fill memory.
    if (this.pendingLength > MAX_PENDING_CHARS) throw new Error("xml token too long");
  }

  /** Ignores everything up to (not including) the next `</qualifiedName>`. */
  skipTo(qualifiedName: string): void {
    this.skipUntil = `</${qualifiedName}>`;
  }

  /** Tokenizes what it can and answers where the unfinished rest begins. */
  private scan(source: string): number {
    let at = 0;
    this.awaiting = "";
    while (at < source.length) {
      if (this.skipUntil !== null) {
        const found = source.indexOf(this.skipUntil, at);
        if (found === -1) return Math.max(at, source.length - this.skipUntil.length);
        this.skipUntil = null;
        at = found;
      }
      const lt = source.indexOf("<", at);
      if (lt === -1) {
        this.awaiting = "<";
        return at;
      }
      if (lt > at) this.handler.text(decodeEntities(source.slice(at, lt)));
      const end = this.token(source, lt);
      if (end === -1) {
        this.awaiting = ">";
        return lt;
      }
      at = end;
    }
    return at;
  }

  /** Handles the markup starting at `lt`; answers the index after it, or -1 when incomplete. */
  private token(source: string, lt: number): number {
    if (source.startsWith("<!--", lt)) return after(source, "-->", lt + 4);
    if (source.startsWith("<![CDATA[", lt)) {
      const end = source.indexOf("]]>", lt + 9);
      if (end === -1) return -1;
      this.handler.text(source.slice(lt + 9, end));
      return end + 3;
    }
    if (source[lt + 1] === "?" || source[lt + 1] === "!") return after(source, ">", lt + 2);
    const gt = tagEnd(source, lt + 1);
    if (gt === -1) return -1;
    const tag = source.slice(lt + 1, gt);
    if (tag.startsWith("/")) {
      this.handler.close(localName(tag.slice(1).trim()));
      return gt + 1;
    }
    const selfClosing = tag.endsWith("/");
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const nameEnd = body.search(/[\s/]/);
    const qualifiedName = nameEnd === -1 ? body : body.slice(0, nameEnd);
    const name = localName(qualifiedName);
    this.handler.open(name, nameEnd === -1 ? "" : body.slice(nameEnd), qualifiedName);
    if (selfClosing) this.handler.close(name);
    return gt + 1;
  }
}

const attributePatterns = new Map<string, RegExp>();

/** The value of one attribute in an open tag's attribute text, entities decoded. */
export function attributeOf(attributes: string, name: string): string | undefined {
  if (!attributes.includes(name)) return undefined;
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  if (!match) return undefined;
  return decodeEntities(match[1] ?? match[2] ?? "");
}

function localName(qualifiedName: string): string {
  const colon = qualifiedName.indexOf(":");
  return colon === -1 ? qualifiedName : qualifiedName.slice(colon + 1);
}

function after(source: string, marker: string, from: number): number {
  const end = source.indexOf(marker, from);
  return end === -1 ? -1 : end + marker.length;
}

/** The `>` closing a tag, skipping any inside quoted attribute values. */
function tagEnd(source: string, from: number): number {
  // An unfinished tag at the end of a chunk is scanned again with the next: answer fast.
  if (source.indexOf(">", from) === -1) return -1;
  let quote = "";
  for (let index = from; index < source.length; index += 1) {
    const character = source[index];
    if (quote) {
      if (character === quote) quote = "";
    } else if (character === '"' || character === "'") quote = character;
    else if (character === ">") return index;
  }
  return -1;
}

const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, entity: string) => {
    if (entity.startsWith("#")) {
      const code = entity[1] === "x" ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[entity] ?? whole;
  });
}
