import { projectListQuerySchema } from "@xinqiao/shared";
import type { ListSearchConfig } from "../../hooks/listSearch.ts";
import type { ProjectListParams } from "./api.ts";

/** The list keeps its state in the address (?status=implementing&page=2), like every registry. */
export const projectListSearch: ListSearchConfig<ProjectListParams> = {
  schema: projectListQuerySchema,
  filters: ["regionCode", "status", "kind"],
  sortFields: ["periodStart", "name", "updatedAt", "budget"],
};
