import { periodicReportListQuerySchema } from "@xinqiao/shared";
import type { ListSearchConfig } from "../../hooks/listSearch.ts";
import type { ReportListParams } from "./api.ts";

/** The list keeps its state in the address (?status=submitted&page=2), like every list. */
export const reportListSearch: ListSearchConfig<ReportListParams> = {
  schema: periodicReportListQuerySchema,
  filters: ["regionCode", "periodKind", "status"],
  sortFields: ["period", "dueOn", "submittedAt", "updatedAt"],
};
