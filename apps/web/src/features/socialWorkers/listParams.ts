import { socialWorkerListQuerySchema } from "@xinqiao/shared";
import type { ListSearchConfig } from "../../hooks/listSearch.ts";
import type { SocialWorkerListParams } from "./api.ts";

/** The register's state in the URL (?q=…&education=…&page=2); active workers unless ?isActive= says otherwise. */
export const workerListSearch: ListSearchConfig<SocialWorkerListParams> = {
  schema: socialWorkerListQuerySchema,
  filters: [
    "regionCode",
    "qualificationLevel",
    "education",
    "isCertified",
    "isHighLevel",
    "isComposite",
    "domain",
    "employmentStatus",
    "isActive",
    "expiringWithinDays",
  ],
  // Must name every sortable column of the table: any other sort in the address is dropped.
  sortFields: ["name", "qualificationLevel", "education", "registrationExpiry"],
  defaults: { isActive: "true" },
};
