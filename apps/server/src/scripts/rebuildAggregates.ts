import { openContext } from "../bootstrap.ts";
import { measureSourcesOf, rebuildAggregates } from "../modules/analytics/aggregates.ts";
import { serverModules } from "../modules.ts";
import { loadConfig } from "../platform/config.ts";

/**
 * `npm run aggregates:rebuild`: recounts every measure source from the records into the
 * dashboards' aggregates (DATABASE_URL, or the embedded SQLite file). Safe to run at any time and
 * as often as wanted: each source's counts are replaced in one transaction.
 */
const config = loadConfig();
const ctx = await openContext({ ...config, loadDemoData: false });
try {
  const started = Date.now();
  const outcomes = await rebuildAggregates(ctx, measureSourcesOf(serverModules));
  for (const outcome of outcomes) {
    console.info(
      `${outcome.source.padEnd(22)} ${String(outcome.rows).padStart(9)} rows  ${outcome.milliseconds} ms`,
    );
  }
  console.info(`aggregates rebuilt in ${Date.now() - started} ms`);
} finally {
  await ctx.db.destroy();
}
