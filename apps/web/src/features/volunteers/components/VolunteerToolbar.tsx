import { DownloadOutlined, DownOutlined, ExportOutlined, PlusOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { App, Button, Dropdown, Space, Tooltip } from "antd";
import { useState } from "react";
import { useErrorText } from "../../../api/errorText.ts";
import { ExcelImport } from "../../../components/ExcelImport.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import { teamKeys, type VolunteerFilterParams, volunteerKeys, volunteersApi } from "../api.ts";

/** Create, template, import and export of the current filtered list, each shown only when permitted. */
export function VolunteerToolbar({
  filters,
  onCreate,
}: {
  filters: VolunteerFilterParams;
  onCreate: () => void;
}) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const canManage = useHasPermission("volunteers.manage");
  const canImport = useHasPermission("registries.import") && canManage;
  const canExport = useHasPermission("registries.export");
  const canExportUnmasked = useHasPermission("personal.export");
  const [busy, setBusy] = useState<"template" | "export" | null>(null);

  const run = async (kind: "template" | "export", isUnmasked = false) => {
    setBusy(kind);
    try {
      if (kind === "template") await volunteersApi.downloadTemplate(t("volunteers.excel.templateFileName"));
      else
        await volunteersApi.exportList(filters, t("volunteers.excel.exportFileName"), {
          unmasked: isUnmasked,
        });
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space wrap>
      {canImport && (
        <>
          <Tooltip title={t("volunteers.excel.reimportNote")}>
            <Button
              icon={<DownloadOutlined />}
              loading={busy === "template"}
              onClick={() => void run("template")}
            >
              {t("volunteers.excel.template")}
            </Button>
          </Tooltip>
          <ExcelImport
            buttonText={t("volunteers.excel.import")}
            title={t("volunteers.excel.importTitle")}
            upload={volunteersApi.importFile}
            onImported={() =>
              void Promise.all([
                queryClient.invalidateQueries({ queryKey: volunteerKeys.all }),
                queryClient.invalidateQueries({ queryKey: teamKeys.all }),
              ])
            }
          />
        </>
      )}
      {canExport && (
        <Space.Compact>
          <Button
            icon={<ExportOutlined />}
            loading={busy === "export"}
            onClick={() => void run("export")}
            data-testid="volunteer-export"
          >
            {t("volunteers.excel.export")}
          </Button>
          {canExportUnmasked && (
            <Dropdown
              menu={{
                items: [{ key: "unmasked", label: t("volunteers.excel.exportUnmasked") }],
                onClick: () =>
                  modal.confirm({
                    title: t("volunteers.excel.exportUnmasked"),
                    content: t("volunteers.excel.confirmUnmasked"),
                    onOk: () => run("export", true),
                  }),
              }}
            >
              <Button icon={<DownOutlined />} aria-label={t("volunteers.excel.exportUnmasked")} />
            </Dropdown>
          )}
        </Space.Compact>
      )}
      {canManage && (
        <Button type="primary" icon={<PlusOutlined />} onClick={onCreate} data-testid="volunteer-create">
          {t("volunteers.create")}
        </Button>
      )}
    </Space>
  );
}
