import {
  type ServiceRecordMethod,
  serviceDomains,
  serviceRecordMethods,
  serviceRecordTypes,
} from "@xinqiao/shared";
import { Checkbox, DatePicker, Select } from "antd";
import dayjs from "dayjs";
import { RegistryFilters } from "../../../components/RegistryFilters.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import type { ServiceRecordFilterParams } from "./api.ts";
import { serviceRecordListSearch } from "./listParams.ts";
import { useServiceRecordLabels } from "./useServiceRecordLabels.ts";

const methods = Object.keys(serviceRecordMethods) as ServiceRecordMethod[];

/** The list's filters; every change goes to the server as a new query (page 1). */
export function ServiceRecordFilters({
  value,
  onChange,
}: {
  value: ServiceRecordFilterParams;
  onChange: (value: ServiceRecordFilterParams) => void;
}) {
  const { t } = useI18n();
  const labels = useServiceRecordLabels();
  return (
    <RegistryFilters
      value={value}
      onChange={onChange}
      testId="service-record-filters"
      searchTestId="service-record-search"
      searchPlaceholder={t("serviceRecords.searchPlaceholder")}
      searchWidth={240}
      regionPlaceholder={t("serviceRecords.filter.region")}
      resetValue={{}}
      resetLabel={t("serviceRecords.filter.reset")}
      savedFilters={{ listKey: "serviceRecords", config: serviceRecordListSearch }}
    >
      {(set) => (
        <>
          <DatePicker.RangePicker
            value={[value.dateFrom ? dayjs(value.dateFrom) : null, value.dateTo ? dayjs(value.dateTo) : null]}
            onChange={(range) =>
              set({
                dateFrom: range?.[0]?.format("YYYY-MM-DD") ?? undefined,
                dateTo: range?.[1]?.format("YYYY-MM-DD") ?? undefined,
              })
            }
            placeholder={[t("serviceRecords.filter.dates"), t("serviceRecords.filter.dates")]}
            style={{ width: 250 }}
          />
          <Select<ServiceRecordMethod>
            allowClear
            placeholder={t("serviceRecords.filter.method")}
            value={value.method}
            onChange={(method) => set({ method })}
            options={methods.map((method) => ({ value: method, label: labels.method(method) }))}
            style={{ width: 110 }}
          />
          <Select
            allowClear
            placeholder={t("serviceRecords.filter.type")}
            value={value.type}
            onChange={(type) => set({ type })}
            options={serviceRecordTypes.map((type) => ({ value: type, label: labels.type(type) }))}
            style={{ width: 130 }}
          />
          <Select
            allowClear
            placeholder={t("serviceRecords.filter.domain")}
            value={value.domain}
            onChange={(domain) => set({ domain })}
            options={serviceDomains.map((domain) => ({ value: domain, label: labels.domain(domain) }))}
            style={{ width: 150 }}
          />
          <Checkbox
            checked={value.includeVoided === "true"}
            onChange={(event) => set({ includeVoided: event.target.checked ? "true" : undefined })}
          >
            {t("serviceRecords.filter.voided")}
          </Checkbox>
        </>
      )}
    </RegistryFilters>
  );
}
