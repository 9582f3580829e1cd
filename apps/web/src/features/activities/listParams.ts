import { activityListQuerySchema } from "@xinqiao/shared";
import type { ListSearchConfig } from "../../hooks/listSearch.ts";
import type { ActivityListParams } from "./api.ts";

/** The list keeps its state in the address (?status=published&page=2), like every registry. */
export const activityListSearch: ListSearchConfig<ActivityListParams> = {
  schema: activityListQuerySchema,
  filters: ["regionCode", "status", "method", "domain", "recruiting"],
  sortFields: ["date", "name", "updatedAt"],
};
