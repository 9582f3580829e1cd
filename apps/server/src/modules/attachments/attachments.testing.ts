import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Session } from "../../../test/harness.ts";

/** Fixtures of the attachments tests: real file signatures and multipart bodies. */
export const pdfBytes = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
export const pngBytes = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
/** The start of every Windows program (MZ, then the PE header it points to). */
export const exeBytes = Buffer.concat([
  Buffer.from("MZ"),
  Buffer.alloc(0x3a),
  Buffer.from([0x80, 0, 0, 0]),
  Buffer.alloc(0x40),
  Buffer.from("PE\0\0"),
  Buffer.alloc(200),
]);

export function multipart(
  fields: Record<string, string | number>,
  file?: { name: string; type: string; content: Buffer },
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----xq${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      file.content,
      Buffer.from("\r\n"),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

export function upload(
  session: Session,
  clientId: number,
  file: { name: string; type: string; content: Buffer },
  category = "consentForm",
) {
  return session.request({
    method: "POST",
    url: "/api/attachments",
    ...multipart({ ownerKind: "client", ownerId: clientId, category }, file),
  });
}

export const temporaryDataDirectory = () => mkdtemp(path.join(tmpdir(), "xq-attachments-"));
