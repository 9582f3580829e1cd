import { maxBulkRecords } from "@xinqiao/shared";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, dialects, login, type Session, type TestApp } from "../../test/harness.ts";
import { loadWorkbook } from "./excel/testing.ts";

/**
 * Bulk 停用 / 启用 and the export of chosen rows, the same for the five registries: a district
 * officer changes records of their district, each change audited as one record's; a record of
 * another district (or a missing one) among the ids changes nothing at all; the leader, who may
 * read but not manage, is refused; an export of chosen ids holds those rows and only in scope.
 */
const registries = [
  { path: "/api/volunteers", table: "volunteers", entity: "volunteer" },
  { path: "/api/volunteer-teams", table: "volunteer_teams", entity: "volunteerTeam" },
  { path: "/api/platforms", table: "platforms", entity: "platform" },
  { path: "/api/social-organizations", table: "social_organizations", entity: "socialOrganization" },
  { path: "/api/social-workers", table: "social_workers", entity: "socialWorker" },
] as const;
type Registry = (typeof registries)[number];

const haishuDistrict = "330203";
const yuyaoDistrict = "330281";

describe.each(dialects)("bulk actions of the registries on %s", (dialect) => {
  let t: TestApp;
  let haishu: Session;
  let yuyao: Session;
  let leader: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    haishu = await login(t.app, "haishu");
    yuyao = await login(t.app, "yuyao");
    leader = await login(t.app, "leader");
  });
  afterAll(() => t.close());

  /** Active records of a district, distinct by name so that an export's rows can be told apart. */
  async function recordsOf(registry: Registry, district: string, count: number, skip = 0) {
    const { rows } = await sql<{ id: number; name: string }>`
      select id, name from ${sql.table(registry.table)}
      where region_code like ${`${district}%`} and is_active = 1 order by id`.execute(t.ctx.db);
    const byName = new Map(rows.map((row) => [row.name, row]));
    return [...byName.values()].slice(skip, skip + count);
  }

  async function activeStates(registry: Registry, ids: number[]) {
    const { rows } = await sql<{ id: number; is_active: number }>`
      select id, is_active from ${sql.table(registry.table)} where id in (${sql.join(ids)}) order by id`.execute(
      t.ctx.db,
    );
    return rows.map((row) => Number(row.is_active));
  }

  async function lastAuditId(): Promise<number> {
    const row = await t.ctx.db
      .selectFrom("audit_log")
      .select((eb) => eb.fn.max("id").as("id"))
      .executeTakeFirst();
    return Number(row?.id ?? 0);
  }

  async function auditSince(after: number) {
    return t.ctx.db
      .selectFrom("audit_log")
      .select(["action", "entity", "entity_id", "actor_username", "before_json", "after_json"])
      .where("id", ">", after)
      .orderBy("id")
      .execute();
  }

  const bulk = (session: Session, registry: Registry, path: "deactivate" | "activate", ids: unknown) =>
    session.request({ method: "POST", url: `${registry.path}/${path}`, payload: { ids } });

  it.each(registries)(
    "$path: 停用 changes every chosen record, each audited like one, and 启用 brings them back",
    async (registry) => {
      const ids = (await recordsOf(registry, haishuDistrict, 3)).map((row) => row.id);
      expect(ids).toHaveLength(3);
      const before = await lastAuditId();

      const deactivated = await bulk(haishu, registry, "deactivate", ids);
      expect(deactivated.statusCode, deactivated.body).toBe(200);
      expect(deactivated.json()).toEqual({ changed: 3 });
      expect(await activeStates(registry, ids)).toEqual([0, 0, 0]);
      const entries = await auditSince(before);
      expect(entries.map((entry) => [entry.action, entry.entity, Number(entry.entity_id)])).toEqual(
        ids.map((id) => [`${registry.entity}.deactivate`, registry.entity, id]),
      );
      for (const entry of entries) {
        expect(entry.actor_username).toBe("haishu");
        expect(JSON.parse(entry.before_json ?? "null")).toEqual({ isActive: true });
        expect(JSON.parse(entry.after_json ?? "null")).toEqual({ isActive: false });
      }

      // Records already inactive are left alone and not counted; repeated ids count once.
      const again = await bulk(haishu, registry, "deactivate", [...ids, ids[0]]);
      expect(again.json()).toEqual({ changed: 0 });

      const activated = await bulk(haishu, registry, "activate", ids);
      expect(activated.json()).toEqual({ changed: 3 });
      expect(await activeStates(registry, ids)).toEqual([1, 1, 1]);
      const actions = (await auditSince(before)).map((entry) => entry.action);
      expect(actions.filter((action) => action === `${registry.entity}.activate`)).toHaveLength(3);
    },
  );

  it.each(registries)(
    "$path: one record outside the scope (or missing) answers 404 and changes none",
    async (registry) => {
      const own = (await recordsOf(registry, haishuDistrict, 2)).map((row) => row.id);
      const [other] = await recordsOf(registry, yuyaoDistrict, 1);
      expect(other).toBeDefined();
      const before = await lastAuditId();

      for (const ids of [
        [...own, other?.id],
        [other?.id, ...own],
        [...own, 987_654_321],
      ]) {
        const refused = await bulk(haishu, registry, "deactivate", ids);
        expect(refused.statusCode, refused.body).toBe(404);
        expect(refused.json().error.code).toBe("NOT_FOUND");
        expect(refused.body).not.toContain(other?.name);
      }
      expect(await activeStates(registry, own)).toEqual([1, 1]);
      expect(await activeStates(registry, [other?.id as number])).toEqual([1]);
      expect(await auditSince(before)).toEqual([]);

      // The other district's officer may change their own record, not haishu's.
      expect((await bulk(yuyao, registry, "deactivate", own)).statusCode).toBe(404);
      expect(await activeStates(registry, own)).toEqual([1, 1]);
    },
  );

  it.each(registries)(
    "$path: refused without the manage permission (403), over 200 ids or none (400)",
    async (registry) => {
      const ids = (await recordsOf(registry, haishuDistrict, 2)).map((row) => row.id);
      const before = await lastAuditId();

      const forbidden = await bulk(leader, registry, "deactivate", ids);
      expect(forbidden.statusCode).toBe(403);
      expect((await bulk(leader, registry, "activate", ids)).statusCode).toBe(403);

      const tooMany = Array.from({ length: maxBulkRecords + 1 }, (_, index) => index + 1);
      const refused = await bulk(haishu, registry, "deactivate", tooMany);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.fields).toEqual([
        { path: "ids", message: "所选记录：一次最多选择 200 条记录" },
      ]);
      const english = await haishu.request({
        method: "POST",
        url: `${registry.path}/deactivate`,
        headers: { "accept-language": "en-US" },
        payload: { ids: [] },
      });
      expect(english.statusCode).toBe(400);
      expect(english.json().error.fields[0].message).toBe("Selected records: choose at least one record");
      expect((await bulk(haishu, registry, "deactivate", ["1"])).statusCode).toBe(400);

      expect(await activeStates(registry, ids)).toEqual([1, 1]);
      expect(await auditSince(before)).toEqual([]);
    },
  );

  it.each(registries)(
    "$path: an export of chosen ids holds exactly those rows, only inside the scope",
    async (registry) => {
      const own = await recordsOf(registry, haishuDistrict, 2, 1);
      const others = await recordsOf(registry, yuyaoDistrict, 5);
      const other = others.find((row) => !own.some((mine) => mine.name === row.name));
      expect(other).toBeDefined();
      const ids = [...own.map((row) => row.id), other?.id].join(",");
      const before = await lastAuditId();

      const exported = await haishu.request({ method: "GET", url: `${registry.path}/export?ids=${ids}` });
      expect(exported.statusCode, exported.body).toBe(200);
      const sheet = (await loadWorkbook(exported.rawPayload)).worksheets[0];
      const rows: string[] = [];
      sheet?.eachRow((row, number) => {
        if (number > 1) rows.push(JSON.stringify(row.values));
      });
      expect(rows).toHaveLength(2);
      for (const record of own) expect(rows.some((row) => row.includes(record.name))).toBe(true);
      expect(rows.join()).not.toContain(other?.name);

      const [entry] = await auditSince(before);
      expect(entry?.action).toBe(`${registry.entity}.export`);
      expect(JSON.parse(entry?.after_json ?? "{}").filters.ids).toEqual([
        ...own.map((row) => row.id),
        other?.id,
      ]);

      const malformed = await haishu.request({ method: "GET", url: `${registry.path}/export?ids=1,,2` });
      expect(malformed.statusCode).toBe(400);
    },
  );
  it("accounts: haishu disables accounts they manage (sessions end), never their own nor one out of reach", async () => {
    const idOf = async (username: string) =>
      (
        await t.ctx.db
          .selectFrom("users")
          .select("id")
          .where("username", "=", username)
          .executeTakeFirstOrThrow()
      ).id;
    const station = await idOf("station");
    const worker = await idOf("worker");
    const supervisor = await idOf("supervisor");
    const own = await idOf("haishu");
    const city = await idOf("city");
    const adminId = await idOf("admin");
    const admin = await login(t.app, "admin");
    const workerSession = await login(t.app, "worker");
    const users = { path: "/api/users", table: "users" } as unknown as Registry;
    const disable = (session: Session, ids: unknown) =>
      session.request({ method: "POST", url: "/api/users/disable", payload: { ids } });
    const before = await lastAuditId();

    // Only the administrator reaches an account of their own role, and still not their own.
    const selfIncluded = await disable(admin, [station, adminId]);
    expect(selfIncluded.statusCode).toBe(403);
    expect(selfIncluded.json().error.message).toBe("不能停用自己的账号");
    expect((await disable(haishu, [station, own])).statusCode).toBe(404);
    expect((await disable(haishu, [station, city])).statusCode).toBe(404);
    expect((await disable(yuyao, [station, worker])).statusCode).toBe(404);
    expect((await disable(leader, [station])).statusCode).toBe(403);
    expect(await activeStates(users, [station, worker])).toEqual([1, 1]);
    expect(await auditSince(before)).toEqual([]);

    const disabled = await disable(haishu, [station, worker, supervisor]);
    expect(disabled.statusCode, disabled.body).toBe(200);
    expect(disabled.json()).toEqual({ changed: 3 });
    expect((await auditSince(before)).map((entry) => [entry.action, Number(entry.entity_id)])).toEqual([
      ["user.deactivate", station],
      ["user.deactivate", worker],
      ["user.deactivate", supervisor],
    ]);
    expect((await workerSession.request({ method: "GET", url: "/api/auth/me" })).statusCode).toBe(401);

    const enabled = await haishu.request({
      method: "POST",
      url: "/api/users/enable",
      payload: { ids: [station, worker, supervisor] },
    });
    expect(enabled.json()).toEqual({ changed: 3 });
    expect(await activeStates(users, [station, worker, supervisor])).toEqual([1, 1, 1]);
    await login(t.app, "worker");
  });
});
