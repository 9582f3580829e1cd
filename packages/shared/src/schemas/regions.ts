import { z } from "zod";
import { type RegionLevel, regionLevels } from "../roles.ts";
import { listQuerySchema } from "./pagination.ts";

export const regionCodeParamSchema = z.object({
  code: z.string().regex(/^\d{12}$/, "应为 12 位数字"),
});

const levelList = `(${regionLevels.join("|")})`;

export const regionListQuerySchema = listQuerySchema.extend({
  parent: z
    .string()
    .regex(/^\d{12}$/, "应为 12 位数字")
    .optional(),
  /**
   * With q: only hits of these levels, comma-separated ("street,community"), so that a picker
   * whose field takes some levels is not filled with hits it cannot accept.
   */
  levels: z
    .string()
    .regex(new RegExp(`^${levelList}(,${levelList})*$`), "应为逗号分隔的区划级别，如 street,community")
    .optional(),
});
export type RegionListQuery = z.infer<typeof regionListQuerySchema>;

/** The levels of a `levels` query value. */
export function regionLevelsOf(levels: string): RegionLevel[] {
  return levels
    .split(",")
    .filter((level): level is RegionLevel => regionLevels.includes(level as RegionLevel));
}

export const regionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(regionLevels),
  parentCode: z.string().nullable(),
  /** Names from the scope root down to this region, for breadcrumbs and search results. */
  path: z.array(z.object({ code: z.string(), name: z.string() })),
  residents: z.number().int().nullable(),
  isResidentsDemo: z.boolean(),
  streetCount: z.number().int(),
  communityCount: z.number().int(),
  hasChildren: z.boolean(),
  canEditResidents: z.boolean(),
});
export type Region = z.infer<typeof regionSchema>;

export const residentsMaximum = 5_000_000;

export const updateResidentsBodySchema = z.strictObject({
  residents: z.number().int("须为整数").min(0, "不能为负数").max(residentsMaximum),
});
export type UpdateResidentsBody = z.infer<typeof updateResidentsBodySchema>;

export const importModeSchema = z.enum(["all-or-nothing", "valid-only"]);
export type ImportMode = z.infer<typeof importModeSchema>;

export const importRowErrorSchema = z.object({
  row: z.number().int(),
  column: z.string(),
  message: z.string(),
});
export const importResultSchema = z.object({
  totalRows: z.number().int(),
  validRows: z.number().int(),
  importedRows: z.number().int(),
  errors: z.array(importRowErrorSchema),
  /**
   * Rows saved with something to check (a suspected duplicate), apart from the errors: only for
   * rows that were written.
   */
  warnings: z.array(importRowErrorSchema),
  /** Id of the downloadable error report (original rows + an error column), when there are errors. */
  errorReportId: z.string().nullable(),
});
export type ImportResult = z.infer<typeof importResultSchema>;
