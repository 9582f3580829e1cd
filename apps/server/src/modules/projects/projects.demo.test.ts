import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, dialects, type TestApp } from "../../../test/harness.ts";

/** The demo city's projects: totals equal to their entries, brand projects, uneven funding. */
describe.each(dialects)("demo projects on %s", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const sumsBy = async (
    table: "project_receipts" | "project_expenditures",
    key: "project_id" | "budget_line_id",
  ) => {
    const rows = await t.ctx.db
      .selectFrom(table as "project_expenditures")
      .select([key as "project_id", "amount_fen"])
      .execute();
    const sums = new Map<number, number>();
    for (const row of rows) {
      const id = Number((row as Record<string, unknown>)[key]);
      sums.set(id, (sums.get(id) ?? 0) + Number(row.amount_fen));
    }
    return sums;
  };

  it("keeps every running total equal to its entries, and no line over its budget", async () => {
    const [projects, lines, received, spent, spentByLine] = await Promise.all([
      t.ctx.db.selectFrom("projects").selectAll().where("is_demo", "=", 1).execute(),
      t.ctx.db.selectFrom("project_budget_lines").selectAll().execute(),
      sumsBy("project_receipts", "project_id"),
      sumsBy("project_expenditures", "project_id"),
      sumsBy("project_expenditures", "budget_line_id"),
    ]);
    expect(projects.length).toBeGreaterThanOrEqual(10);
    const budgets = new Map<number, number>();
    for (const line of lines) {
      budgets.set(line.project_id, (budgets.get(line.project_id) ?? 0) + Number(line.budget_fen));
      expect(Number(line.spent_fen)).toBe(spentByLine.get(line.id) ?? 0);
      expect(Number(line.spent_fen)).toBeLessThanOrEqual(Number(line.budget_fen));
    }
    for (const project of projects) {
      expect(Number(project.budget_fen)).toBe(budgets.get(project.id) ?? 0);
      expect(Number(project.received_fen)).toBe(received.get(project.id) ?? 0);
      expect(Number(project.spent_fen)).toBe(spent.get(project.id) ?? 0);
      if (Number(project.received_fen) > 0) {
        const rate = Number(project.spent_fen) / Number(project.received_fen);
        expect(rate).toBeGreaterThanOrEqual(0.39);
        expect(rate).toBeLessThanOrEqual(1);
      }
    }
  });

  it("has the brand projects, funded from several sources, and districts funded unevenly", async () => {
    const brand = await t.ctx.db
      .selectFrom("projects")
      .select(["id", "name", "region_code", "kind"])
      .where("name", "in", ["银姚光辉", "关心青心"])
      .orderBy("name")
      .execute();
    expect(brand.map((p) => [p.name, p.kind])).toEqual([
      ["关心青心", "brand"],
      ["银姚光辉", "brand"],
    ]);
    expect(brand.find((p) => p.name === "银姚光辉")?.region_code).toBe("330281000000");
    for (const project of brand) {
      const sources = await t.ctx.db
        .selectFrom("project_receipts")
        .select("source")
        .distinct()
        .where("project_id", "=", project.id)
        .execute();
      expect(sources.length).toBeGreaterThanOrEqual(3);
    }
    const byDistrict = await t.ctx.db
      .selectFrom("project_receipts as r")
      .innerJoin("projects as p", "p.id", "r.project_id")
      .select(["p.region_code", "r.source", "r.amount_fen"])
      .execute();
    const shares = new Map<string, { fiscal: number; all: number }>();
    for (const row of byDistrict) {
      const district = row.region_code.slice(0, 6);
      const share = shares.get(district) ?? { fiscal: 0, all: 0 };
      share.all += Number(row.amount_fen);
      if (row.source === "fiscal") share.fiscal += Number(row.amount_fen);
      shares.set(district, share);
    }
    const fiscalShares = [...shares.values()].filter((s) => s.all > 0).map((s) => s.fiscal / s.all);
    expect(Math.max(...fiscalShares)).toBeGreaterThan(0.9);
    expect(Math.min(...fiscalShares)).toBeLessThan(0.7);
  });
});
