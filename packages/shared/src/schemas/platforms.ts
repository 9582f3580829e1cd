import { z } from "zod";
import {
  type PlatformKind,
  platformFacilities,
  platformKinds,
  platformStatuses,
  stationStandard,
} from "../dictionaries.ts";
import { regionLevelOf } from "../regionCode.ts";
import type { RegionLevel } from "../roles.ts";
import { withFieldRules } from "../validators/fieldRules.ts";
import { isoDateSchema } from "../validators/isoDate.ts";
import { regionCodeSchema } from "../validators/region.ts";
import { recordNameSchema } from "../validators/text.ts";
import { auditEntrySchema } from "./audit.ts";
import { selectedIdsQuerySchema } from "./bulk.ts";
import { listQuerySchema, regionRefSchema } from "./pagination.ts";
import { recordReferenceSchema } from "./references.ts";

/**
 * The service platforms registry (服务平台): 社会工作服务中心 at a district, 乡镇（街道）社会工作
 * 服务站 at a street, 社区社会工作服务室 at a community. One schema for the form, the API and
 * the import; the region's level must fit the kind.
 */
export const platformKindIds = Object.keys(platformKinds) as [PlatformKind, ...PlatformKind[]];
export const platformStatusIds = Object.keys(platformStatuses) as [
  keyof typeof platformStatuses,
  ...(keyof typeof platformStatuses)[],
];
export type PlatformStatusId = keyof typeof platformStatuses;

/** The region level each kind of platform sits at. */
export const platformRegionLevels: Record<PlatformKind, RegionLevel> = {
  center: "district",
  station: "street",
  room: "community",
};

const levelNames: Record<RegionLevel, string> = {
  city: "市",
  district: "区（县）",
  street: "街道（乡镇）",
  community: "社区（村）",
};

export const platformFloorAreaMaximum = 100_000;
/** Below this a floor area is implausible (a typo rather than a small room): a warning, not an error. */
export const platformImplausibleFloorArea = 5;

export const platformFieldLabels: Record<string, string> = {
  kind: "平台类型",
  name: "名称",
  regionCode: "所在区划",
  address: "地址",
  floorArea: "使用面积",
  facilities: "设施",
  operatorOrganizationId: "运营机构",
  openedOn: "启用日期",
  status: "运营状态",
};

/** "社会工作服务站须设在街道（乡镇）一级" when the region's level does not fit the kind. */
export function platformRegionProblem(kind: PlatformKind, regionCode: string): string | null {
  const expected = platformRegionLevels[kind];
  if (regionLevelOf(regionCode) === expected) return null;
  return `${platformKinds[kind]}须设在${levelNames[expected]}一级`;
}

/** Warnings that do not stop a save but should be looked at (PRODUCT.md: data-quality checks). */
export function platformWarnings(platform: {
  kind: PlatformKind;
  floorArea: number | null;
  staffCount?: number;
  status?: string;
}): string[] {
  const warnings: string[] = [];
  const area = platform.floorArea;
  if (area !== null && area < platformImplausibleFloorArea) {
    warnings.push(`使用面积 ${area} m² 明显偏小，请核对是否填写有误`);
  }
  if (platform.kind === "station") {
    if (area !== null && area < stationStandard.minimumFloorArea) {
      warnings.push(`使用面积低于站点标准（不少于 ${stationStandard.minimumFloorArea} m²）`);
    }
    if (
      platform.staffCount !== undefined &&
      platform.status === "operating" &&
      platform.staffCount < stationStandard.minimumWorkers
    ) {
      warnings.push(`在岗社会工作者少于站点标准（不少于 ${stationStandard.minimumWorkers} 人）`);
    }
  }
  return warnings;
}

const platformFields = {
  kind: z.enum(platformKindIds),
  name: recordNameSchema(100),
  regionCode: regionCodeSchema(platformFieldLabels.regionCode ?? "所在区划"),
  address: z.string().trim().max(200).nullable().optional(),
  floorArea: z
    .number("应为数字")
    .gt(0, "应大于 0")
    .max(platformFloorAreaMaximum, `不能大于 ${platformFloorAreaMaximum}`)
    .nullable()
    .optional(),
  facilities: z.array(z.enum(platformFacilities)).max(platformFacilities.length),
  operatorOrganizationId: z.number().int().positive().nullable().optional(),
  openedOn: isoDateSchema.nullable().optional(),
  status: z.enum(platformStatusIds),
};

