// Worker thread body of startBackgroundCheckpoints (checkpoints.ts), plain JavaScript so that it
// needs no TypeScript loader: its own connection copies the WAL into the database file.
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

const { file, intervalMs } = workerData;
const sqlite = new Database(file);
sqlite.pragma("busy_timeout = 5000");
// PASSIVE never waits for readers or the writer: it copies what it can and tries again later.
const timer = setInterval(() => {
  try {
    sqlite.pragma("wal_checkpoint(PASSIVE)");
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
}, intervalMs);
parentPort?.on("message", (message) => {
  if (message === "stop") {
    clearInterval(timer);
    sqlite.close();
    process.exit(0);
  }
});
