import { useMemo } from "react";
import { useI18n } from "../../../i18n/i18nContext.ts";

/**
 * Domains and skills are stored as their Chinese labels (the shared dictionaries); each language
 * shows them through its messages. A value the messages do not know is shown as stored.
 */
export function useActivityLabels() {
  const { tOptional } = useI18n();
  return useMemo(
    () => ({
      domain: (domain: string) => tOptional(`activities.domain.${domain}`) ?? domain,
      skill: (skill: string) => tOptional(`volunteers.skill.${skill}`) ?? skill,
    }),
    [tOptional],
  );
}
