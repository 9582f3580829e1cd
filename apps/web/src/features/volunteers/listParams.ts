import { volunteerListQuerySchema, volunteerTeamListQuerySchema } from "@xinqiao/shared";
import type { ListSearchConfig } from "../../hooks/listSearch.ts";
import type { TeamListParams, VolunteerListParams } from "./api.ts";

/**
 * Both lists keep their state in the URL (?q=…&regionCode=…&page=2), so going back from a record
 * returns to the same filtered page, and a filtered list can be shared as a link.
 */
export const volunteerListSearch: ListSearchConfig<VolunteerListParams> = {
  schema: volunteerListQuerySchema,
  filters: ["regionCode", "teamId", "skill", "availability", "starLevel", "isActive"],
  sortFields: ["volunteerNumber", "name", "totalHours", "registeredOn"],
};

export const teamListSearch: ListSearchConfig<TeamListParams> = {
  schema: volunteerTeamListQuerySchema,
  filters: ["regionCode", "isActive"],
  sortFields: ["name", "regionCode", "foundedOn"],
};
