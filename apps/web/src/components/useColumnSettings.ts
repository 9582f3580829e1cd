import { useState } from "react";
import { useSession } from "../features/auth/hooks/useSession.ts";
import {
  type ColumnOption,
  type ColumnState,
  columnSettingsStorageKey,
  isDefaultColumnStates,
  mergeColumnStates,
  parseColumnStates,
  serializeColumnStates,
} from "./columnSettings.ts";

// Storage can be unavailable (a locked-down browser); the list then keeps its columns until reload.
function readStored(storageKey: string | null): ColumnState[] | null {
  if (!storageKey) return null;
  try {
    return parseColumnStates(localStorage.getItem(storageKey));
  } catch {
    return null;
  }
}

function writeStored(storageKey: string | null, states: readonly ColumnState[] | null): void {
  if (!storageKey) return;
  try {
    if (states) localStorage.setItem(storageKey, serializeColumnStates(states));
    else localStorage.removeItem(storageKey);
  } catch {
    // see readStored
  }
}

/**
 * A list's columns as the signed-in user set them (shown, hidden, order), kept in localStorage
 * per user and table. `columns` are the table's own, in their default order.
 */
export function useColumnSettings<Column extends ColumnOption>(tableKey: string, columns: readonly Column[]) {
  const userId = useSession().data?.user.id;
  const storageKey = userId === undefined ? null : columnSettingsStorageKey(userId, tableKey);
  const [saved, setSaved] = useState(() => ({ storageKey, states: readStored(storageKey) }));
  // Another user signed in (or another table) without a remount: read their settings.
  const stored = saved.storageKey === storageKey ? saved.states : readStored(storageKey);
  if (saved.storageKey !== storageKey) setSaved({ storageKey, states: stored });

  const states = mergeColumnStates(columns, stored);
  const byKey = new Map(columns.map((column) => [column.key, column]));
  const visibleColumns = states.flatMap((state) => {
    const column = byKey.get(state.key);
    return column && state.isVisible ? [column] : [];
  });

  const save = (next: readonly ColumnState[] | null) => {
    // Settings equal to the defaults are not kept, so a later release's defaults reach the user.
    const kept = next && !isDefaultColumnStates(columns, next) ? [...next] : null;
    writeStored(storageKey, kept);
    setSaved({ storageKey, states: kept });
  };

  return {
    states,
    visibleColumns,
    isCustomized: !isDefaultColumnStates(columns, states),
    save,
    reset: () => save(null),
  };
}
