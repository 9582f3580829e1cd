/**
 * What every benchmark does around its measurements: sign in, read the CSRF token, wait for a
 * server, take a percentile. Against 127.0.0.1 only.
 */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/** Signs in as a demo account; answers the session cookie. */
export async function login(base: string, username: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: "Xinqiao@2026" }),
  });
  if (response.status !== 200) throw new Error(`login ${username}: ${response.status}`);
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

export async function csrfOf(base: string, cookie: string): Promise<string> {
  return (
    (await (await fetch(`${base}/api/auth/me`, { headers: { cookie } })).json()) as { csrfToken: string }
  ).csrfToken;
}

/** Waits until the URL answers 2xx (a server generating a large demo city takes minutes). */
export async function waitFor(url: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${url}`);
}
