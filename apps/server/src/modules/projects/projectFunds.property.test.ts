import { type FundingSource, fundingSourceIds, rateBasisPoints } from "@xinqiao/shared";
import fc from "fast-check";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cityWithoutDemoData, signedInAs } from "../../../test/factories.ts";
import { dialects, type Session, type TestApp } from "../../../test/harness.ts";
import { implementingProject, newStation } from "./projects.testing.ts";

const haishuDistrict = "330203000000";
const jiangxia = "330203002000";

type Operation =
  | { kind: "receipt"; source: FundingSource; amountFen: number }
  | { kind: "expenditure"; line: number; amountFen: number }
  | { kind: "reverseReceipt"; pick: number }
  | { kind: "reverseExpenditure"; pick: number };

/** Every entry of the region's projects read and added up in JavaScript, apart from the running totals. */
async function recountRegion(t: TestApp, streetCode: string) {
  const inRegion = (column: string) =>
    sql<boolean>`substr(${sql.ref(column)}, 1, 9) = ${streetCode.slice(0, 9)}`;
  const [receipts, expenditures, lines] = await Promise.all([
    t.ctx.db
      .selectFrom("project_receipts as r")
      .innerJoin("projects as p", "p.id", "r.project_id")
      .where(inRegion("p.region_code"))
      .select(["r.source", "r.amount_fen"])
      .execute(),
    t.ctx.db
      .selectFrom("project_expenditures as e")
      .innerJoin("projects as p", "p.id", "e.project_id")
      .where(inRegion("p.region_code"))
      .select(["e.amount_fen"])
      .execute(),
    t.ctx.db
      .selectFrom("project_budget_lines as b")
      .innerJoin("projects as p", "p.id", "b.project_id")
      .where(inRegion("p.region_code"))
      .where("p.status", "in", ["established", "implementing", "midterm", "closed", "evaluated"])
      .select(["b.budget_fen"])
      .execute(),
  ]);
  const receivedBySource = new Map<FundingSource, number>();
  for (const row of receipts) {
    receivedBySource.set(row.source, (receivedBySource.get(row.source) ?? 0) + Number(row.amount_fen));
  }
  return {
    receivedBySource,
    receivedFen: receipts.reduce((sum, row) => sum + Number(row.amount_fen), 0),
    spentFen: expenditures.reduce((sum, row) => sum + Number(row.amount_fen), 0),
    budgetFen: lines.reduce((sum, row) => sum + Number(row.budget_fen), 0),
  };
}

/** Entries are listed by date; the one just recorded has the highest id. */
const newestId = (entries: { id: number }[]) => Math.max(...entries.map((entry) => entry.id));

const amount = fc.oneof(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 3_000_000 }));
const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({
    kind: fc.constant("receipt" as const),
    source: fc.constantFrom(...fundingSourceIds),
    amountFen: amount,
  }),
  fc.record({ kind: fc.constant("expenditure" as const), line: fc.nat(1), amountFen: amount }),
  fc.record({ kind: fc.constant("reverseReceipt" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("reverseExpenditure" as const), pick: fc.nat() }),
);

/**
 * Any sequence of receipts, expenditures and reversals (some refused as over-spends) keeps every
 * total — each line's spent, the project's received, spent and budget, the region's summary by
 * source — equal to a recount of the entries, to the 分, and equal to the model's.
 */
