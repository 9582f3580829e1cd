import { useQuery } from "@tanstack/react-query";
import { Select } from "antd";
import { useEffect, useMemo, useState } from "react";
import { type SearchOption, SearchSelect, useSelectSearch } from "../../../components/SearchSelect.tsx";
import type { PickedPerson } from "./api.ts";

/** Options of a picker searched on the server: what it found, as SearchSelect shows them. */
function usePeopleSearch(kind: string, fetch: (q: string) => Promise<PickedPerson[]>) {
  const search = useSelectSearch();
  const found = useQuery({
    queryKey: ["serviceRecords", "pick", kind, search.q],
    queryFn: () => fetch(search.q),
    enabled: search.isActive,
    staleTime: 30_000,
  });
  const options = useMemo<SearchOption[]>(
    () => (found.data ?? []).map((p) => ({ value: p.id, label: p.name, hint: p.hint })),
    [found.data],
  );
  return { search, options, isLoading: found.isFetching };
}

/**
 * Several people (clients, workers) picked from a server search; the names of those already
 * chosen stay shown while another search runs. `value`/`onChange` as Form.Item passes them.
 */
export function PeoplePicker({
  kind,
  fetch,
  known = [],
  value,
  onChange,
  placeholder,
  id,
  testId,
}: {
  kind: string;
  fetch: (q: string) => Promise<PickedPerson[]>;
  /** Names of ids chosen before any search (the record's, the signed-in worker). */
  known?: { id: number; name: string }[];
  value?: number[];
  onChange?: (value: number[]) => void;
  placeholder?: string;
  id?: string;
  testId?: string;
}) {
  const { search, options, isLoading } = usePeopleSearch(kind, fetch);
  const [names, setNames] = useState(() => new Map(known.map((p) => [p.id, p.name])));
  useEffect(() => {
    if (options.length === 0) return;
    setNames((current) => {
      // Unchanged names keep the map itself, so the picker does not render again for nothing.
      if (options.every((option) => current.get(option.value) === option.label)) return current;
      const next = new Map(current);
      for (const option of options) next.set(option.value, option.label);
      return next;
    });
  }, [options]);
  const chosen = (value ?? [])
    .filter((v) => !options.some((o) => o.value === v))
    .map((v) => ({ value: v, label: names.get(v) ?? String(v) }));
  return (
    <Select<number[], SearchOption>
      id={id}
      mode="multiple"
      value={value ?? []}
      onChange={(next) => onChange?.(next)}
      showSearch={{ filterOption: false, onSearch: search.onSearch }}
      onOpenChange={search.onOpenChange}
      loading={isLoading}
      options={[...chosen, ...options]}
      optionRender={(option) => (
        <span>
          {option.data.label}
          {option.data.hint && <span style={{ color: "#999", marginLeft: 8 }}>{option.data.hint}</span>}
        </span>
      )}
      placeholder={placeholder}
      style={{ width: "100%" }}
      data-testid={testId}
    />
  );
}

/** One person (a volunteer) picked from a server search. */
export function PersonPicker({
  kind,
  fetch,
  value,
  onChange,
  placeholder,
  id,
  testId,
}: {
  kind: string;
  fetch: (q: string) => Promise<PickedPerson[]>;
  value?: number | null;
  onChange?: (value: number | null) => void;
  placeholder?: string;
  id?: string;
  testId?: string;
}) {
  const { search, options, isLoading } = usePeopleSearch(kind, fetch);
  return (
    <SearchSelect
      search={search}
      options={options}
      isLoading={isLoading}
      value={value}
      onChange={onChange}
      placeholder={placeholder}
      id={id}
      testId={testId}
    />
  );
}
