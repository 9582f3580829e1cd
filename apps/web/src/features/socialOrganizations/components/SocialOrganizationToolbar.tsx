import { useQueryClient } from "@tanstack/react-query";
import type { SocialOrganizationFilters } from "@xinqiao/shared";
import { RegistryToolbar } from "../../../components/RegistryToolbar.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import { socialOrganizationKeys, socialOrganizationsApi } from "../api.ts";

/** New, template, import (upsert by credit code) and export of the current filtered list. */
export function SocialOrganizationToolbar({
  filters,
  onCreate,
}: {
  filters: SocialOrganizationFilters;
  onCreate: () => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const mayManage = useHasPermission("organizations.manage");
  const mayOverride = useHasPermission("organizations.override_credit_code");
  const mayImport = useHasPermission("registries.import");
  const mayExport = useHasPermission("registries.export");

  return (
    <RegistryToolbar
      canCreate={mayManage || mayOverride}
      createLabel={t("socialOrganizations.create")}
      createTestId="social-organization-create"
      onCreate={onCreate}
      canImport={mayImport && mayManage}
      downloadTemplate={() =>
        socialOrganizationsApi.downloadTemplate(t("socialOrganizations.templateFileName"))
      }
      importTitle={t("socialOrganizations.importTitle")}
      upload={socialOrganizationsApi.importFile}
      onImported={() => void queryClient.invalidateQueries({ queryKey: socialOrganizationKeys.all })}
      canExport={mayExport}
      exportTestId="social-organization-export"
      exportList={() => socialOrganizationsApi.exportList(filters, t("socialOrganizations.exportFileName"))}
    />
  );
}
