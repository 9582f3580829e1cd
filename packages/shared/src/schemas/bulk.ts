import { z } from "zod";

/**
 * Bulk actions on the rows chosen in a list (停用 / 启用, 导出所选). At most 200 records at once,
 * a list's largest page: one request stays small and its transaction short.
 */
export const maxBulkRecords = 200;

const tooMany = `一次最多选择 ${maxBulkRecords} 条记录`;

/** POST /api/<registry>/deactivate and /activate: the chosen records' ids. */
export const bulkIdsBodySchema = z.strictObject({
  ids: z.array(z.number().int().positive()).min(1, "请至少选择一条记录").max(maxBulkRecords, tooMany),
});
export type BulkIdsBody = z.infer<typeof bulkIdsBodySchema>;

/** What a bulk change answers: how many records it changed (those already so are left alone). */
export const bulkChangeResultSchema = z.object({ changed: z.number().int() });
export type BulkChangeResult = z.infer<typeof bulkChangeResultSchema>;

/**
 * An export's `ids=3,17,42`: only those records (still within the scope and the other filters).
 * Kept as text in the query and read by `idsOfQuery`, so the address stays short and readable.
 */
export const selectedIdsQuerySchema = z
  .string()
  .regex(/^[1-9]\d{0,11}(,[1-9]\d{0,11})*$/, "应为以逗号分隔的记录编号")
  .refine((text) => text.split(",").length <= maxBulkRecords, tooMany);

export function idsOfQuery(text: string | undefined): number[] | undefined {
  return text === undefined ? undefined : [...new Set(text.split(",").map(Number))];
}

export function idsQueryOf(ids: readonly number[]): string {
  return ids.join(",");
}
