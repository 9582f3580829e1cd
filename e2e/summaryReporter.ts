// Closes the run with the plain line ".ci/run" and other tools read: "N passed, N failed" (a flaky
// test that passed on a retry counts as passed). A run that failed before or around the tests (the
// global setup, a crash, the time limit) counts one failure. On a failure it first prints the last
// lines of the server's log.
import { existsSync, readFileSync } from "node:fs";
import type { FullResult, Reporter, Suite } from "@playwright/test/reporter";

export default class SummaryReporter implements Reporter {
  private suite: Suite | undefined;

  onBegin(_config: unknown, suite: Suite): void {
    this.suite = suite;
  }

  onEnd(result: FullResult): void {
    const outcomes = this.suite?.allTests().map((test) => test.outcome()) ?? [];
    const passed = outcomes.filter((outcome) => outcome === "expected" || outcome === "flaky").length;
    const skipped = outcomes.filter((outcome) => outcome === "skipped").length;
    let failed = outcomes.filter((outcome) => outcome === "unexpected").length;
    if (failed === 0 && result.status !== "passed") failed = 1;
    const log = process.env.E2E_SERVER_LOG;
    if (failed > 0 && log && existsSync(log)) {
      const tail = readFileSync(log, "utf8").trimEnd().split("\n").slice(-40).join("\n");
      if (tail) console.info(`--- server log (${log}, last lines) ---\n${tail}\n---`);
    }
    if (skipped > 0) console.info(`${skipped} skipped`);
    console.info(`${passed} passed, ${failed} failed`);
  }
}
