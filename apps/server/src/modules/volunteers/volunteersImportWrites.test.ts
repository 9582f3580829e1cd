import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  dialects,
  importFile,
  login,
  requestUserOf,
  type Session,
  type TestApp,
} from "../../../test/harness.ts";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import { runRegistryImport } from "../../platform/importFlow.ts";
import { volunteerImportColumns } from "./volunteers.excel.ts";
import { volunteerImportDefinition } from "./volunteers.import.ts";
import { districtPrefixOf, sequenceOf, volunteerNumberOf } from "./volunteers.numbering.ts";
import { maxVolunteerNumber } from "./volunteers.repository.ts";
import { freshIdNumber } from "./volunteers.testing.ts";

/**
 * The import's writes: all or nothing even when a write fails after every row was checked — a
 * failure injected in a later batch, a number a colleague takes between the check and the write,
 * and the case that first showed the defect: hand-typed numbers continuing the sequence.
 */
type Row = { name: string; idNumber: string; volunteerNumber?: string };

async function workbookOf(rows: Row[], regionCode: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("志愿者");
  sheet.addRow(volunteerImportColumns.map((column) => column.header));
  for (const row of rows) {
    const values: Record<string, string> = { ...row, regionCode };
    sheet.addRow(volunteerImportColumns.map((column) => values[column.key] ?? null));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const rowsOf = (count: number, prefix: string): Row[] =>
  Array.from({ length: count }, (_, i) => ({ name: `${prefix}${i + 1}`, idNumber: freshIdNumber() }));

describe.each(dialects)("volunteers import writes on %s", (dialect) => {
  let t: TestApp;
  let officer: Session;
  let user: RequestUser;
  let community: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    officer = await login(t.app, "haishu");
    user = await requestUserOf(t, officer);
    community = (
      await t.ctx.db
        .selectFrom("regions")
        .select("code")
        .where("parent_code", "=", "330203001000")
        .orderBy("code")
        .executeTakeFirstOrThrow()
    ).code;
  });
  afterAll(() => t.close());

  const stored = async (rows: Row[]) =>
    (
      await t.ctx.db
        .selectFrom("volunteers")
        .select(["name", "volunteer_number"])
        .where(
          "id_number_index",
          "in",
          rows.map((row) => t.ctx.cipher.blindIndex(row.idNumber)),
        )
        .execute()
    ).map((row) => ({ name: row.name, number: row.volunteer_number }));
  const auditCount = async () =>
    Number(
      (
        await t.ctx.db
          .selectFrom("audit_log")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const nextNumbers = async (count: number) => {
    const district = districtPrefixOf(community);
    const last = sequenceOf(await maxVolunteerNumber(t.ctx.db, district), 8);
    return Array.from({ length: count }, (_, i) => volunteerNumberOf(district, last + 1 + i));
  };

  it("imports 60 rows whose last five carry hand-typed numbers continuing the sequence", async () => {
    const rows = rowsOf(60, "续号");
    const typed = await nextNumbers(5);
    for (const [i, number] of typed.entries()) {
      const row = rows[55 + i];
      if (row) row.volunteerNumber = number;
    }
    const job = await importFile(t, officer, "/api/volunteers/import", await workbookOf(rows, community));
    expect(job.status, JSON.stringify(job.error)).toBe("succeeded");
    expect(job.result.errors).toEqual([]);
    expect(job.result.importedRows).toBe(60);
    const saved = await stored(rows);
    expect(new Set(saved.map((v) => v.number)).size).toBe(60);
    for (const [i, number] of typed.entries()) {
      expect(saved.find((v) => v.name === `续号${56 + i}`)?.number).toBe(number);
    }
  });

  it("stores nothing when a write fails in a later batch, and the job fails", async () => {
    const rows = rowsOf(160, "注入");
    const before = await auditCount();
    const definition = await volunteerImportDefinition(t.ctx, user, null);
    let batches = 0;
    const failing = {
      ...definition,
      async writeBatch(...args: Parameters<typeof definition.writeBatch>) {
        batches += 1;
        if (batches === 3) throw new Error("injected: the disk is full");
        await definition.writeBatch(...args);
      },
    };
    const file = await workbookOf(rows, community);
    for (const mode of ["all-or-nothing", "valid-only"] as const) {
      batches = 0;
      await expect(runRegistryImport(t.ctx, user, file, mode, failing)).rejects.toThrow("injected");
      expect(batches).toBe(3);
      expect(await stored(rows)).toEqual([]);
      expect(await auditCount()).toBe(before);
    }
  });

  it("names the row whose number a colleague took after the check; all-or-nothing stores nothing", async () => {
    const rows = rowsOf(120, "撞号");
    const [taken] = await nextNumbers(1);
    const conflicted = rows[100];
    if (!conflicted || !taken) throw new Error("setup");
    // A number far ahead of the sequence, typed in the file and then taken by someone else.
    const typed = taken.replace(/\d{6}$/, (digits) => String(Number(digits) + 500).padStart(6, "0"));
    conflicted.volunteerNumber = typed;
    const file = await workbookOf(rows, community);

    const colleague = async () => {
      const other = await volunteerImportDefinition(t.ctx, user, null);
      return {
        ...other,
        // Runs after every row was checked and before the first write.
        async findExisting(...args: Parameters<typeof other.findExisting>) {
          const found = await other.findExisting(...args);
          const exists = await t.ctx.db
            .selectFrom("volunteers")
            .select("id")
            .where("volunteer_number", "=", typed)
            .executeTakeFirst();
          if (!exists) {
            const created = await officer.request({
              method: "POST",
              url: "/api/volunteers",
              payload: {
                name: "同事",
                idNumber: freshIdNumber(),
                regionCode: community,
                volunteerNumber: typed,
              },
            });
            expect(created.statusCode, created.body).toBe(201);
          }
          return found;
        },
      };
    };

    const refused = await runRegistryImport(t.ctx, user, file, "all-or-nothing", await colleague());
    expect(refused.importedRows).toBe(0);
    expect(refused.errors).toEqual([
      { row: 102, column: "志愿者编号", message: "保存时发现该编号刚被其他志愿者使用" },
    ]);
    expect(refused.errorReportId).not.toBeNull();
    expect(await stored(rows)).toEqual([]);

    const partial = await runRegistryImport(t.ctx, user, file, "valid-only", await colleague());
    expect(partial.importedRows).toBe(119);
    expect(partial.errors.map((error) => error.row)).toEqual([102]);
    expect((await stored(rows)).length).toBe(119);
  });
});
