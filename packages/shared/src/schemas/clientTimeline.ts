import { z } from "zod";
import { listQuerySchema } from "./pagination.ts";

/**
 * A client's timeline (服务对象时间线): what happened with them across the modules — needs,
 * cases and their hand-overs, services, activities, consents — newest first, each entry linking
 * to its record when it has a page.
 */
export const clientTimelineKinds = [
  "need",
  "caseEvent",
  "serviceRecord",
  "activity",
  "consentGiven",
  "consentWithdrawn",
] as const;
export type ClientTimelineKind = (typeof clientTimelineKinds)[number];

export const clientTimelineEntrySchema = z.object({
  /** When it happened: a date (YYYY-MM-DD) or an instant; entries sort by it, newest first. */
  at: z.string(),
  kind: z.enum(clientTimelineKinds),
  /** What happened, as a code the web labels (a case's action, a consent's kind, a service type). */
  what: z.string(),
  /** A short reference the entry shows: a case number, an activity's title. */
  label: z.string().nullable(),
  link: z
    .object({ kind: z.enum(["case", "need", "serviceRecord", "activity"]), id: z.number().int() })
    .nullable(),
});
export type ClientTimelineEntry = z.infer<typeof clientTimelineEntrySchema>;

export const clientTimelineQuerySchema = listQuerySchema.pick({ page: true, pageSize: true });
export type ClientTimelineQuery = z.infer<typeof clientTimelineQuerySchema>;
