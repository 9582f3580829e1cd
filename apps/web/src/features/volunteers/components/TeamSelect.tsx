import { Select } from "antd";
import { useState } from "react";
import { useDebouncedValue } from "../../../hooks/useDebouncedValue.ts";
import { useTeamOptions } from "../hooks/useVolunteerTeams.ts";

/**
 * Picks active teams in scope, searched on the server (name, pinyin, initials). Teams already
 * chosen keep their names from `known` (a volunteer's current teams) while not in the results.
 */
export function TeamSelect({
  value,
  onChange,
  multiple = false,
  known = [],
  placeholder,
  id,
  style,
}: {
  value?: number | number[] | null;
  onChange?: (value: number | number[] | undefined) => void;
  multiple?: boolean;
  known?: { id: number; name: string }[];
  placeholder?: string;
  id?: string;
  style?: React.CSSProperties;
}) {
  const [text, setText] = useState("");
  const q = useDebouncedValue(text.trim(), 300);
  const options = useTeamOptions(q);
  const byId = new Map(known.map((team) => [team.id, team.name]));
  for (const team of options.data?.items ?? []) byId.set(team.id, team.name);
  return (
    <Select<number | number[]>
      id={id}
      mode={multiple ? "multiple" : undefined}
      allowClear
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? undefined)}
      loading={options.isFetching}
      placeholder={placeholder}
      options={[...byId.entries()].map(([teamId, name]) => ({ value: teamId, label: name }))}
      style={{ width: "100%", ...style }}
      data-testid="team-select"
    />
  );
}