export const createPlatformBodySchema = withFieldRules(z.strictObject(platformFields), (body, context) => {
  if (!body.kind || !body.regionCode) return;
  const problem = platformRegionProblem(body.kind, body.regionCode);
  if (problem) context.addIssue({ code: "custom", path: ["regionCode"], message: problem });
});
export type CreatePlatformBody = z.infer<typeof createPlatformBodySchema>;

/** A PATCH names only what changes; the server checks kind and region together after merging. */
export const updatePlatformBodySchema = z.strictObject(platformFields).partial();
export type UpdatePlatformBody = z.infer<typeof updatePlatformBodySchema>;

export const platformListQuerySchema = listQuerySchema.extend({
  regionCode: z
    .string()
    .regex(/^\d{12}$/, "应为 12 位数字")
    .optional(),
  kind: z.enum(platformKindIds).optional(),
  status: z.enum(platformStatusIds).optional(),
  facility: z.enum(platformFacilities).optional(),
  operatorOrganizationId: z.coerce.number().int().positive().optional(),
  /** Stations below the staffing (< 2 workers) or space (< 20 m²) standard. */
  belowStandard: z.enum(["staffing", "space"]).optional(),
  isActive: z.enum(["true", "false"]).optional(),
});
export type PlatformListQuery = z.infer<typeof platformListQuerySchema>;
/** The list's filters without paging: what the web keeps in state and sends to the export. */
export type PlatformFilters = Omit<PlatformListQuery, "page" | "pageSize" | "sort">;

export const platformExportQuerySchema = platformListQuerySchema
  .omit({ page: true, pageSize: true, sort: true })
  .extend({ unmasked: z.enum(["true", "false"]).optional(), ids: selectedIdsQuerySchema.optional() });
export type PlatformExportQuery = z.infer<typeof platformExportQuerySchema>;

export const platformAbilitiesSchema = z.object({
  edit: z.boolean(),
  deactivate: z.boolean(),
  activate: z.boolean(),
});

export const platformSchema = z.object({
  id: z.number().int(),
  kind: z.enum(platformKindIds),
  name: z.string(),
  region: regionRefSchema,
  /** From the district down to the platform's region. */
  regionPath: z.array(regionRefSchema),
  address: z.string().nullable(),
  floorArea: z.number().nullable(),
  facilities: z.array(z.string()),
  operatorOrganization: recordReferenceSchema.nullable(),
  openedOn: z.string().nullable(),
  status: z.enum(platformStatusIds),
  /** Social workers attached to this platform (active records, not left), within the user's scope. */
  staffCount: z.number().int(),
  /** Stations only (null for centers and rooms). */
  isBelowStaffingStandard: z.boolean().nullable(),
  isBelowSpaceStandard: z.boolean().nullable(),
  warnings: z.array(z.string()),
  isActive: z.boolean(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: platformAbilitiesSchema,
});
export type Platform = z.infer<typeof platformSchema>;

export const platformStaffMemberSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  qualificationLevel: z.string(),
  position: z.string().nullable(),
  employmentStatus: z.string(),
});
export type PlatformStaffMember = z.infer<typeof platformStaffMemberSchema>;

export const platformDetailSchema = platformSchema.extend({ staff: z.array(platformStaffMemberSchema) });
export type PlatformDetail = z.infer<typeof platformDetailSchema>;

export const platformHistorySchema = z.array(auditEntrySchema);

/** Station coverage of one district (or, for a street-level user, of their street). */
export const stationCoverageRowSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  /** Streets/townships of the region (regions.street_count; 1 for a street). */
  streetCount: z.number().int(),
  /** Streets with at least one operating station. */
  coveredStreetCount: z.number().int(),
  /** coveredStreetCount ÷ streetCount × 100, one decimal; null when there are no streets. */
  coveragePercent: z.number().nullable(),
  operatingStationCount: z.number().int(),
  /** Operating stations with fewer than stationStandard.minimumWorkers workers. */
  belowStaffingCount: z.number().int(),
  /** Operating stations with less than stationStandard.minimumFloorArea m². */
  belowSpaceCount: z.number().int(),
  uncoveredStreets: z.array(regionRefSchema),
});
export type StationCoverageRow = z.infer<typeof stationCoverageRowSchema>;

export const stationCoverageSchema = z.object({
  standard: z.object({ minimumWorkers: z.number().int(), minimumFloorArea: z.number() }),
  rows: z.array(stationCoverageRowSchema),
  /** The whole scope, when it spans more than one row. */
  total: stationCoverageRowSchema.nullable(),
});
export type StationCoverage = z.infer<typeof stationCoverageSchema>;
