import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, dialects, login, type Session, type TestApp } from "../../test/harness.ts";
import { scopeSpecs } from "../../test/scopeSpecs.ts";
import { listRegionOf } from "./scope.ts";

const ningbo = "330200000000";
const haishu = "330203000000";
const jiangbei = "330205000000";
const nanmen = "330203001000";

describe("a list's region filter against the user's scope", () => {
  it("keeps a region inside the scope, narrows an ancestor to the scope, and meets nothing else", () => {
    expect(listRegionOf(haishu, undefined)).toBe(haishu);
    expect(listRegionOf(haishu, nanmen)).toBe(nanmen);
    expect(listRegionOf(haishu, ningbo)).toBe(haishu);
    expect(listRegionOf(haishu, jiangbei)).toBeNull();
    expect(listRegionOf(nanmen, "330203002000")).toBeNull();
  });
});

/**
 * An address such as /volunteers?regionCode=<another district> is a list filter, not a record:
 * every list answers it with an empty page (never 404 "记录不存在"), and an ancestor of the scope
 * with the scope itself, so a shared or hand-edited link cannot reveal or break anything.
 */
describe.each(dialects)("list region filters outside the scope on %s", (dialect) => {
  let t: TestApp;
  let haishuOfficer: Session;
  let admin: Session;
  // Records listed by their owner, not by region (attachments), have no region filter to test.
  const lists = [...new Set(scopeSpecs.filter((spec) => spec.regionList !== false).map((spec) => spec.path))];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    haishuOfficer = await login(t.app, "haishu");
    admin = await login(t.app, "admin");
  });
  afterAll(() => t.close());

  const totalOf = async (session: Session, url: string) => {
    const response = await session.request({ method: "GET", url });
    return { status: response.statusCode, total: response.statusCode === 200 ? response.json().total : null };
  };

  it("answers another district's filter with an empty page, and an ancestor's with the scope", async () => {
    let answered = 0;
    for (const path of lists) {
      const all = await totalOf(haishuOfficer, `${path}?pageSize=1`);
      if (all.status === 403) continue;
      answered += 1;
      expect(all.status, path).toBe(200);
      expect(await totalOf(haishuOfficer, `${path}?pageSize=1&regionCode=${jiangbei}`), path).toEqual({
        status: 200,
        total: 0,
      });
      expect(await totalOf(haishuOfficer, `${path}?pageSize=1&regionCode=${ningbo}`), path).toEqual(all);
    }
    expect(answered).toBeGreaterThanOrEqual(5);
  });

  it("still lists that district for a user whose scope holds it", async () => {
    const jiangbeiVolunteers = await totalOf(admin, `/api/volunteers?pageSize=1&regionCode=${jiangbei}`);
    expect(jiangbeiVolunteers.status).toBe(200);
    expect(jiangbeiVolunteers.total).toBeGreaterThan(0);
  });
});
