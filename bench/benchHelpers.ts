import SQLite from "better-sqlite3";
import type { RequestUser } from "../apps/server/src/platform/auth/requestUser.ts";
import type { AppContext } from "../apps/server/src/platform/context.ts";

const nanmenStreet = "330203001000";

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

/** The table's highest id: where the rows an import is about to add start. */
export function lastIdOf(databaseFile: string, table: string): number {
  const sqlite = new SQLite(databaseFile, { readonly: true });
  const { id } = sqlite.prepare(`select max(id) as id from ${table}`).get() as { id: number };
  sqlite.close();
  return id;
}

/**
 * The rows after `afterId` inserted again, raw, into the same table (same indexes) in one
 * transaction, then rolled back: SQLite's own cost for what an import stored, without Excel,
 * checks, audit or job. Unique columns get a suffix so the copies do not collide.
 */
export function rawReinsert(
  databaseFile: string,
  table: string,
  afterId: number,
  uniqueColumns: readonly string[],
): { rows: number; seconds: number } {
  const sqlite = new SQLite(databaseFile);
  const imported = sqlite.prepare(`select * from ${table} where id > ? order by id`).all(afterId) as Record<
    string,
    unknown
  >[];
  const columns = Object.keys(imported[0] ?? {}).filter((column) => column !== "id");
  if (columns.length === 0) {
    sqlite.close();
    return { rows: 0, seconds: 0 };
  }
  const insert = sqlite.prepare(
    `insert into ${table} (${columns.join(", ")}) values (${columns.map(() => "?").join(", ")})`,
  );
  const value = (row: Record<string, unknown>, column: string) =>
    uniqueColumns.includes(column) ? `${String(row[column])}-raw` : row[column];
  sqlite.exec("begin");
  const started = performance.now();
  for (const row of imported) insert.run(columns.map((column) => value(row, column)));
  const seconds = (performance.now() - started) / 1000;
  sqlite.exec("rollback");
  sqlite.close();
  return { rows: imported.length, seconds };
}

/** The user as the API sees them after signing in: role, region and the role's permissions. */
export async function requestUser(ctx: AppContext, username: string): Promise<RequestUser> {
  const row = await ctx.db
    .selectFrom("users")
    .selectAll()
    .where("username", "=", username)
    .executeTakeFirstOrThrow();
  const permissions = await ctx.db
    .selectFrom("role_permissions")
    .select("permission")
    .where("role_id", "=", row.role_id)
    .execute();
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    roleId: row.role_id,
    permissions: new Set(permissions.map((p) => p.permission)),
    regionCode: row.region_code,
    regionName: "",
    regionLevel: "district",
    organizationId: row.organization_id,
    organizationName: null,
    mustChangePassword: false,
    sessionId: "",
    csrfToken: "",
  };
}

/** A standalone service in 南门街道 to one client by the demo worker, with three volunteers. */
export async function recordingBody(ctx: AppContext) {
  const worker = await ctx.db
    .selectFrom("users")
    .select("id")
    .where("username", "=", "worker")
    .executeTakeFirstOrThrow();
  const client = await ctx.db
    .selectFrom("clients")
    .select(["id", "region_code"])
    .where("region_code", "like", `${nanmenStreet.slice(0, 9)}%`)
    .where("is_active", "=", 1)
    .executeTakeFirstOrThrow();
  const volunteers = await ctx.db
    .selectFrom("volunteers")
    .select("id")
    .where("region_code", "like", `${nanmenStreet.slice(0, 9)}%`)
    .where("is_active", "=", 1)
    .limit(3)
    .execute();
  return {
    regionCode: client.region_code,
    serviceDate: "2026-11-02",
    minutes: 60,
    method: "community",
    type: "社区照顾",
    domain: "养老服务",
    place: "社区活动室",
    clientIds: [client.id],
    workerIds: [worker.id],
    volunteers: volunteers.map((v) => ({ volunteerId: v.id, hours: 1 })),
  };
}
