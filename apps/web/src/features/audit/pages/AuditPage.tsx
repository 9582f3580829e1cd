import { Card, Space } from "antd";
import { useState } from "react";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import type { AuditListParams } from "../api.ts";
import { AuditFilters, type AuditFilterValues } from "../components/AuditFilters.tsx";
import { AuditTable } from "../components/AuditTable.tsx";
import { useAuditEntries } from "../hooks/useAuditEntries.ts";

/** 审计日志: read-only; entries cannot be changed through the app. */
export default function AuditPage() {
  const { t } = useI18n();
  const [params, setParams] = useState<AuditListParams>({ page: 1, pageSize: 20 });
  const entries = useAuditEntries(params);

  const search = (values: AuditFilterValues) => {
    const [from, to] = values.range ?? [null, null];
    setParams((current) => ({
      page: 1,
      pageSize: current.pageSize,
      userId: values.userId,
      action: values.action?.trim() || undefined,
      entity: values.entity?.trim() || undefined,
      from: from ? from.second(0).millisecond(0).toISOString() : undefined,
      to: to ? to.second(59).millisecond(999).toISOString() : undefined,
    }));
  };

  return (
    <>
      <PageHeader title={t("menu.audit")} description={t("audit.pageDescription")} />
      <Card>
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <AuditFilters onSearch={search} />
          <AuditTable
            data={entries.data}
            isLoading={entries.isFetching}
            onPageChange={(page, pageSize) => setParams((current) => ({ ...current, page, pageSize }))}
          />
        </Space>
      </Card>
    </>
  );
}
