import { useState } from "react";
import { useSession } from "../features/auth/hooks/useSession.ts";
import {
  parseSavedFilters,
  type SavedFilter,
  type SaveOutcome,
  savedFiltersStorageKey,
  serializeSavedFilters,
  withoutSavedFilter,
  withSavedFilter,
} from "./savedFilters.ts";

// Storage can be unavailable (a locked-down browser); the filters then last until reload.
function readStored(storageKey: string | null): SavedFilter[] {
  if (!storageKey) return [];
  try {
    return parseSavedFilters(localStorage.getItem(storageKey));
  } catch {
    return [];
  }
}

function writeStored(storageKey: string | null, filters: readonly SavedFilter[]): void {
  if (!storageKey) return;
  try {
    if (filters.length > 0) localStorage.setItem(storageKey, serializeSavedFilters(filters));
    else localStorage.removeItem(storageKey);
  } catch {
    // see readStored
  }
}

/** The signed-in user's saved filters of one list, kept in localStorage per user and list. */
export function useSavedFilters(listKey: string) {
  const userId = useSession().data?.user.id;
  const storageKey = userId === undefined ? null : savedFiltersStorageKey(userId, listKey);
  const [saved, setSaved] = useState(() => ({ storageKey, filters: readStored(storageKey) }));
  // Another user signed in (or another list) without a remount: read their filters.
  const filters = saved.storageKey === storageKey ? saved.filters : readStored(storageKey);
  if (saved.storageKey !== storageKey) setSaved({ storageKey, filters });

  const keep = (next: SavedFilter[]) => {
    writeStored(storageKey, next);
    setSaved({ storageKey, filters: next });
  };

  return {
    filters,
    save(name: string, search: Record<string, string>): SaveOutcome {
      const { filters: next, outcome } = withSavedFilter(filters, name, search);
      if (outcome === "added" || outcome === "replaced") keep(next);
      return outcome;
    },
    remove: (name: string) => keep(withoutSavedFilter(filters, name)),
  };
}
