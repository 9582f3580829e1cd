import { Select } from "antd";
import { useState } from "react";
import { useDebouncedValue } from "../../../hooks/useDebouncedValue.ts";
import { useOperatorOptions } from "../hooks/usePlatforms.ts";

/** Picks the operating social organization, searched on the server by name, pinyin or initials. */
export function OperatorSelect({
  value,
  onChange,
  current,
  placeholder,
  id,
}: {
  value?: number | null;
  onChange?: (value: number | null) => void;
  /** The operator already set (so its name shows before any search). */
  current?: { id: number; name: string } | null;
  placeholder?: string;
  id?: string;
}) {
  const [text, setText] = useState("");
  const [isOpen, setIsOpen] = useState(false);
  const q = useDebouncedValue(text.trim(), 300);
  const options = useOperatorOptions(q, isOpen || text !== "");
  const found = (options.data?.items ?? []).map((organization) => ({
    value: organization.id,
    label: organization.name,
  }));
  const withCurrent =
    current && !found.some((option) => option.value === current.id)
      ? [{ value: current.id, label: current.name }, ...found]
      : found;

  return (
    <Select<number>
      id={id}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      allowClear
      showSearch={{ filterOption: false, onSearch: setText }}
      onOpenChange={setIsOpen}
      loading={options.isFetching}
      options={withCurrent}
      placeholder={placeholder}
    />
  );
}
