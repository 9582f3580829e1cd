import { DownOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { App, Button, Dropdown } from "antd";
import { RegistryToolbar } from "../../../components/RegistryToolbar.tsx";
import { useBusyTask } from "../../../components/useBusyTask.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import { teamKeys, type VolunteerFilterParams, volunteerKeys, volunteersApi } from "../api.ts";

/** Template, import (upsert by ID number), export of the current filtered list and new, each shown only when permitted. */
export function VolunteerToolbar({
  filters,
  onCreate,
}: {
  filters: VolunteerFilterParams;
  onCreate: () => void;
}) {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const queryClient = useQueryClient();
  const canManage = useHasPermission("volunteers.manage");
  const canImport = useHasPermission("registries.import") && canManage;
  const canExport = useHasPermission("registries.export");
  const canExportUnmasked = useHasPermission("personal.export");
  const { busy, run } = useBusyTask<"unmasked">();

  return (
    <RegistryToolbar
      canCreate={canManage}
      createLabel={t("volunteers.create")}
      createTestId="volunteer-create"
      onCreate={onCreate}
      isCreateLast
      canImport={canImport}
      templateLabel={t("volunteers.excel.template")}
      templateTooltip={t("volunteers.excel.reimportNote")}
      downloadTemplate={() => volunteersApi.downloadTemplate(t("volunteers.excel.templateFileName"))}
      importLabel={t("volunteers.excel.import")}
      importTitle={t("volunteers.excel.importTitle")}
      upload={volunteersApi.importFile}
      onImported={() =>
        void Promise.all([
          queryClient.invalidateQueries({ queryKey: volunteerKeys.all }),
          queryClient.invalidateQueries({ queryKey: teamKeys.all }),
        ])
      }
      canExport={canExport}
      exportLabel={t("volunteers.excel.export")}
      exportTestId="volunteer-export"
      exportList={() => volunteersApi.exportList(filters, t("volunteers.excel.exportFileName"))}
      isExportExtraJoined
      exportExtra={
        canExportUnmasked && (
          <Dropdown
            menu={{
              items: [{ key: "unmasked", label: t("volunteers.excel.exportUnmasked") }],
              onClick: () =>
                modal.confirm({
                  title: t("volunteers.excel.exportUnmasked"),
                  content: t("volunteers.excel.confirmUnmasked"),
                  onOk: () =>
                    run("unmasked", () =>
                      volunteersApi.exportList(filters, t("volunteers.excel.exportFileName"), {
                        unmasked: true,
                      }),
                    ),
                }),
            }}
          >
            <Button
              icon={<DownOutlined />}
              loading={busy === "unmasked"}
              aria-label={t("volunteers.excel.exportUnmasked")}
            />
          </Dropdown>
        )
      }
    />
  );
}
