import { Select } from "antd";
import { useState } from "react";
import { useDebouncedValue } from "../../../hooks/useDebouncedValue.ts";
import { useOrganizationOptions } from "../hooks/useVolunteerTeams.ts";

/** Picks a social organization (the organizations registry's list, searched on the server). */
export function SocialOrganizationSelect({
  value,
  onChange,
  known,
  placeholder,
  id,
}: {
  value?: number | null;
  onChange?: (value: number | null) => void;
  known?: { id: number; name: string } | null;
  placeholder?: string;
  id?: string;
}) {
  const [text, setText] = useState("");
  const q = useDebouncedValue(text.trim(), 300);
  const options = useOrganizationOptions(q);
  const byId = new Map<number, string>(known ? [[known.id, known.name]] : []);
  for (const organization of options.data ?? []) byId.set(organization.id, organization.name);
  return (
    <Select<number>
      id={id}
      allowClear
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      loading={options.isFetching}
      placeholder={placeholder}
      options={[...byId.entries()].map(([organizationId, name]) => ({ value: organizationId, label: name }))}
      style={{ width: "100%" }}
    />
  );
}
