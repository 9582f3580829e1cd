import { caseListQuerySchema } from "@xinqiao/shared";
import type { ListSearchConfig } from "../../../hooks/listSearch.ts";
import type { CaseListParams } from "./api.ts";

/** The list keeps its state in the address (?stage=planning&approval=pending&page=2). */
export const caseListSearch: ListSearchConfig<CaseListParams> = {
  schema: caseListQuerySchema,
  filters: ["regionCode", "stage", "approval", "workerId", "overdue"],
  sortFields: ["caseNumber", "openedOn", "stageEnteredOn", "updatedAt"],
};
