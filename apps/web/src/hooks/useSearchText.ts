import { useEffect, useState } from "react";
import { useDebouncedValue } from "./useDebouncedValue.ts";

/**
 * The text of a list's quick-search box: it searches 300 ms after typing stops, and it follows
 * the list's `q` when that changes from outside (the list's state is in the address: the back
 * button, a menu click). The echo of its own search is left alone, so it cannot overwrite what
 * was typed since.
 */
export function useSearchText(
  q: string | undefined,
  onSearch: (q: string | undefined) => void,
): [string, (text: string) => void] {
  const [text, setText] = useState(q ?? "");
  const typed = useDebouncedValue(text.trim(), 300);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced text triggers a search
  useEffect(() => {
    if ((q ?? "") !== typed) onSearch(typed || undefined);
  }, [typed]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow external changes of q only
  useEffect(() => {
    const external = q ?? "";
    if (external !== typed && external !== text.trim()) setText(external);
  }, [q]);

  return [text, setText];
}
