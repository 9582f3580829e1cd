import { z } from "zod";

/**
 * Correcting an hours ledger (volunteer service records, continuing-education hours) is never an
 * edit: a correction is a new entry with the opposite hours that points at the entry it reverses
 * and says why, audited. An entry is reversed at most once, a reversal is never reversed itself,
 * and the original stays as it was written, so the ledger still shows what was once recorded.
 */

/** zh-CN names of the fields, for messages ("更正理由：至少 2 个字符"). */
export const ledgerCorrectionFieldLabels: Record<string, string> = { reason: "更正理由" };

export const correctionReasonMaxLength = 200;

export const reverseLedgerEntryBodySchema = z.strictObject({
  reason: z
    .string()
    .trim()
    .min(2, { error: (issue) => (issue.input === "" ? "不能为空" : "至少 2 个字符") })
    .max(correctionReasonMaxLength),
});
export type ReverseLedgerEntryBody = z.infer<typeof reverseLedgerEntryBodySchema>;

/** What every ledger entry says about corrections; both sides of a pair stay in the list. */
export const ledgerCorrectionSchema = z.object({
  /** On a reversal: the entry it reverses (its id and date). */
  reverses: z.object({ id: z.number().int(), date: z.string() }).nullable(),
  /** On a reversal: why the entry was corrected. */
  reversalReason: z.string().nullable(),
  /** On a corrected entry (已更正): the reversal that corrected it. */
  reversedBy: z
    .object({ id: z.number().int(), reason: z.string(), date: z.string(), createdAt: z.string() })
    .nullable(),
  abilities: z.object({
    /** The user may correct this entry: it is neither corrected nor a reversal itself. */
    reverse: z.boolean(),
  }),
});
export type LedgerCorrection = z.infer<typeof ledgerCorrectionSchema>;
