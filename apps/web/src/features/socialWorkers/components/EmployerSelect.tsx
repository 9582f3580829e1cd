import type { EmployerKind } from "@xinqiao/shared";
import { Select } from "antd";
import { useState } from "react";
import { useDebouncedValue } from "../../../hooks/useDebouncedValue.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useEmployerOptions } from "../hooks/useSocialWorkers.ts";

/**
 * Picks an employer of a kind among those the server offers (active, inside the user's scope),
 * searching by name, pinyin or initials. The current employer stays selectable when editing.
 */
export function EmployerSelect({
  kind,
  value,
  onChange,
  current,
  id,
}: {
  kind: EmployerKind | undefined;
  value?: number | null;
  onChange?: (value: number | null) => void;
  current?: { id: number; name: string } | null;
  id?: string;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState("");
  const q = useDebouncedValue(search.trim(), 300);
  const options = useEmployerOptions(kind, q, kind !== undefined);
  const items = (options.data ?? []).map((option) => ({
    value: option.id,
    label: option.name,
    title: option.regionName,
  }));
  if (current && !items.some((item) => item.value === current.id)) {
    items.unshift({ value: current.id, label: current.name, title: "" });
  }

  return (
    <Select<number>
      id={id}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      loading={options.isFetching}
      disabled={kind === undefined}
      placeholder={t("socialWorkers.hint.employerSearch")}
      options={items}
      optionRender={(option) => (
        <span>
          {option.label}
          {option.data.title && <span style={{ color: "#999", marginLeft: 8 }}>{option.data.title}</span>}
        </span>
      )}
      data-testid="social-worker-employer"
    />
  );
}
