import { needListQuerySchema } from "@xinqiao/shared";
import type { ListSearchConfig } from "../../../hooks/listSearch.ts";
import type { NeedListParams } from "./api.ts";

export const needListSearch: ListSearchConfig<NeedListParams> = {
  schema: needListQuerySchema,
  filters: ["regionCode", "status", "urgency", "domain"],
  sortFields: ["receivedOn", "urgency"],
};
