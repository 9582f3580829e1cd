import { z } from "zod";
import { periodKeySchema } from "../analytics/periods.ts";
import { regionLevels } from "../roles.ts";

/**
 * The dashboard of a region (`GET /api/dashboard?region=&period=`): the four problems over the
 * region's child units (a city's districts, a district's streets), all read from the maintained
 * aggregates. Indicator names, units and directions are the shared catalogue's; the answer
 * carries values only.
 */
export const dashboardQuerySchema = z.object({
  /** Defaults to the user's own region; one outside the user's scope is refused. */
  region: z
    .string()
    .regex(/^\d{12}$/, "区划代码应为 12 位数字")
    .optional(),
  /** Defaults to the current month. */
  period: periodKeySchema.optional(),
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

const regionRefSchema = z.object({ code: z.string(), name: z.string(), level: z.enum(regionLevels) });

export const unitValueSchema = z.object({
  code: z.string(),
  value: z.number().nullable(),
  ratioToMedian: z.number().nullable(),
  isShortBoard: z.boolean(),
});

export const dashboardIndicatorSchema = z.object({
  code: z.string(),
  /** "now" for a figure of stocks only; otherwise the period asked for. */
  period: z.string(),
  /** The whole region's value (the city's, the district's). */
  value: z.number().nullable(),
  median: z.number().nullable(),
  coefficientOfVariation: z.number().nullable(),
  units: z.array(unitValueSchema),
});
export type DashboardIndicator = z.infer<typeof dashboardIndicatorSchema>;

export const dashboardSchema = z.object({
  region: regionRefSchema.extend({ path: z.array(z.object({ code: z.string(), name: z.string() })) }),
  period: z.string(),
  /** When the aggregates were last brought up to date (null: never built). */
  asOf: z.string().nullable(),
  /** The region's child units the tables and the map compare. */
  units: z.array(regionRefSchema.extend({ hasChildren: z.boolean() })),
  indicators: z.array(dashboardIndicatorSchema),
  /** Composite development index of each unit (0–100) and its rank, over the composite indicators. */
  composite: z.array(
    z.object({ code: z.string(), index: z.number().nullable(), rank: z.number().nullable() }),
  ),
  /** Units flagged 短板 and on which indicators. */
  shortBoards: z.array(z.object({ code: z.string(), indicators: z.array(z.string()) })),
  /** Breakdowns of a measure's total in the region (talent structure): dimension → value → count. */
  structure: z.array(
    z.object({
      measure: z.string(),
      dimension: z.string(),
      counts: z.array(z.object({ value: z.string(), count: z.number() })),
    }),
  ),
  /** Monthly flows of the region over the 24 months ending with the period's last month. */
  trends: z.object({
    months: z.array(z.string()),
    series: z.array(z.object({ measure: z.string(), values: z.array(z.number()) })),
  }),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
