import { clientListQuerySchema } from "@xinqiao/shared";
import type { ListSearchConfig } from "../../hooks/listSearch.ts";
import type { ClientListParams } from "./api.ts";

/** The list keeps its state in the address (?q=…&riskLevel=high&page=2), like every registry. */
export const clientListSearch: ListSearchConfig<ClientListParams> = {
  schema: clientListQuerySchema,
  filters: ["regionCode", "category", "riskLevel", "isEmergency", "isActive"],
  sortFields: ["name", "riskLevel", "updatedAt"],
};
