import { useState } from "react";

/**
 * The rows chosen in a list: kept while the user pages through it (a choice is a set of records,
 * not of positions), cleared when its filters change — the rows chosen under other filters may no
 * longer be in the list the user sees.
 */
export function useRowSelection(filters: object) {
  const key = JSON.stringify(filters);
  const [state, setState] = useState<{ key: string; ids: number[] }>({ key, ids: [] });
  if (state.key !== key) setState({ key, ids: [] });
  const ids = state.key === key ? state.ids : [];
  return {
    ids,
    set: (next: readonly number[]) => setState({ key, ids: [...next] }),
    clear: () => setState({ key, ids: [] }),
  };
}
