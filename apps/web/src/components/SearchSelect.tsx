import { Select } from "antd";
import { useState } from "react";
import { useDebouncedValue } from "../hooks/useDebouncedValue.ts";

/** One choice of a SearchSelect; `hint` is shown greyed after the label (e.g. the region). */
export interface SearchOption {
  value: number;
  label: string;
  hint?: string;
}

export interface SelectSearch {
  /** The typed text, trimmed, 300 ms after typing stops: what to ask the server for. */
  q: string;
  /** The list is open or something was typed: only then is it worth asking. */
  isActive: boolean;
  onSearch: (text: string) => void;
  onOpenChange: (isOpen: boolean) => void;
}

/** The search state of a SearchSelect; the caller fetches its options with `q`. */
export function useSelectSearch(): SelectSearch {
  const [text, setText] = useState("");
  const [isOpen, setIsOpen] = useState(false);
  const q = useDebouncedValue(text.trim(), 300);
  return { q, isActive: isOpen || text !== "", onSearch: setText, onOpenChange: setIsOpen };
}

/**
 * A single-choice picker searched on the server (name, pinyin or initials), for a form field:
 * `value`/`onChange` as Form.Item passes them, and the record's current choice stays shown
 * (and selectable) before and whatever the search finds.
 */
export function SearchSelect({
  search,
  options,
  isLoading,
  value,
  onChange,
  current,
  placeholder,
  disabled,
  id,
  testId,
}: {
  search: SelectSearch;
  options: SearchOption[];
  isLoading: boolean;
  value?: number | null;
  onChange?: (value: number | null) => void;
  /** The choice already made (so its name shows before any search). */
  current?: { id: number; name: string } | null;
  placeholder?: string;
  disabled?: boolean;
  id?: string;
  testId?: string;
}) {
  const withCurrent =
    current && !options.some((option) => option.value === current.id)
      ? [{ value: current.id, label: current.name }, ...options]
      : options;

  return (
    <Select<number, SearchOption>
      id={id}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      allowClear
      showSearch={{ filterOption: false, onSearch: search.onSearch }}
      onOpenChange={search.onOpenChange}
      loading={isLoading}
      disabled={disabled}
      options={withCurrent}
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
