import { platformListQuerySchema } from "@xinqiao/shared";
import type { ListSearchConfig } from "../../hooks/listSearch.ts";
import type { PlatformListParams } from "./api.ts";

/** The table's sortable columns are typed by this list, so a sort they offer is never dropped as unknown. */
export const platformSortFields = [
  "name",
  "kind",
  "regionCode",
  "status",
  "floorArea",
  "staffCount",
  "openedOn",
] as const;
export type PlatformSortField = (typeof platformSortFields)[number];

/** The register's state in the URL (?q=…&kind=station&page=2); active platforms unless ?isActive= says otherwise. */
export const platformListSearch: ListSearchConfig<PlatformListParams> = {
  schema: platformListQuerySchema,
  filters: ["regionCode", "kind", "status", "facility", "belowStandard", "isActive"],
  sortFields: platformSortFields,
  defaults: { isActive: "true" },
};
