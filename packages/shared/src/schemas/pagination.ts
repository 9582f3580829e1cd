import { z } from "zod";

/** One shape for every list endpoint: page, pageSize ≤ 200, sort ("field" or "-field"), q. */
export const listQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  sort: z
    .string()
    .regex(/^-?[A-Za-z][A-Za-z0-9]*$/, "排序字段格式应为 字段名 或 -字段名")
    .max(40)
    .optional(),
  q: z.string().trim().max(50).optional(),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

/** A region as answers name it: its code and name. */
export const regionRefSchema = z.object({ code: z.string(), name: z.string() });

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
