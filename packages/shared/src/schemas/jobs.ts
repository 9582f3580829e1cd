import { z } from "zod";
import { errorCodes } from "../errors.ts";

/**
 * Long work (imports) runs as a job on the server: starting it answers 202 `{ job }`, and
 * GET /api/jobs/:id reports progress until the job succeeds (`result`) or fails (`error`).
 */
export const jobPhases = ["queued", "parsing", "validating", "writing", "done"] as const;
export type JobPhase = (typeof jobPhases)[number];

export const jobProgressSchema = z.object({
  phase: z.enum(jobPhases),
  done: z.number().int(),
  total: z.number().int(),
});
export type JobProgress = z.infer<typeof jobProgressSchema>;

const errorCodeValues = Object.keys(errorCodes) as [keyof typeof errorCodes, ...(keyof typeof errorCodes)[]];

export const jobViewSchema = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(["queued", "running", "succeeded", "failed"]),
  progress: jobProgressSchema,
  result: z.unknown(),
  error: z
    .object({
      code: z.enum(errorCodeValues),
      message: z.string(),
      fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    })
    .nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
/** A job whose result has the type R once it has succeeded. */
export type JobView<R = unknown> = Omit<z.infer<typeof jobViewSchema>, "result"> & { result: R | null };

export const jobStartedSchema = z.object({ job: jobViewSchema });
