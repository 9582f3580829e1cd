import { randomUUID } from "node:crypto";
import { errorCodes, type JobProgress, type JobView } from "@xinqiao/shared";
import { AppError } from "./errors.ts";

export type { JobProgress, JobView };

/**
 * Long work (imports, large exports, report builds) runs as a job: the request that starts it
 * answers at once with a job id, the browser polls GET /api/jobs/:id for progress and the result.
 * Jobs run one at a time per process so that two 50,000-row imports do not compete for the one
 * SQLite writer; each job yields to the event loop between batches. In memory: a city-scale
 * deployment with several processes routes /api/jobs/* to the process that owns the job
 * (sticky sessions) until a shared job table replaces this.
 */
interface Job extends JobView {
  ownerId: number;
}

const keepFinishedMs = 60 * 60 * 1000;

export class JobRunner {
  private readonly jobs = new Map<string, Job>();
  private queue: Promise<void> = Promise.resolve();

  start<R>(
    ownerId: number,
    kind: string,
    work: (report: (progress: JobProgress) => void) => Promise<R>,
  ): JobView {
    this.prune();
    const job: Job = {
      id: randomUUID(),
      kind,
      ownerId,
      status: "queued",
      progress: { phase: "queued", done: 0, total: 0 },
      result: null,
      error: null,
      startedAt: new Date().toISOString(),
      finishedAt: null,
    };
    this.jobs.set(job.id, job);
    this.queue = this.queue.then(async () => {
      job.status = "running";
      try {
        job.result = await work((progress) => {
          job.progress = progress;
        });
        job.status = "succeeded";
        job.progress = { ...job.progress, phase: "done" };
      } catch (error) {
        job.status = "failed";
        job.error =
          error instanceof AppError
            ? { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) }
            : { code: "INTERNAL", message: errorCodes.INTERNAL };
      } finally {
        job.finishedAt = new Date().toISOString();
      }
    });
    return this.view(job);
  }

  /** Only the owner sees a job; for anyone else it does not exist. */
  find(id: string, ownerId: number): JobView | undefined {
    const job = this.jobs.get(id);
    return job && job.ownerId === ownerId ? this.view(job) : undefined;
  }

  /** Resolves when every job started so far has finished (tests, graceful shutdown). */
  idle(): Promise<void> {
    return this.queue;
  }

  private view(job: Job): JobView {
    const { ownerId: _owner, ...view } = job;
    return { ...view, progress: { ...view.progress } };
  }

  private prune(): void {
    const now = Date.now();
    for (const [id, job] of this.jobs) {
      if (job.finishedAt && now - Date.parse(job.finishedAt) > keepFinishedMs) this.jobs.delete(id);
    }
  }
}

/** Lets other requests run between batches of long work. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
