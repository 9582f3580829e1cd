import { open } from "node:fs/promises";
import { fileTypeFromFile } from "file-type";
import { type AppError, invalid } from "../errors.ts";

/**
 * What may be attached, decided from the bytes (file-type reads the signatures), never from the
 * name or the browser's declared type alone: a program renamed to 照片.jpg is refused. The name's
 * extension must agree with the bytes, so the file opens as what it says it is.
 *
 * Old Word and Excel files are OLE compound files that the bytes do not tell apart; the name's
 * extension (.doc / .xls) decides between them. Plain text has no signature: a .txt is accepted
 * when its bytes are UTF-8 without control characters.
 */
interface AllowedType {
  contentType: string;
  extensions: readonly string[];
  /** How a user calls it in a message. */
  label: string;
}

const bySniffedExtension: Record<string, AllowedType> = {
  pdf: { contentType: "application/pdf", extensions: ["pdf"], label: "PDF" },
  jpg: { contentType: "image/jpeg", extensions: ["jpg", "jpeg", "jpe", "jfif"], label: "JPEG 图片" },
  png: { contentType: "image/png", extensions: ["png"], label: "PNG 图片" },
  gif: { contentType: "image/gif", extensions: ["gif"], label: "GIF 图片" },
  webp: { contentType: "image/webp", extensions: ["webp"], label: "WebP 图片" },
  heic: { contentType: "image/heic", extensions: ["heic", "heif"], label: "HEIC 图片" },
  docx: {
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extensions: ["docx"],
    label: "Word 文档",
  },
  xlsx: {
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extensions: ["xlsx"],
    label: "Excel 表格",
  },
};

const oleByExtension: Record<string, AllowedType> = {
  doc: { contentType: "application/msword", extensions: ["doc"], label: "Word 文档" },
  xls: { contentType: "application/vnd.ms-excel", extensions: ["xls"], label: "Excel 表格" },
};

const plainText: AllowedType = {
  contentType: "text/plain; charset=utf-8",
  extensions: ["txt"],
  label: "文本",
};

/** For the web's file picker and the docs. */
export const allowedExtensions = [
  ...Object.values(bySniffedExtension).flatMap((type) => type.extensions),
  "doc",
  "xls",
  "txt",
];

export const allowedTypesText =
  "PDF、JPG、PNG、GIF、WebP、HEIC、Word（.doc/.docx）、Excel（.xls/.xlsx）、TXT";

function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]+)$/.exec(fileName);
  return match?.[1]?.toLowerCase() ?? "";
}

const refused = (message: string): AppError =>
  invalid([{ path: "file", message: `文件：${message}` }], message);

const baseType = (type: string) => {
  const base = type.split(";")[0]?.trim().toLowerCase() ?? "";
  return base === "image/jpg" || base === "image/pjpeg" ? "image/jpeg" : base;
};
const knownTypes = new Set(
  [...Object.values(bySniffedExtension), ...Object.values(oleByExtension), plainText].map((type) =>
    baseType(type.contentType),
  ),
);

/**
 * The content type to store and serve, or a refusal naming what is wrong (in zh-CN). A declared
 * type (the browser's) counts only when it names another allowed type: browsers send
 * application/octet-stream or nothing for many files, and that says nothing.
 */
export async function sniffAllowedType(
  filePath: string,
  fileName: string,
  declaredType?: string,
): Promise<string> {
  const sniffed = await fileTypeFromFile(filePath);
  const extension = extensionOf(fileName);
  let allowed: AllowedType | undefined;
  if (sniffed?.ext === "cfb") allowed = oleByExtension[extension];
  else if (sniffed) allowed = bySniffedExtension[sniffed.ext];
  else if (extension === "txt" && (await isPlainUtf8Text(filePath))) allowed = plainText;
  if (!allowed) throw refused(`不支持的文件类型，仅支持 ${allowedTypesText}`);
  if (!allowed.extensions.includes(extension)) {
    throw refused(`文件内容为${allowed.label}，与文件名的扩展名不符`);
  }
  const declared = baseType(declaredType ?? "");
  if (knownTypes.has(declared) && declared !== baseType(allowed.contentType)) {
    throw refused(`文件内容为${allowed.label}，与声明的文件类型（${declared}）不符`);
  }
  return allowed.contentType;
}

/** Text files are small; the first 64 KB tell well enough whether it is text at all. */
async function isPlainUtf8Text(filePath: string): Promise<boolean> {
  const handle = await open(filePath);
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head = buffer.subarray(0, bytesRead);
    // A cut in the middle of a multi-byte character at the 64 KB edge is not an error.
    const text = new TextDecoder("utf-8", { fatal: false }).decode(head);
    // Control characters other than tab and line breaks mean a binary file.
    if (/[^\P{Cc}\t\n\r]/u.test(text)) return false;
    const replacements = (text.match(/\uFFFD/g) ?? []).length;
    return replacements <= (bytesRead === buffer.length ? 1 : 0);
  } finally {
    await handle.close();
  }
}
