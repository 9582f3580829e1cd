import type { Kysely } from "kysely";

/**
 * Frozen: the permission matrix of December 2026 (README, 权限矩阵) takes two grants away from
 * the system administrator, whose work is accounts and the audit log, not the department's data:
 * overriding a credit-code check (now the officers') and editing residents. Default grants are
 * seeded only when missing (setup/referenceData.ts) and never removed there, so a database
 * created before this release still holds them; this removes them once. Being a migration, it
 * runs once: a grant an operator deliberately gives back later is left alone.
 */
const revoked = [
  { role_id: "system_admin", permission: "organizations.override_credit_code" },
  { role_id: "system_admin", permission: "regions.residents.edit" },
];

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function up(db: Kysely<any>): Promise<void> {
  for (const grant of revoked) {
    await db
      .deleteFrom("role_permissions")
      .where("role_id", "=", grant.role_id)
      .where("permission", "=", grant.permission)
      .execute();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function down(db: Kysely<any>): Promise<void> {
  const roles = await db.selectFrom("roles").select("id").where("id", "=", "system_admin").execute();
  if (roles.length === 0) return;
  for (const grant of revoked) {
    const held = await db
      .selectFrom("role_permissions")
      .select("role_id")
      .where("role_id", "=", grant.role_id)
      .where("permission", "=", grant.permission)
      .executeTakeFirst();
    if (!held) await db.insertInto("role_permissions").values(grant).execute();
  }
}
