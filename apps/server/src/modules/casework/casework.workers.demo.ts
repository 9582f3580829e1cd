import { fakerZH_CN as faker } from "@faker-js/faker";
import { hashPassword } from "../../platform/auth/passwords.ts";
import type { AppContext } from "../../platform/context.ts";
import { demoPassword } from "../../setup/demoData.ts";

/** The social workers of each street (9-digit prefix) that demo cases are assigned to. */
export type DemoWorkers = Map<string, number[]>;

const workersPerStreet = 2;

/**
 * Demo cases need workers to be assigned to: two social-worker accounts per street with demo
 * clients (`sw` + the street's 9 digits + n, the demo password, marked demo), the demo account
 * `worker` being one of 南门街道's. Existing accounts are reused, so a second run adds none.
 */
export async function demoWorkersByStreet(
  ctx: Pick<AppContext, "db" | "clock">,
  streets: readonly string[],
): Promise<DemoWorkers> {
  const { db } = ctx;
  const at = ctx.clock.now().toISOString();
  const existing = await db
    .selectFrom("users")
    .select(["id", "region_code"])
    .where("role_id", "=", "social_worker")
    .where("is_demo", "=", 1)
    .where("is_active", "=", 1)
    .orderBy("id")
    .execute();
  const byStreet: DemoWorkers = new Map();
  for (const user of existing) {
    const street = user.region_code.slice(0, 9);
    byStreet.set(street, [...(byStreet.get(street) ?? []), user.id]);
  }
  const missing = streets.flatMap((street) =>
    Array.from({ length: Math.max(0, workersPerStreet - (byStreet.get(street)?.length ?? 0)) }, (_, n) => ({
      street,
      n: (byStreet.get(street)?.length ?? 0) + n + 1,
    })),
  );
  if (missing.length === 0) return byStreet;
  const passwordHash = await hashPassword(demoPassword);
  const rows = missing.map(({ street, n }) => ({
    username: `sw${street}${n}`,
    display_name: `${faker.person.lastName()}${faker.person.firstName()}`,
    password_hash: passwordHash,
    role_id: "social_worker" as const,
    organization_id: null,
    region_code: `${street}000`,
    phone: null,
    is_active: 1,
    is_demo: 1,
    must_change_password: 0,
    password_changed_at: at,
    failed_login_count: 0,
    created_at: at,
    updated_at: at,
  }));
  for (let start = 0; start < rows.length; start += 200) {
    const ids = await db
      .insertInto("users")
      .values(rows.slice(start, start + 200))
      .returning(["id", "region_code"])
      .execute();
    for (const user of ids) {
      const street = user.region_code.slice(0, 9);
      byStreet.set(street, [...(byStreet.get(street) ?? []), user.id]);
    }
  }
  return byStreet;
}
