import { ReloadOutlined } from "@ant-design/icons";
import {
  evaluationGrades,
  type SocialOrganizationFilters as Filters,
  organizationStatusIds,
  organizationTypes,
  serviceDomains,
} from "@xinqiao/shared";
import { Button, Checkbox, Input, Select, Space } from "antd";
import { useEffect, useState } from "react";
import { RegionTreeSelect } from "../../../components/RegionTreeSelect.tsx";
import { useDebouncedValue } from "../../../hooks/useDebouncedValue.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useOrganizationLabels } from "../hooks/useOrganizationLabels.ts";

/** The list's filters; every change goes to the server as a new query (page 1). */
export function SocialOrganizationFilters({
  value,
  onChange,
}: {
  value: Filters;
  onChange: (value: Filters) => void;
}) {
  const { t } = useI18n();
  const labels = useOrganizationLabels();
  const [text, setText] = useState(value.q ?? "");
  const q = useDebouncedValue(text.trim(), 300);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced text triggers a search
  useEffect(() => {
    if ((value.q ?? "") !== q) onChange({ ...value, q: q || undefined });
  }, [q]);

  const set = (change: Partial<Filters>) => onChange({ ...value, ...change });

  return (
    <Space wrap size={[12, 12]} data-testid="social-organization-filters">
      <Input.Search
        allowClear
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={t("socialOrganizations.searchPlaceholder")}
        style={{ width: 260 }}
        data-testid="social-organization-search"
      />
      <div style={{ width: 200 }}>
        <RegionTreeSelect
          value={value.regionCode ?? null}
          onChange={(regionCode) => set({ regionCode: regionCode ?? undefined })}
          placeholder={t("socialOrganizations.filter.region")}
        />
      </div>
      <Select
        allowClear
        placeholder={t("socialOrganizations.filter.type")}
        value={value.orgType}
        onChange={(orgType) => set({ orgType })}
        options={organizationTypes.map((type) => ({ value: type, label: labels.type(type) }))}
        style={{ width: 150 }}
      />
      <Select
        allowClear
        placeholder={t("socialOrganizations.filter.status")}
        value={value.status}
        onChange={(status) => set({ status })}
        options={organizationStatusIds.map((status) => ({ value: status, label: labels.status(status) }))}
        style={{ width: 120 }}
      />
      <Select
        allowClear
        placeholder={t("socialOrganizations.filter.grade")}
        value={value.evaluationGrade}
        onChange={(evaluationGrade) => set({ evaluationGrade })}
        options={[
          ...evaluationGrades.map((grade) => ({ value: grade, label: grade })),
          { value: "none" as const, label: labels.grade(null) },
        ]}
        style={{ width: 120 }}
      />
      <Select
        allowClear
        placeholder={t("socialOrganizations.filter.domain")}
        value={value.domain}
        onChange={(domain) => set({ domain })}
        options={serviceDomains.map((domain) => ({ value: domain, label: labels.domain(domain) }))}
        style={{ width: 160 }}
      />
      <Select<"true" | "false">
        allowClear
        placeholder={t("socialOrganizations.filter.active")}
        value={value.isActive}
        onChange={(isActive) => set({ isActive })}
        options={[
          { value: "true", label: t("socialOrganizations.filter.activeOnly") },
          { value: "false", label: t("socialOrganizations.filter.inactiveOnly") },
        ]}
        style={{ width: 120 }}
      />
      <Checkbox
        checked={value.isCreditCodeOverridden === "true"}
        onChange={(event) => set({ isCreditCodeOverridden: event.target.checked ? "true" : undefined })}
      >
        {t("socialOrganizations.filter.overridden")}
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
