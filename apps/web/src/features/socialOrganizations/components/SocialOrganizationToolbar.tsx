import { DownloadOutlined, ExportOutlined, PlusOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import type { SocialOrganizationFilters } from "@xinqiao/shared";
import { App, Button, Space } from "antd";
import { useState } from "react";
import { useErrorText } from "../../../api/errorText.ts";
import { ExcelImport } from "../../../components/ExcelImport.tsx";
import { PermissionGate } from "../../../components/PermissionGate.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import {
  downloadSocialOrganizationsTemplate,
  exportSocialOrganizations,
  importSocialOrganizations,
  socialOrganizationKeys,
} from "../api.ts";

/** New, template, import (upsert by credit code) and export of the current filtered list. */
export function SocialOrganizationToolbar({
  filters,
  onCreate,
}: {
  filters: SocialOrganizationFilters;
  onCreate: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const mayManage = useHasPermission("organizations.manage");
  const mayOverride = useHasPermission("organizations.override_credit_code");
  const [busy, setBusy] = useState<"template" | "export" | null>(null);

  const run = async (kind: "template" | "export") => {
    setBusy(kind);
    try {
      if (kind === "template")
        await downloadSocialOrganizationsTemplate(t("socialOrganizations.templateFileName"));
      else await exportSocialOrganizations(filters, t("socialOrganizations.exportFileName"));
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space wrap>
      {(mayManage || mayOverride) && (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={onCreate}
          data-testid="social-organization-create"
        >
          {t("socialOrganizations.create")}
        </Button>
      )}
      <PermissionGate permission="registries.import">
        {mayManage && (
          <>
            <Button
              icon={<DownloadOutlined />}
              loading={busy === "template"}
              onClick={() => void run("template")}
            >
              {t("socialOrganizations.downloadTemplate")}
            </Button>
            <ExcelImport
              buttonText={t("socialOrganizations.import")}
              title={t("socialOrganizations.importTitle")}
              upload={importSocialOrganizations}
              onImported={() => void queryClient.invalidateQueries({ queryKey: socialOrganizationKeys.all })}
            />
          </>
        )}
      </PermissionGate>
      <PermissionGate permission="registries.export">
        <Button
          icon={<ExportOutlined />}
          loading={busy === "export"}
          onClick={() => void run("export")}
          data-testid="social-organization-export"
        >
          {t("socialOrganizations.export")}
        </Button>
      </PermissionGate>
    </Space>
  );
}
