import { useCallback } from "react";
import { useI18n } from "../../../i18n/i18nContext.ts";

/**
 * What a merge moves, by the table the server names ("cases" → 个案); a table the messages do not
 * know yet (another module's, added later) is shown by its name.
 */
export function useReferenceLabel(): (table: string) => string {
  const { tOptional } = useI18n();
  return useCallback(
    (table: string) => tOptional(`clients.duplicateQueue.reference.${table}`) ?? table,
    [tOptional],
  );
}