describe.each(dialects)("project money totals equal their recount on %s", (dialect) => {
  let t: TestApp;
  let officer: Session;
  let station: Session;
  let stationId: number;

  beforeAll(async () => {
    t = await cityWithoutDemoData(dialect);
    officer = await signedInAs(t, "district_officer", haishuDistrict);
    station = await signedInAs(t, "station_staff", jiangxia);
    stationId = await newStation(officer, jiangxia);
  });
  afterAll(() => t.close());

  it("holds for any sequence of entries", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(fc.integer({ min: 1, max: 5_000_000 }), fc.integer({ min: 1, max: 5_000_000 })),
        fc.array(operation, { minLength: 1, maxLength: 14 }),
        async (budgets, operations) => {
          const project = await implementingProject(station, officer, stationId, jiangxia, [
            ["fiscal", "personnel", budgets[0]],
            ["charity", "activity", budgets[1]],
          ]);
          const lines = project.budgetLines as { id: number; budgetFen: number }[];
          const spentByLine = [0, 0];
          const receipts: { id: number; amountFen: number; source: FundingSource; open: boolean }[] = [];
          const expenditures: { id: number; amountFen: number; line: number; open: boolean }[] = [];
          const base = `/api/projects/${project.id}`;
          for (const op of operations) {
            if (op.kind === "receipt") {
              const answer = await station.request({
                method: "POST",
                url: `${base}/receipts`,
                payload: {
                  receivedOn: "2026-03-01",
                  source: op.source,
                  amountFen: op.amountFen,
                  payer: "某基金会",
                },
              });
              expect(answer.statusCode).toBe(201);
              receipts.push({
                id: newestId(answer.json().receipts),
                amountFen: op.amountFen,
                source: op.source,
                open: true,
              });
            } else if (op.kind === "expenditure") {
              const fits = (spentByLine[op.line] ?? 0) + op.amountFen <= budgets[op.line === 0 ? 0 : 1];
              const answer = await station.request({
                method: "POST",
                url: `${base}/expenditures`,
                payload: {
                  spentOn: "2026-03-02",
                  budgetLineId: lines[op.line]?.id,
                  amountFen: op.amountFen,
                  payee: "某公司",
                },
              });
              expect(answer.statusCode).toBe(fits ? 201 : 409);
              if (fits) {
                spentByLine[op.line] = (spentByLine[op.line] ?? 0) + op.amountFen;
                expenditures.push({
                  id: newestId(answer.json().expenditures),
                  amountFen: op.amountFen,
                  line: op.line,
                  open: true,
                });
              }
            } else {
              const entries = op.kind === "reverseReceipt" ? receipts : expenditures;
              if (entries.length === 0) continue;
              const entry = entries[op.pick % entries.length];
              if (!entry) continue;
              const path = op.kind === "reverseReceipt" ? "receipts" : "expenditures";
              const answer = await station.request({
                method: "POST",
                url: `${base}/${path}/${entry.id}/reverse`,
                payload: { reason: "录入有误" },
              });
              expect(answer.statusCode).toBe(entry.open ? 201 : 409);
              if (entry.open && "line" in entry) {
                const line = entry.line as number;
                spentByLine[line] = (spentByLine[line] ?? 0) - entry.amountFen;
              }
              entry.open = false;
            }
          }
          const detail = (await station.request({ method: "GET", url: base })).json();
          const openSum = (entries: { amountFen: number; open: boolean }[]) =>
            entries.reduce((sum, e) => sum + (e.open ? e.amountFen : 0), 0);
          const received = openSum(receipts);
          const spent = openSum(expenditures);
          const budget = budgets[0] + budgets[1];
          expect(detail.budgetLines.map((l: { spentFen: number }) => l.spentFen)).toEqual(spentByLine);
          expect(detail).toMatchObject({
            budgetFen: budget,
            receivedFen: received,
            spentFen: spent,
            spentOfReceivedBp: rateBasisPoints(spent, received),
            spentOfBudgetBp: rateBasisPoints(spent, budget),
          });
          // The entries shown add up to the totals shown.
          const sumOf = (rows: { amountFen: number }[]) => rows.reduce((sum, row) => sum + row.amountFen, 0);
          expect(sumOf(detail.receipts)).toBe(detail.receivedFen);
          expect(sumOf(detail.expenditures)).toBe(detail.spentFen);
          detail.budgetLines.forEach((line: { id: number; spentFen: number }) => {
            const onLine = detail.expenditures.filter(
              (e: { budgetLineId: number }) => e.budgetLineId === line.id,
            );
            expect(sumOf(onLine)).toBe(line.spentFen);
          });

          // The region's summary (running totals and sums by source) against a recount of the entries.
          const summary = (
            await officer.request({
              method: "GET",
              url: `/api/projects/funding-summary?regionCode=${jiangxia}`,
            })
          ).json();
          const recount = await recountRegion(t, jiangxia);
          expect(summary).toMatchObject({
            receivedFen: recount.receivedFen,
            spentFen: recount.spentFen,
            budgetFen: recount.budgetFen,
          });
          for (const row of summary.bySource) {
            expect(row.receivedFen).toBe(recount.receivedBySource.get(row.source) ?? 0);
          }
          const government =
            (recount.receivedBySource.get("fiscal") ?? 0) +
            (recount.receivedBySource.get("welfareLottery") ?? 0);
          expect(summary.governmentShareBp).toBe(rateBasisPoints(government, recount.receivedFen));
        },
      ),
      { numRuns: 12 },
    );
  });
});
