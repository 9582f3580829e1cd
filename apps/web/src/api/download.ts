import { apiFile, type QueryValue } from "./client.ts";

/**
 * Downloads through the fetch client (the session cookie and error handling apply), then hands
 * the blob to the browser under the server's file name.
 */
export async function downloadFile(
  path: string,
  query: Record<string, QueryValue> | undefined,
  fallbackFileName: string,
): Promise<void> {
  const { blob, fileName } = await apiFile(path, { query });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = fileName ?? fallbackFileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
