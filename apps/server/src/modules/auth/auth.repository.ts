import type { Queryable } from "../../platform/db/database.ts";
import type { UserUpdate } from "../../platform/db/tables.ts";

export function findUserForLogin(db: Queryable, username: string) {
  return db
    .selectFrom("users")
    .select(["id", "username", "password_hash", "is_active", "is_demo", "failed_login_count", "locked_until"])
    .where("username", "=", username)
    .executeTakeFirst();
}

export function findPasswordHash(db: Queryable, userId: number) {
  return db
    .selectFrom("users")
    .select(["password_hash", "username"])
    .where("id", "=", userId)
    .executeTakeFirst();
}

export async function updateUserSecurity(db: Queryable, userId: number, changes: UserUpdate): Promise<void> {
  await db.updateTable("users").set(changes).where("id", "=", userId).execute();
}
