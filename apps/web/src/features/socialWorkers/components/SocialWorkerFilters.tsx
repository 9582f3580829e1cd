import { ReloadOutlined } from "@ant-design/icons";
import {
  educationLevelIds,
  employmentStatusIds,
  type SocialWorkerFilters as Filters,
  qualificationLevelIds,
  registrationExpiryWarningDays,
  serviceDomains,
} from "@xinqiao/shared";
import { Button, Checkbox, Input, Select, Space } from "antd";
import { useEffect, useState } from "react";
import { RegionTreeSelect } from "../../../components/RegionTreeSelect.tsx";
import { useDebouncedValue } from "../../../hooks/useDebouncedValue.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useWorkerLabels } from "../hooks/useWorkerLabels.ts";

type YesNo = "true" | "false";

/** The list's filters; every change goes to the server as a new query (page 1). */
export function SocialWorkerFilters({
  value,
  onChange,
}: {
  value: Filters;
  onChange: (value: Filters) => void;
}) {
  const { t } = useI18n();
  const labels = useWorkerLabels();
  const [text, setText] = useState(value.q ?? "");
  const q = useDebouncedValue(text.trim(), 300);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced text triggers a search
  useEffect(() => {
    if ((value.q ?? "") !== q) onChange({ ...value, q: q || undefined });
  }, [q]);

  const set = (change: Partial<Filters>) => onChange({ ...value, ...change });
  const yesNoOptions = [
    { value: "true", label: labels.yesNo(true) },
    { value: "false", label: labels.yesNo(false) },
  ];

  return (
    <Space wrap size={[12, 12]} data-testid="social-worker-filters">
      <Input.Search
        allowClear
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={t("socialWorkers.searchPlaceholder")}
        style={{ width: 270 }}
        data-testid="social-worker-search"
      />
      <div style={{ width: 200 }}>
        <RegionTreeSelect
          value={value.regionCode ?? null}
          onChange={(regionCode) => set({ regionCode: regionCode ?? undefined })}
          placeholder={t("socialWorkers.filter.region")}
        />
      </div>
      <Select
        allowClear
        placeholder={t("socialWorkers.filter.level")}
        value={value.qualificationLevel}
        onChange={(qualificationLevel) => set({ qualificationLevel })}
        options={qualificationLevelIds.map((level) => ({ value: level, label: labels.level(level) }))}
        style={{ width: 160 }}
      />
      <Select
        allowClear
        placeholder={t("socialWorkers.filter.education")}
        value={value.education}
        onChange={(education) => set({ education })}
        options={educationLevelIds.map((education) => ({
          value: education,
          label: labels.education(education),
        }))}
        style={{ width: 130 }}
      />
      <Select<YesNo>
        allowClear
        placeholder={t("socialWorkers.filter.certified")}
        value={value.isCertified}
        onChange={(isCertified) => set({ isCertified })}
        options={yesNoOptions}
        style={{ width: 120 }}
      />
      <Select<YesNo>
        allowClear
        placeholder={t("socialWorkers.filter.highLevel")}
        value={value.isHighLevel}
        onChange={(isHighLevel) => set({ isHighLevel })}
        options={yesNoOptions}
        style={{ width: 130 }}
      />
      <Select<YesNo>
        allowClear
        placeholder={t("socialWorkers.filter.composite")}
        value={value.isComposite}
        onChange={(isComposite) => set({ isComposite })}
        options={yesNoOptions}
        style={{ width: 130 }}
      />
      <Select
        allowClear
        placeholder={t("socialWorkers.filter.domain")}
        value={value.domain}
        onChange={(domain) => set({ domain })}
        options={serviceDomains.map((domain) => ({ value: domain, label: labels.domain(domain) }))}
        style={{ width: 160 }}
      />
      <Select
        allowClear
        placeholder={t("socialWorkers.filter.status")}
        value={value.employmentStatus}
        onChange={(employmentStatus) => set({ employmentStatus })}
        options={employmentStatusIds.map((status) => ({ value: status, label: labels.status(status) }))}
        style={{ width: 120 }}
      />
      <Select<YesNo>
        allowClear
        placeholder={t("socialWorkers.filter.active")}
        value={value.isActive}
        onChange={(isActive) => set({ isActive })}
        options={[
          { value: "true", label: t("socialWorkers.filter.activeOnly") },
          { value: "false", label: t("socialWorkers.filter.inactiveOnly") },
        ]}
        style={{ width: 120 }}
      />
      <Checkbox
        checked={value.expiringWithinDays === registrationExpiryWarningDays}
        onChange={(event) =>
          set({ expiringWithinDays: event.target.checked ? registrationExpiryWarningDays : undefined })
        }
        data-testid="social-worker-expiring-filter"
      >
        {t("socialWorkers.filter.expiring")}
      </Checkbox>
      <Button
        icon={<ReloadOutlined />}
        onClick={() => {
          setText("");
          onChange({ isActive: "true" });
        }}
      >
        {t("common.reset")}
      </Button>
    </Space>
  );
}
