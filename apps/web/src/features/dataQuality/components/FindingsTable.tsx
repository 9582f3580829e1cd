import { type DataQualityFinding, dataQualityRuleOf } from "@xinqiao/shared";
import { Space, Table, type TableColumnType, Typography } from "antd";
import { Link } from "react-router";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { findingText } from "../findingText.ts";
import { SeverityTag } from "./SeverityTag.tsx";

/** The findings of the page, each naming its record with a link to the page where it is fixed. */
export function FindingsTable({
  findings,
  total,
  page,
  pageSize,
  loading,
  onPage,
}: {
  findings: readonly DataQualityFinding[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage: (page: number, pageSize: number) => void;
}) {
  const { t, locale } = useI18n();
  const columns: TableColumnType<DataQualityFinding>[] = [
    {
      title: t("dataQuality.column.severity"),
      key: "severity",
      width: 80,
      render: (_, finding) => <SeverityTag severity={finding.severity} />,
    },
    {
      title: t("dataQuality.column.rule"),
      key: "rule",
      width: 150,
      render: (_, finding) => dataQualityRuleOf(finding.rule).name[locale],
    },
    {
      title: t("dataQuality.column.subject"),
      key: "subject",
      width: 240,
      render: (_, finding) => (
        <Space orientation="vertical" size={0}>
          <Link to={finding.link} data-testid="data-quality-subject">
            {finding.subject.name}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`dataQuality.subject.${finding.subject.kind}`)}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t("dataQuality.column.region"),
      key: "region",
      width: 140,
      render: (_, finding) => finding.subject.regionName,
    },
    {
      title: t("dataQuality.column.finding"),
      key: "finding",
      render: (_, finding) => findingText(finding, t, locale),
    },
    {
      title: t("dataQuality.column.action"),
      key: "action",
      width: 90,
      render: (_, finding) => <Link to={finding.link}>{t("dataQuality.fix")}</Link>,
    },
  ];
  return (
    <Table<DataQualityFinding>
      rowKey={(finding) =>
        `${finding.rule}/${finding.subject.kind}/${finding.subject.id}/${finding.indicator ?? ""}`
      }
      columns={columns}
      dataSource={[...findings]}
      loading={loading}
      locale={{ emptyText: t("dataQuality.empty") }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        onChange: onPage,
      }}
      data-testid="data-quality-findings"
    />
  );
}
