import { courseListQuerySchema } from "@xinqiao/shared";
import type { ListSearchConfig } from "../../hooks/listSearch.ts";
import type { CourseListParams } from "./api.ts";

/** The list keeps its state in the address (?kind=continuing&page=2), like every registry. */
export const courseListSearch: ListSearchConfig<CourseListParams> = {
  schema: courseListQuerySchema,
  filters: ["regionCode", "kind", "status"],
  sortFields: ["startDate", "name", "hours"],
};
