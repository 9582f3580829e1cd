import type {
  SocialOrganizationFilters as Filters,
  SocialOrganization,
  SocialOrganizationDetail,
} from "@xinqiao/shared";
import { Card, Space } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { useListSearchParams } from "../../../hooks/useListSearchParams.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { socialOrganizationsApi } from "../api.ts";
import { SocialOrganizationDetailDrawer } from "../components/SocialOrganizationDetailDrawer.tsx";
import { SocialOrganizationFilters } from "../components/SocialOrganizationFilters.tsx";
import { SocialOrganizationFormDrawer } from "../components/SocialOrganizationFormDrawer.tsx";
import { SocialOrganizationTable } from "../components/SocialOrganizationTable.tsx";
import { SocialOrganizationToolbar } from "../components/SocialOrganizationToolbar.tsx";
import { useSocialOrganizations } from "../hooks/useSocialOrganizations.ts";
import { organizationListSearch } from "../listParams.ts";

/**
 * 社会组织: the filtered, paged register; its search, filters, sort and page and the open
 * organization's drawer (?organization=12) are in the address, so they can be linked and survive
 * a reload.
 */
export default function SocialOrganizationsPage() {
  const { t } = useI18n();
  const [params, setParams] = useListSearchParams(organizationListSearch);
  const [searchParams, setSearchParams] = useSearchParams();
  const organizations = useSocialOrganizations(params);
  const [form, setForm] = useState<{ open: boolean; organization: SocialOrganizationDetail | null }>({
    open: false,
    organization: null,
  });

  const openId = Number(searchParams.get("organization")) || null;
  const openOrganization = (id: number | null) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id === null) next.delete("organization");
        else next.set("organization", String(id));
        return next;
      },
      { replace: id === null },
    );
  const { page: _page, pageSize, sort, ...filters } = params;
  const editFromList = async (organization: SocialOrganization) =>
    setForm({ open: true, organization: await socialOrganizationsApi.get(organization.id) });

  return (
    <>
      <PageHeader
        title={t("socialOrganizations.title")}
        description={t("socialOrganizations.description")}
        extra={
          <SocialOrganizationToolbar
            filters={filters}
            onCreate={() => setForm({ open: true, organization: null })}
          />
        }
      />
      <Card>
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <SocialOrganizationFilters
            value={filters}
            onChange={(next: Filters) => setParams({ ...next, page: 1, pageSize, sort })}
          />
          <SocialOrganizationTable
            data={organizations.data}
            isLoading={organizations.isFetching}
            sort={sort}
            onChange={(change) => setParams({ ...filters, ...change })}
            onOpen={(organization) => openOrganization(organization.id)}
            onEdit={(organization) => void editFromList(organization)}
          />
        </Space>
      </Card>
      <SocialOrganizationDetailDrawer
        organizationId={openId}
        onClose={() => openOrganization(null)}
        onEdit={(organization) => setForm({ open: true, organization })}
      />
      <SocialOrganizationFormDrawer
        open={form.open}
        organization={form.organization}
        onClose={() => setForm((current) => ({ ...current, open: false }))}
        onSaved={(id) => openOrganization(id)}
      />
    </>
  );
}
