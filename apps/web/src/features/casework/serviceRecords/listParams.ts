import { serviceRecordListQuerySchema } from "@xinqiao/shared";
import type { ListSearchConfig } from "../../../hooks/listSearch.ts";
import type { ServiceRecordListParams } from "./api.ts";

/** The list keeps its state in the address (?type=探访&dateFrom=…&page=2), like every registry. */
export const serviceRecordListSearch: ListSearchConfig<ServiceRecordListParams> = {
  schema: serviceRecordListQuerySchema,
  filters: [
    "regionCode",
    "dateFrom",
    "dateTo",
    "method",
    "type",
    "domain",
    "caseId",
    "clientId",
    "workerId",
    "includeVoided",
  ],
  sortFields: ["serviceDate", "minutes", "createdAt"],
};
