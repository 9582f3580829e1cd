import { PostgresAdapter, sql } from "kysely";
import type { TestApp } from "./harness.ts";

/**
 * Makes the database itself refuse some inserts, to prove that a use case's transaction leaves
 * nothing behind when a write fails half-way (after the writes before it succeeded). A trigger,
 * not a mock: the service runs exactly as in production, on SQLite and PostgreSQL alike.
 * `when` is a condition on the new row (`NEW.action = 'x'`). Returns the undo.
 */
export async function failInsertsInto(
  t: TestApp,
  table: string,
  when: string,
  message = "injected failure",
): Promise<() => Promise<void>> {
  const name = `fail_${table}_${Math.random().toString(36).slice(2, 8)}`;
  const db = t.ctx.db;
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql
      .raw(
        `create function ${name}() returns trigger language plpgsql as $$ begin
           if ${when} then raise exception '${message}'; end if; return new; end $$`,
      )
      .execute(db);
    await sql
      .raw(`create trigger ${name} before insert on ${table} for each row execute function ${name}()`)
      .execute(db);
    return async () => {
      await sql.raw(`drop trigger ${name} on ${table}`).execute(db);
      await sql.raw(`drop function ${name}()`).execute(db);
    };
  }
  await sql
    .raw(
      `create trigger ${name} before insert on ${table} for each row when ${when}
       begin select raise(abort, '${message}'); end`,
    )
    .execute(db);
  return async () => {
    await sql.raw(`drop trigger ${name}`).execute(db);
  };
}
