import type {
  SocialOrganizationFilters as Filters,
  SocialOrganization,
  SocialOrganizationDetail,
} from "@xinqiao/shared";
import { Card, Space } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { recordPaths } from "../../../components/RecordLink.tsx";
import { useListSearchParams } from "../../../hooks/useListSearchParams.ts";
import { useReturnState } from "../../../hooks/useReturnState.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { socialOrganizationsApi } from "../api.ts";
import { SocialOrganizationFilters } from "../components/SocialOrganizationFilters.tsx";
import { SocialOrganizationFormDrawer } from "../components/SocialOrganizationFormDrawer.tsx";
import { SocialOrganizationTable } from "../components/SocialOrganizationTable.tsx";
import { SocialOrganizationToolbar } from "../components/SocialOrganizationToolbar.tsx";
import { useOrganizationBulkActions } from "../hooks/useOrganizationBulkActions.ts";
import { useSocialOrganizations } from "../hooks/useSocialOrganizations.ts";
import { organizationListSearch } from "../listParams.ts";

/**
 * 社会组织: the filtered, paged register; its search, filters, sort and page are in the address,
 * so they can be linked and survive a reload. A name opens the organization's page, as does a
 * new organization once saved.
 */
export function SocialOrganizationListPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const returnState = useReturnState();
  const [params, setParams] = useListSearchParams(organizationListSearch);
  const organizations = useSocialOrganizations(params);
  const [form, setForm] = useState<{ open: boolean; organization: SocialOrganizationDetail | null }>({
    open: false,
    organization: null,
  });

  const { page: _page, pageSize, sort, ...filters } = params;
  const bulk = useOrganizationBulkActions(filters);
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
            bulk={bulk}
            onChange={(change) => setParams({ ...filters, ...change })}
            onEdit={(organization) => void editFromList(organization)}
          />
        </Space>
      </Card>
      <SocialOrganizationFormDrawer
        open={form.open}
        organization={form.organization}
        onClose={() => setForm((current) => ({ ...current, open: false }))}
        onSaved={(id) => {
          if (form.organization === null)
            navigate(recordPaths.socialOrganization(id), { state: returnState });
        }}
      />
    </>
  );
}
