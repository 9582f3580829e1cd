import { Worker } from "node:worker_threads";
import type SQLite from "better-sqlite3";

/**
 * WAL checkpoints off the main thread. By default SQLite checkpoints inside the COMMIT that
 * pushes the WAL past 1,000 pages, on the connection that commits — our only one, which also
 * serves every request: during a 50,000-row import each such commit stalled the server for
 * ~50 ms, ~2 s in all. Here the main connection never checkpoints; a worker thread with its own
 * connection runs a PASSIVE checkpoint five times a second (it waits for no one), and the WAL
 * file is truncated back to 64 MB once it has all been copied. Should the worker fail, the main
 * connection goes back to automatic checkpoints.
 */
export function startBackgroundCheckpoints(
  sqlite: SQLite.Database,
  file: string,
  options: { intervalMs?: number; onError?: (message: string) => void } = {},
): { stop(): Promise<void> } {
  sqlite.pragma("wal_autocheckpoint = 0");
  sqlite.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
  const worker = new Worker(new URL("./checkpointWorker.mjs", import.meta.url), {
    workerData: { file, intervalMs: options.intervalMs ?? 200 },
  });
  const fallBack = (message: string) => {
    if (sqlite.open) sqlite.pragma("wal_autocheckpoint = 1000");
    options.onError?.(message);
  };
  worker.on("message", (message: { error?: string }) => {
    if (message.error) options.onError?.(message.error);
  });
  worker.on("error", (error) => fallBack(error.message));
  let stopping = false;
  let exited = false;
  worker.on("exit", (code) => {
    exited = true;
    if (!stopping) fallBack(`checkpoint worker exited with code ${code}`);
  });
  // After the listeners: adding a "message" listener refs the worker again.
  worker.unref();
  return {
    async stop() {
      stopping = true;
      if (exited) return;
      const done = new Promise((resolve) => worker.once("exit", resolve));
      worker.postMessage("stop");
      await done;
    },
  };
}
