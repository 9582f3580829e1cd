import { errorCodes } from "@xinqiao/shared";
import { describe, expect, it } from "vitest";
import { AppError } from "./errors.ts";
import { type ExcelColumn, readImportSheetInWorker } from "./excel/index.ts";
import { emptyRowsAtLastColumn, inlineTextCell, workbookWithSheetRows } from "./excel/testing.ts";
import { type JobLogger, JobRunner } from "./jobs.ts";

/** A job body the test finishes when it chooses, recording when it began. */
function controlledJob(started: string[], name: string) {
  let finish = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return {
    finish: () => finish(),
    work: async () => {
      started.push(name);
      await done;
      return name;
    },
  };
}

function recordingLogger() {
  const entries: { level: "error" | "info"; details: object; message: string }[] = [];
  const logger: JobLogger = {
    error: (details, message) => entries.push({ level: "error", details, message }),
    info: (details, message) => entries.push({ level: "info", details, message }),
  };
  return { logger, entries };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("JobRunner", () => {
  it("runs one job at a time, taking turns between users", async () => {
    const runner = new JobRunner({ logger: recordingLogger().logger });
    const started: string[] = [];
    const jobs = {
      a1: controlledJob(started, "a1"),
      a2: controlledJob(started, "a2"),
      a3: controlledJob(started, "a3"),
      b1: controlledJob(started, "b1"),
      b2: controlledJob(started, "b2"),
    };
    const alice = 1;
    const bob = 2;
    const first = runner.start(alice, "test", jobs.a1.work);
    runner.start(alice, "test", jobs.a2.work);
    runner.start(alice, "test", jobs.a3.work);
    runner.start(bob, "test", jobs.b1.work);
    runner.start(bob, "test", jobs.b2.work);
    expect(first.status).toBe("queued");

    await settle();
    expect(started).toEqual(["a1"]);
    for (const name of ["a1", "b1", "a2", "b2"] as const) {
      jobs[name].finish();
      await settle();
      // Never two at once: the next begins only once the running one has finished.
      expect(started).toHaveLength(["a1", "b1", "a2", "b2"].indexOf(name) + 2);
    }
    jobs.a3.finish();
    await runner.idle();
    // Bob's first upload does not wait behind Alice's second and third.
    expect(started).toEqual(["a1", "b1", "a2", "b2", "a3"]);
    expect(runner.find(first.id, alice)).toMatchObject({ status: "succeeded", result: "a1" });
  });

  it("logs a failed job with its cause, and tells the user only what is theirs to know", async () => {
    const { logger, entries } = recordingLogger();
    const runner = new JobRunner({ logger });
    const cause = new TypeError("Cannot read properties of undefined (reading 'id')");
    const crashed = runner.start(7, "volunteers.import", async () => {
      throw cause;
    });
    const refused = runner.start(7, "volunteers.import", async () => {
      throw new AppError("IMPORT_FAILED", "缺少列：姓名");
    });
    await runner.idle();

    expect(runner.find(crashed.id, 7)).toMatchObject({
      status: "failed",
      error: { code: "INTERNAL", message: errorCodes.INTERNAL },
    });
    expect(runner.find(refused.id, 7)).toMatchObject({
      status: "failed",
      error: { message: "缺少列：姓名" },
    });
    expect(entries).toEqual([
      {
        level: "error",
        details: { jobId: crashed.id, kind: "volunteers.import", err: cause },
        message: "job failed",
      },
      {
        level: "info",
        details: {
          jobId: refused.id,
          kind: "volunteers.import",
          code: "IMPORT_FAILED",
          reason: "缺少列：姓名",
        },
        message: "job refused",
      },
    ]);
  });

  it("stops a parse that outlasts its bound, and the next user's job still runs", async () => {
    const columns = [
      { key: "name", header: "姓名", required: true, description: "姓名" },
    ] as const satisfies readonly ExcelColumn[];
    // A header, one row, then 200,000 rows holding only an empty cell in the last column.
    const tall = await workbookWithSheetRows(
      `<row r="1">${inlineTextCell("A1", "姓名")}</row><row r="2">${inlineTextCell("A2", "张三")}</row>` +
        emptyRowsAtLastColumn(3, 200_002),
    );
    const runner = new JobRunner({ logger: recordingLogger().logger });
    const stalled = runner.start(1, "volunteers.import", () =>
      readImportSheetInWorker(tall, columns, { timeoutMs: 100 }),
    );
    const next = runner.start(2, "platforms.import", async () => "ok");
    await runner.idle();

    expect(runner.find(stalled.id, 1)).toMatchObject({
      status: "failed",
      error: { code: "IMPORT_FAILED", message: expect.stringMatching(/^解析超时：/) },
    });
    expect(runner.find(next.id, 2)).toMatchObject({ status: "succeeded", result: "ok" });
  });
});
