/**
 * Content-Disposition for downloads with Chinese names: browsers use the RFC 5987 `filename*`;
 * the ASCII `filename` is only a fallback for old clients.
 */
export function exportContentDisposition(fileNameZh: string): string {
  const cleaned = fileNameZh.replace(/[\\/:*?"<>|\p{Cc}]/gu, "_").trim() || "export";
  const fileName = /\.xlsx$/i.test(cleaned) ? cleaned : `${cleaned}.xlsx`;
  return `attachment; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

function asciiFallback(fileName: string): string {
  const base = fileName
    .slice(0, -".xlsx".length)
    .replace(/[^\x20-\x7e]+/g, "_")
    .replace(/["\\]/g, "_")
    .replace(/^[\s_-]+|[\s_-]+$/g, "");
  return `${base || "export"}.xlsx`;
}

function encodeRfc5987(text: string): string {
  // encodeURIComponent leaves ' ( ) * unescaped, which RFC 5987's attr-char does not allow.
  return encodeURIComponent(text).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
