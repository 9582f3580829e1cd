import { ReloadOutlined } from "@ant-design/icons";
import { volunteerAvailability, volunteerSkills, volunteerStarLevelFilterValues } from "@xinqiao/shared";
import { Button, Input, Select, Space } from "antd";
import { useEffect, useState } from "react";
import { RegionTreeSelect } from "../../../components/RegionTreeSelect.tsx";
import { useDebouncedValue } from "../../../hooks/useDebouncedValue.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import type { VolunteerFilterParams } from "../api.ts";
import { TeamSelect } from "./TeamSelect.tsx";

/** The list's filters; every change goes to the server as a new query (page 1). */
export function VolunteerFilters({
  value,
  onChange,
}: {
  value: VolunteerFilterParams;
  onChange: (value: VolunteerFilterParams) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(value.q ?? "");
  const q = useDebouncedValue(text.trim(), 300);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced text triggers a search
  useEffect(() => {
    if ((value.q ?? "") !== q) onChange({ ...value, q: q || undefined });
  }, [q]);

  const set = (change: Partial<VolunteerFilterParams>) => onChange({ ...value, ...change });

  return (
    <Space wrap size={[12, 12]} data-testid="volunteer-filters">
      <Input.Search
        allowClear
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={t("volunteers.searchPlaceholder")}
        style={{ width: 300 }}
        data-testid="volunteer-search"
      />
      <div style={{ width: 200 }}>
        <RegionTreeSelect
          value={value.regionCode ?? null}
          onChange={(regionCode) => set({ regionCode: regionCode ?? undefined })}
          placeholder={t("volunteers.filter.region")}
        />
      </div>
      <TeamSelect
        value={value.teamId ?? null}
        onChange={(teamId) => set({ teamId: typeof teamId === "number" ? teamId : undefined })}
        placeholder={t("volunteers.filter.team")}
        style={{ width: 220 }}
      />
      <Select
        allowClear
        placeholder={t("volunteers.filter.skill")}
        value={value.skill}
        onChange={(skill) => set({ skill })}
        options={volunteerSkills.map((skill) => ({ value: skill, label: skill }))}
        style={{ width: 130 }}
      />
      <Select
        allowClear
        placeholder={t("volunteers.filter.availability")}
        value={value.availability}
        onChange={(availability) => set({ availability })}
        options={volunteerAvailability.map((time) => ({ value: time, label: time }))}
        style={{ width: 130 }}
      />
      <Select
        allowClear
        placeholder={t("volunteers.filter.starLevel")}
        value={value.starLevel}
        onChange={(starLevel) => set({ starLevel })}
        options={volunteerStarLevelFilterValues.map((level) => ({
          value: level,
          label: level === "0" ? t("volunteers.star.none") : t("volunteers.star.value", { star: level }),
        }))}
        style={{ width: 120 }}
      />
      <Select<"true" | "false">
        allowClear
        placeholder={t("volunteers.filter.status")}
        value={value.isActive}
        onChange={(isActive) => set({ isActive })}
        options={[
          { value: "true", label: t("volunteers.active") },
          { value: "false", label: t("volunteers.inactive") },
        ]}
        style={{ width: 110 }}
      />
      <Button
        icon={<ReloadOutlined />}
        onClick={() => {
          setText("");
          onChange({});
        }}
      >
        {t("volunteers.filter.reset")}
      </Button>
    </Space>
  );
}
