import { DownloadOutlined, ExportOutlined, PlusOutlined, ReloadOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Input, Select, Space, Tooltip } from "antd";
import { useState } from "react";
import { useErrorText } from "../../../api/errorText.ts";
import { ExcelImport } from "../../../components/ExcelImport.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { RegionTreeSelect } from "../../../components/RegionTreeSelect.tsx";
import { useListSearchParams } from "../../../hooks/useListSearchParams.ts";
import { useSearchText } from "../../../hooks/useSearchText.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import { teamKeys, teamsApi } from "../api.ts";
import { TeamFormDrawer } from "../components/TeamFormDrawer.tsx";
import { TeamTable } from "../components/TeamTable.tsx";
import { useTeamList } from "../hooks/useVolunteerTeams.ts";
import { teamListSearch } from "../listParams.ts";

/** 志愿服务队: the team register; state in the URL like the volunteers list. */
export function TeamListPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const canManage = useHasPermission("volunteers.manage");
  const canExport = useHasPermission("registries.export");
  const canImport = useHasPermission("registries.import") && canManage;
  const queryClient = useQueryClient();
  const [params, update] = useListSearchParams(teamListSearch);
  const teams = useTeamList(params);
  const [isCreating, setIsCreating] = useState(false);
  const [isExporting, setIsExporting] = useState(false);
  const [text, setText] = useSearchText(params.q, (q) => update({ ...params, q, page: 1 }));

  const { page: _page, pageSize, sort, ...filters } = params;

  const runDownload = async (kind: "template" | "export") => {
    setIsExporting(true);
    try {
      if (kind === "template") await teamsApi.downloadTemplate(t("volunteers.teams.templateFileName"));
      else await teamsApi.exportList(filters, t("volunteers.excel.teamsFileName"));
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setIsExporting(false);
    }
  };

  return (
    <>
      <PageHeader
        title={t("volunteers.teams.title")}
        description={t("volunteers.teams.description")}
        extra={
          <Space wrap>
            {canImport && (
              <>
                <Tooltip title={t("volunteers.teams.reimportNote")}>
                  <Button icon={<DownloadOutlined />} onClick={() => void runDownload("template")}>
                    {t("volunteers.excel.template")}
                  </Button>
                </Tooltip>
                <ExcelImport
                  buttonText={t("volunteers.teams.import")}
                  title={t("volunteers.teams.importTitle")}
                  upload={teamsApi.importFile}
                  onImported={() => void queryClient.invalidateQueries({ queryKey: teamKeys.all })}
                />
              </>
            )}
            {canExport && (
              <Button
                icon={<ExportOutlined />}
                loading={isExporting}
                onClick={() => void runDownload("export")}
              >
                {t("volunteers.excel.export")}
              </Button>
            )}
            {canManage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setIsCreating(true)}
                data-testid="team-create"
              >
                {t("volunteers.teams.create")}
              </Button>
            )}
          </Space>
        }
      />
      <Card>
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <Space wrap size={[12, 12]}>
            <Input.Search
              allowClear
              maxLength={50}
              value={text}
              onChange={(event) => setText(event.target.value)}
              placeholder={t("volunteers.teams.searchPlaceholder")}
              style={{ width: 260 }}
              data-testid="team-search"
            />
            <div style={{ width: 200 }}>
              <RegionTreeSelect
                value={params.regionCode ?? null}
                onChange={(regionCode) => update({ ...params, regionCode: regionCode ?? undefined, page: 1 })}
                placeholder={t("volunteers.filter.region")}
              />
            </div>
            <Select<"true" | "false">
              allowClear
              placeholder={t("volunteers.filter.status")}
              value={params.isActive}
              onChange={(isActive) => update({ ...params, isActive, page: 1 })}
              options={[
                { value: "true", label: t("volunteers.active") },
                { value: "false", label: t("volunteers.inactive") },
              ]}
              style={{ width: 120 }}
            />
            <Button
              icon={<ReloadOutlined />}
              onClick={() => {
                setText("");
                update({ page: 1, pageSize });
              }}
            >
              {t("volunteers.filter.reset")}
            </Button>
          </Space>
          <TeamTable
            data={teams.data}
            isLoading={teams.isFetching}
            sort={sort}
            onChange={(change) => update({ ...filters, ...change })}
          />
        </Space>
      </Card>
      <TeamFormDrawer open={isCreating} team={null} onClose={() => setIsCreating(false)} />
    </>
  );
}
