import type { CourseDetail, CreateCourseBody } from "@xinqiao/shared";
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";

/** The drawer's values: dates as the date pickers hold them. */
export interface CourseFormValues {
  name?: string;
  kind?: CreateCourseBody["kind"];
  organizer?: string;
  regionCode?: string | null;
  startDate?: Dayjs | null;
  endDate?: Dayjs | null;
  hours?: number | null;
  capacity?: number | null;
  targetLevels?: CreateCourseBody["targetLevels"];
  sessions?: { date?: Dayjs | null; startTime?: string; endTime?: string; topic?: string }[];
}

/** Fields the server's errors may name (server-side field errors land on them). */
export const courseFormFields = [
  "name",
  "kind",
  "organizer",
  "regionCode",
  "startDate",
  "endDate",
  "hours",
  "capacity",
  "targetLevels",
  "sessions",
];

export function initialCourseValues(course: CourseDetail | null): CourseFormValues {
  if (!course) {
    return {
      kind: "continuing",
      targetLevels: ["assistant", "intermediate", "senior"],
      sessions: [{ startTime: "09:00", endTime: "12:00" }],
    };
  }
  return {
    name: course.name,
    kind: course.kind,
    organizer: course.organizer,
    regionCode: course.region.code,
    startDate: dayjs(course.startDate),
    endDate: dayjs(course.endDate),
    hours: course.hours,
    capacity: course.capacity,
    targetLevels: course.targetLevels,
    sessions: course.sessions.map((s) => ({
      date: dayjs(s.date),
      startTime: s.startTime,
      endTime: s.endTime,
      topic: s.topic,
    })),
  };
}

const textOf = (value: string | undefined | null) => (value?.trim() ? value.trim() : undefined);
const dateOf = (value: Dayjs | null | undefined) => (value ? value.format("YYYY-MM-DD") : undefined);

/** The body as the shared schema reads it; empty fields are left out so the schema names what is missing. */
export function courseBodyOf(values: CourseFormValues): Partial<CreateCourseBody> {
  return {
    name: textOf(values.name),
    kind: values.kind,
    organizer: textOf(values.organizer),
    regionCode: values.regionCode ?? undefined,
    startDate: dateOf(values.startDate),
    endDate: dateOf(values.endDate),
    hours: values.hours ?? undefined,
    capacity: values.capacity ?? undefined,
    targetLevels: values.targetLevels ?? [],
    sessions: (values.sessions ?? []).map((s) => ({
      date: dateOf(s.date) as string,
      startTime: textOf(s.startTime) as string,
      endTime: textOf(s.endTime) as string,
      topic: textOf(s.topic) as string,
    })),
  };
}
