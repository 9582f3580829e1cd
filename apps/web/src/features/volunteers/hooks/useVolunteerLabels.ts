import { useMemo } from "react";
import { useI18n } from "../../../i18n/i18nContext.ts";

/**
 * Skills and availability are stored as their Chinese labels (the shared dictionaries); each
 * language shows them through `volunteers.skill.*` / `volunteers.availability.*`. A value the
 * messages do not know (an older one) is shown as stored.
 */
export function useVolunteerLabels() {
  const { tOptional } = useI18n();
  return useMemo(
    () => ({
      skill: (skill: string) => tOptional(`volunteers.skill.${skill}`) ?? skill,
      availability: (time: string) => tOptional(`volunteers.availability.${time}`) ?? time,
    }),
    [tOptional],
  );
}
