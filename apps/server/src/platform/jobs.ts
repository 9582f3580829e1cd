import { randomUUID } from "node:crypto";
import { errorCodes, type JobProgress, type JobView } from "@xinqiao/shared";
import { AppError } from "./errors.ts";

export type { JobProgress, JobView };

/**
 * Long work (imports, large exports, report builds) runs as a job: the request that starts it
 * answers at once with a job id, the browser polls GET /api/jobs/:id for progress and the result.
 * Jobs run one at a time per process so that two 50,000-row imports do not compete for the one
 * SQLite writer; each job yields to the event loop between batches. The queue is fair between
 * users: the next job is the oldest of the user served least recently, so one user's pile of
 * uploads does not keep everyone else's import waiting. In memory: a city-scale deployment with
 * several processes routes /api/jobs/* to the process that owns the job (sticky sessions) until a
 * shared job table replaces this.
 */
interface Job extends JobView {
  ownerId: number;
}

/** pino's shape (the server passes Fastify's logger); console is the fallback. */
export interface JobLogger {
  error(details: object, message: string): void;
  info(details: object, message: string): void;
}

/** Outside the server (scripts, tests) only failures are worth a line on the console. */
const consoleLogger: JobLogger = {
  error: (details, message) => console.error(message, details),
  info: () => {},
};

const keepFinishedMs = 60 * 60 * 1000;

export class JobRunner {
  private readonly jobs = new Map<string, Job>();
  /** Waiting jobs by owner, each owner's in the order they were started. */
  private readonly waiting = new Map<number, (() => Promise<void>)[]>();
  /** When each owner last had a job begin (a counter); forgotten whenever the runner is idle. */
  private readonly lastServed = new Map<number, number>();
  private servedCount = 0;
  private isRunning = false;
  private idleWaiters: (() => void)[] = [];
  private logger: JobLogger;

  constructor(options: { logger?: JobLogger } = {}) {
    this.logger = options.logger ?? consoleLogger;
  }

  /** The server's own logger, once it exists (the runner is created before the HTTP app). */
  useLogger(logger: JobLogger): void {
    this.logger = logger;
  }

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
    const queue = this.waiting.get(ownerId) ?? [];
    queue.push(() => this.run(job, work));
    this.waiting.set(ownerId, queue);
    // Not before this request has its answer: the job is reported as queued, as it is.
    queueMicrotask(() => void this.next());
    return this.view(job);
  }

  /** Only the owner sees a job; for anyone else it does not exist. */
  find(id: string, ownerId: number): JobView | undefined {
    const job = this.jobs.get(id);
    return job && job.ownerId === ownerId ? this.view(job) : undefined;
  }

  /** Resolves when every job started so far has finished (tests, graceful shutdown). */
  idle(): Promise<void> {
    if (!this.isRunning && this.waiting.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async next(): Promise<void> {
    if (this.isRunning) return;
    const ownerId = this.leastRecentlyServed();
    if (ownerId === undefined) {
      this.lastServed.clear();
      for (const resolve of this.idleWaiters.splice(0)) resolve();
      return;
    }
    const queue = this.waiting.get(ownerId) ?? [];
    const run = queue.shift();
    if (queue.length === 0) this.waiting.delete(ownerId);
    this.servedCount += 1;
    this.lastServed.set(ownerId, this.servedCount);
    this.isRunning = true;
    try {
      await run?.();
    } finally {
      this.isRunning = false;
      void this.next();
    }
  }

  /** Among owners with waiting jobs, the one whose last job began longest ago (never first). */
  private leastRecentlyServed(): number | undefined {
    let chosen: number | undefined;
    let chosenServed = Number.POSITIVE_INFINITY;
    for (const ownerId of this.waiting.keys()) {
      const served = this.lastServed.get(ownerId) ?? 0;
      if (served < chosenServed) {
        chosen = ownerId;
        chosenServed = served;
      }
    }
    return chosen;
  }

  private async run<R>(job: Job, work: (report: (progress: JobProgress) => void) => Promise<R>) {
    job.status = "running";
    try {
      job.result = await work((progress) => {
        job.progress = progress;
      });
      job.status = "succeeded";
      job.progress = { ...job.progress, phase: "done" };
    } catch (error) {
      job.status = "failed";
      if (error instanceof AppError) {
        // The user's own mistake (a bad file, a timeout), told to them in the job's error.
        job.error = {
          code: error.code,
          message: error.message,
          ...(error.fields ? { fields: error.fields } : {}),
        };
        this.logger.info(
          { jobId: job.id, kind: job.kind, code: error.code, reason: error.message },
          "job refused",
        );
      } else {
        job.error = { code: "INTERNAL", message: errorCodes.INTERNAL };
        this.logger.error({ jobId: job.id, kind: job.kind, err: error }, "job failed");
      }
    } finally {
      job.finishedAt = new Date().toISOString();
    }
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
