import pg from "pg";

/**
 * Decides once per run whether integration tests also run on PostgreSQL: when PG_TEST_URL (or
 * the default local server) answers. With PG_REQUIRED=1 (CI) an unreachable server fails the run.
 */
export const defaultPgTestUrl = "postgres://postgres@127.0.0.1:5432/test";

export default async function setup(): Promise<void> {
  const url = process.env.PG_TEST_URL ?? defaultPgTestUrl;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    process.env.XQ_PG_TEST_URL = url;
    console.info(
      `[tests] integration tests run on SQLite and PostgreSQL (${url.replace(/\/\/[^@]*@/, "//")})`,
    );
  } catch (error) {
    if (process.env.PG_REQUIRED === "1") {
      throw new Error(`PG_REQUIRED=1 but PostgreSQL at ${url} is unreachable: ${String(error)}`);
    }
    console.warn(`[tests] PostgreSQL unreachable at ${url}: integration tests run on SQLite only`);
  } finally {
    await client.end().catch(() => {});
  }
}
