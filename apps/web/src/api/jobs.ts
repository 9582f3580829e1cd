import type { JobProgress, JobView } from "@xinqiao/shared";

export type { JobProgress, JobView };

import { ApiError, api } from "./client.ts";

/**
 * Long work (imports) runs on the server as a job: the request answers 202 with `{ job }` and
 * the browser polls GET /api/jobs/:id until the job succeeds (its `result`) or fails (an error
 * envelope, thrown here as an ApiError like any failed request).
 */
export interface JobStarted<R> {
  job: JobView<R>;
}

const pollIntervalMs = 600;

export function isJobStarted<R>(value: unknown): value is JobStarted<R> {
  if (typeof value !== "object" || value === null || !("job" in value)) return false;
  const job = (value as { job: unknown }).job;
  return typeof job === "object" && job !== null && "id" in job && "status" in job;
}

export async function waitForJob<R>(
  started: JobView<R>,
  onProgress: (progress: JobProgress) => void = () => {},
): Promise<R> {
  let job = started;
  for (;;) {
    onProgress(job.progress);
    if (job.status === "succeeded") return job.result as R;
    if (job.status === "failed") {
      const error = job.error;
      throw new ApiError(400, error?.code ?? "UNKNOWN", error?.message ?? "", error?.fields ?? [], { error });
    }
    await new Promise((resolve) => setTimeout(resolve, pollIntervalMs));
    job = await api.get<JobView<R>>(`/api/jobs/${encodeURIComponent(job.id)}`);
  }
}

/** A response that is either the result itself or a job that will produce it. */
export async function resultOrJob<R>(
  answer: R | JobStarted<R>,
  onProgress?: (progress: JobProgress) => void,
): Promise<R> {
  return isJobStarted<R>(answer) ? waitForJob(answer.job, onProgress) : answer;
}
