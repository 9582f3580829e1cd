import { DownloadOutlined } from "@ant-design/icons";
import type { ComplianceReport, ComplianceUnit } from "@xinqiao/shared";
import { Button, Card, Space, Table, Typography } from "antd";
import { useState } from "react";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { RegionTreeSelect } from "../../../components/RegionTreeSelect.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import { complianceApi } from "../api.ts";
import { useCompliance } from "../hooks/useCourses.ts";

type ShortWorker = ComplianceReport["shortWorkers"][number];
type UnitRow = ComplianceUnit & { key: string; children?: UnitRow[] };

/** Districts with their stations nested below them, as the report counts them. */
function unitTree(units: ComplianceUnit[]): UnitRow[] {
  return units
    .filter((unit) => unit.level === "district")
    .map((district) => ({
      ...district,
      key: `d:${district.code}`,
      children: units
        .filter((unit) => unit.level === "station" && unit.districtCode === district.code)
        .map((station) => ({ ...station, key: `s:${district.code}:${station.code}` })),
    }));
}

/** 继续教育达标: per district and station, who meets the current cycle's hours; exportable. */
export default function CompliancePage() {
  const { t } = useI18n();
  const [regionCode, setRegionCode] = useState<string | undefined>(undefined);
  const report = useCompliance(regionCode);
  const canExport = useHasPermission("registries.export");
  const [isExporting, setIsExporting] = useState(false);
  const rate = (unit: ComplianceUnit) =>
    unit.required === 0 ? "—" : `${Math.round((unit.met / unit.required) * 1000) / 10}%`;
  return (
    <>
      <PageHeader
        title={t("training.compliance.title")}
        description={t("training.compliance.description")}
        extra={
          canExport ? (
            <Button
              icon={<DownloadOutlined />}
              loading={isExporting}
              data-testid="compliance-export"
              onClick={() => {
                setIsExporting(true);
                void complianceApi
                  .export(regionCode, t("training.compliance.exportFileName"))
                  .finally(() => setIsExporting(false));
              }}
            >
              {t("training.compliance.export")}
            </Button>
          ) : null
        }
      />
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        <Card>
          <Space wrap>
            <div style={{ width: 220 }}>
              <RegionTreeSelect
                value={regionCode ?? null}
                onChange={(code) => setRegionCode(code ?? undefined)}
                placeholder={t("training.filter.region")}
              />
            </div>
            {report.data && (
              <Typography.Text type="secondary">
                {t("training.compliance.asOf", { date: report.data.asOf })}
              </Typography.Text>
            )}
          </Space>
        </Card>
        <Card>
          <Table<UnitRow>
            rowKey="key"
            size="small"
            pagination={false}
            loading={report.isFetching}
            dataSource={unitTree(report.data?.units ?? [])}
            data-testid="compliance-units"
            locale={{ emptyText: t("training.compliance.empty") }}
            columns={[
              { title: t("training.compliance.unit"), dataIndex: "name", key: "name" },
              {
                title: t("training.compliance.required"),
                dataIndex: "required",
                key: "required",
                width: 110,
              },
              { title: t("training.compliance.met"), dataIndex: "met", key: "met", width: 90 },
              { title: t("training.compliance.short"), dataIndex: "short", key: "short", width: 90 },
              {
                title: t("training.compliance.rate"),
                key: "rate",
                width: 90,
                render: (_: unknown, unit) => rate(unit),
              },
              {
                title: t("training.compliance.shortHours"),
                dataIndex: "shortHours",
                key: "shortHours",
                width: 120,
              },
            ]}
          />
        </Card>
        <Card title={t("training.compliance.shortWorkers")}>
          <Table<ShortWorker>
            rowKey="id"
            size="small"
            loading={report.isFetching}
            dataSource={report.data?.shortWorkers ?? []}
            data-testid="compliance-short"
            columns={[
              { title: t("training.compliance.worker"), dataIndex: "name", key: "name", width: 120 },
              { title: t("training.compliance.station"), dataIndex: "stationName", key: "station" },
              {
                title: t("training.enrolment.level"),
                key: "level",
                width: 140,
                render: (_: unknown, w) => t(`training.level.${w.qualificationLevel}`),
              },
              {
                title: t("training.compliance.cycle"),
                key: "cycle",
                width: 200,
                render: (_: unknown, w) => `${w.cycleStart} – ${w.cycleEnd}`,
              },
              {
                title: t("training.compliance.completed"),
                key: "completed",
                width: 130,
                render: (_: unknown, w) => `${w.completedHours} / ${w.requiredHours}`,
              },
              { title: t("training.compliance.shortBy"), dataIndex: "shortBy", key: "shortBy", width: 100 },
            ]}
          />
        </Card>
      </Space>
    </>
  );
}
