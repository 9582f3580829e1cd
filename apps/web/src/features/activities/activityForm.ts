import type { ActivityDetail, CreateActivityBody } from "@xinqiao/shared";

/** The form's values: the date as YYYY-MM-DD (the drawer converts its date picker's value). */
export interface ActivityFormValues {
  name?: string;
  method?: "group" | "community";
  domain?: string;
  date?: string | null;
  startTime?: string;
  endTime?: string;
  place?: string;
  regionCode?: string | null;
  organizerKind?: "platform" | "socialOrganization";
  organizerId?: number | null;
  participantIds?: number[];
  unregisteredCount?: number | null;
  volunteerPlaces?: number | null;
  volunteerSkills?: string[];
  recruitTarget?: "teams" | "area" | null;
  recruitTeamIds?: number[];
  recruitRegionCode?: string | null;
  report?: string;
  satisfactionMean?: number | null;
  satisfactionCount?: number | null;
}

/** Fields the server's errors may name (server-side field errors land on them). */
export const activityFormFields = [
  "name",
  "method",
  "domain",
  "date",
  "startTime",
  "endTime",
  "place",
  "regionCode",
  "organizerKind",
  "organizerId",
  "participantIds",
  "unregisteredCount",
  "volunteerPlaces",
  "volunteerSkills",
  "recruitTarget",
  "recruitTeamIds",
  "recruitRegionCode",
  "report",
  "satisfactionMean",
  "satisfactionCount",
];

export function initialActivityValues(activity: ActivityDetail | null): ActivityFormValues {
  if (!activity) {
    return {
      method: "group",
      organizerKind: "platform",
      participantIds: [],
      unregisteredCount: 0,
      volunteerPlaces: 0,
      volunteerSkills: [],
      recruitTarget: null,
      recruitTeamIds: [],
    };
  }
  return {
    name: activity.name,
    method: activity.method,
    domain: activity.domain,
    date: activity.date,
    startTime: activity.startTime,
    endTime: activity.endTime,
    place: activity.place,
    regionCode: activity.region.code,
    organizerKind: activity.organizerKind,
    organizerId: activity.organizer.id,
    participantIds: activity.participants.map((participant) => participant.id),
    unregisteredCount: activity.unregisteredCount,
    volunteerPlaces: activity.volunteerPlaces,
    volunteerSkills: activity.volunteerSkills,
    recruitTarget: activity.recruitTarget,
    recruitTeamIds: activity.recruitTeams.map((team) => team.id),
    recruitRegionCode: activity.recruitRegion?.code ?? null,
    report: activity.report ?? "",
    satisfactionMean: activity.satisfactionMean,
    satisfactionCount: activity.satisfactionCount,
  };
}

const textOf = (value: string | undefined | null) => (value?.trim() ? value.trim() : undefined);

/**
 * The body as the shared schema reads it; empty fields are left out so the schema names what is
 * missing. Recruitment fields that do not apply to the chosen target are cleared.
 */
export function activityBodyOf(
  values: ActivityFormValues,
  canSeeParticipants: boolean,
): Partial<CreateActivityBody> {
  const target = values.recruitTarget ?? null;
  return {
    name: textOf(values.name),
    method: values.method,
    domain: values.domain as CreateActivityBody["domain"],
    date: values.date ?? undefined,
    startTime: textOf(values.startTime),
    endTime: textOf(values.endTime),
    place: textOf(values.place),
    regionCode: values.regionCode ?? undefined,
    organizerKind: values.organizerKind,
    organizerId: values.organizerId ?? undefined,
    ...(canSeeParticipants ? { participantIds: values.participantIds ?? [] } : {}),
    unregisteredCount: values.unregisteredCount ?? 0,
    volunteerPlaces: values.volunteerPlaces ?? 0,
    volunteerSkills: (values.volunteerSkills ?? []) as CreateActivityBody["volunteerSkills"],
    recruitTarget: target,
    recruitTeamIds: target === "teams" ? (values.recruitTeamIds ?? []) : [],
    recruitRegionCode: target === "area" ? (values.recruitRegionCode ?? null) : null,
    report: textOf(values.report) ?? null,
    satisfactionMean: values.satisfactionMean ?? null,
    satisfactionCount: values.satisfactionCount ?? null,
  };
}
