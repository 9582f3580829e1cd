import type {
  SocialOrganizationFilters as Filters,
  SocialOrganization,
  SocialOrganizationDetail,
} from "@xinqiao/shared";
import { Card, Space } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { getSocialOrganization, type SocialOrganizationListParams } from "../api.ts";
import { SocialOrganizationDetailDrawer } from "../components/SocialOrganizationDetailDrawer.tsx";
import { SocialOrganizationFilters } from "../components/SocialOrganizationFilters.tsx";
import { SocialOrganizationFormDrawer } from "../components/SocialOrganizationFormDrawer.tsx";
import { SocialOrganizationTable } from "../components/SocialOrganizationTable.tsx";
import { SocialOrganizationToolbar } from "../components/SocialOrganizationToolbar.tsx";
import { useSocialOrganizations } from "../hooks/useSocialOrganizations.ts";

/**
 * 社会组织: the filtered, paged register; an organization's detail opens in a drawer whose id is
 * in the address (?organization=12), so it can be linked and survives a reload.
 */
export default function SocialOrganizationsPage() {
  const { t } = useI18n();
  const [params, setParams] = useState<SocialOrganizationListParams>({
    page: 1,
    pageSize: 20,
    isActive: "true",
  });
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
  const { page: _page, pageSize: _pageSize, sort: _sort, ...filters } = params;
  const editFromList = async (organization: SocialOrganization) =>
    setForm({ open: true, organization: await getSocialOrganization(organization.id) });

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
            onChange={(next: Filters) =>
              setParams((current) => ({ page: 1, pageSize: current.pageSize, sort: current.sort, ...next }))
            }
          />
          <SocialOrganizationTable
            data={organizations.data}
            isLoading={organizations.isFetching}
            sort={params.sort}
            onChange={(change) => setParams((current) => ({ ...current, ...change }))}
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
