import type { Db } from "../platform/db/database.ts";

/**
 * Whether the demo city is already loaded: checked before demoData.ts is imported, because its
 * generators pull in faker and its locales (~40 MB) that a running server never needs again.
 */
export async function hasDemoData(db: Db): Promise<boolean> {
  return Boolean(await db.selectFrom("users").select("id").where("is_demo", "=", 1).executeTakeFirst());
}
