import { Select } from "antd";
import { useSelectSearch } from "../../../components/SearchSelect.tsx";
import { useOptions } from "../hooks/useActivities.ts";

/**
 * Picks one or several records of another registry (a platform, clients, volunteers, teams),
 * searched on the server in the user's scope; the choices already made keep their names.
 */
export function OptionsSelect({
  path,
  multiple,
  value,
  onChange,
  current = [],
  placeholder,
  id,
  testId,
}: {
  path: string;
  multiple?: boolean;
  value?: number | number[] | null;
  onChange?: (value: number | number[] | null) => void;
  current?: { id: number; name: string }[];
  placeholder?: string;
  id?: string;
  testId?: string;
}) {
  const search = useSelectSearch();
  const found = useOptions(path, search.q, search.isActive);
  const options = (found.data?.items ?? []).map((item) => ({
    value: item.id,
    label: item.volunteerNumber ? `${item.name}（${item.volunteerNumber}）` : item.name,
  }));
  const known = new Set(options.map((option) => option.value));
  const withCurrent = [
    ...current.filter((item) => !known.has(item.id)).map((item) => ({ value: item.id, label: item.name })),
    ...options,
  ];
  return (
    <Select<number | number[]>
      id={id}
      mode={multiple ? "multiple" : undefined}
      showSearch={{ filterOption: false, onSearch: search.onSearch }}
      allowClear
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      onOpenChange={search.onOpenChange}
      options={withCurrent}
      loading={found.isFetching}
      placeholder={placeholder}
      data-testid={testId}
    />
  );
}
