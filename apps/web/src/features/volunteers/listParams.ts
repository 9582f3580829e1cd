import type { VolunteerListParams } from "./api.ts";

/**
 * The list's state lives in the URL (?q=…&regionCode=…&page=2), so going back from a volunteer
 * returns to the same filtered page, and a filtered list can be shared as a link.
 */
const textKeys = ["q", "regionCode", "skill", "availability", "starLevel", "isActive", "sort"] as const;

export function listParamsOf(search: URLSearchParams): VolunteerListParams {
  const params: Record<string, string | number> = {
    page: Number(search.get("page") ?? 1) || 1,
    pageSize: Number(search.get("pageSize") ?? 20) || 20,
  };
  for (const key of textKeys) {
    const value = search.get(key);
    if (value) params[key] = value;
  }
  const teamId = Number(search.get("teamId"));
  if (Number.isInteger(teamId) && teamId > 0) params.teamId = teamId;
  return params as VolunteerListParams;
}

export function searchOf(params: VolunteerListParams): Record<string, string> {
  const search: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    if ((key === "page" && value === 1) || (key === "pageSize" && value === 20)) continue;
    search[key] = String(value);
  }
  return search;
}
