import { SettingOutlined } from "@ant-design/icons";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import {
  type DataQualityRuleCode,
  dataQualityRuleCodes,
  dataQualitySeverities,
  dataQualitySeverityNames,
} from "@xinqiao/shared";
import { Button, Card, Flex, Result, Segmented, Skeleton, Space, Typography } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { useErrorText } from "../../../api/errorText.ts";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { RegionTreeSelect } from "../../../components/RegionTreeSelect.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useCurrentUser, useHasPermission } from "../../auth/hooks/useSession.ts";
import { dataQualityApi, dataQualityKeys } from "../api.ts";
import { FindingsTable } from "../components/FindingsTable.tsx";
import { RuleSummary } from "../components/RuleSummary.tsx";
import { ThresholdsDrawer } from "../components/ThresholdsDrawer.tsx";

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((candidate) => candidate === value);
const positive = (value: string | null, fallback: number) => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
};

/**
 * 数据质量: the counts per rule of the region chosen (the user's own by default) and the table of
 * findings, filtered by rule and severity; region, filters and page live in the address.
 */
export default function DataQualityPage() {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const user = useCurrentUser();
  const mayConfigure = useHasPermission("analytics.configure");
  const [searchParams, setSearchParams] = useSearchParams();
  const [settingsOpen, setSettingsOpen] = useState(false);

  const region = searchParams.get("region") ?? user.region.code;
  const rule = oneOf(dataQualityRuleCodes, searchParams.get("rule"));
  const severity = oneOf(dataQualitySeverities, searchParams.get("severity"));
  const page = positive(searchParams.get("page"), 1);
  const pageSize = positive(searchParams.get("pageSize"), 20);
  // A report links here with its period: the outliers are then those of that period.
  const period = searchParams.get("period") ?? undefined;
  const params = { region, rule, severity, period, page, pageSize };
  const answer = useQuery({
    queryKey: dataQualityKeys.findings(params),
    queryFn: () => dataQualityApi.findings(params),
    placeholderData: keepPreviousData,
  });

  const update = (changes: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries({ page: undefined, ...changes })) {
      if (value === undefined || value === "") next.delete(key);
      else next.set(key, String(value));
    }
    setSearchParams(next);
  };

  return (
    <>
      <PageHeader
        title={t("dataQuality.title")}
        description={t("dataQuality.description")}
        extra={
          <Space wrap>
            <Typography.Text type="secondary">{t("dataQuality.region")}</Typography.Text>
            <div style={{ width: 240 }}>
              <RegionTreeSelect
                id="data-quality-region"
                value={region}
                onChange={(code) =>
                  update({ region: code === user.region.code ? undefined : (code ?? undefined) })
                }
              />
            </div>
            {mayConfigure && (
              <Button icon={<SettingOutlined />} onClick={() => setSettingsOpen(true)}>
                {t("dataQuality.settings")}
              </Button>
            )}
          </Space>
        }
      />
      {answer.isError ? (
        <Card>
          <Result status="warning" title={t("dataQuality.loadFailed")} subTitle={errorText(answer.error)} />
        </Card>
      ) : !answer.data ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : (
        <>
          <RuleSummary
            counts={answer.data.counts}
            selected={rule}
            onSelect={(code: DataQualityRuleCode | undefined) => update({ rule: code })}
          />
          <Card styles={{ body: { padding: 0 } }}>
            <Flex justify="space-between" align="center" wrap gap={8} style={{ padding: 16 }}>
              <Segmented
                value={severity ?? "all"}
                onChange={(value) => update({ severity: value === "all" ? undefined : String(value) })}
                options={[
                  { value: "all", label: t("dataQuality.filter.allSeverities") },
                  ...[...dataQualitySeverities]
                    .reverse()
                    .map((value) => ({ value, label: dataQualitySeverityNames[value][locale] })),
                ]}
              />
              <Typography.Text type="secondary">
                {t("dataQuality.checkedAt", {
                  time: new Date(answer.data.checkedAt).toLocaleString(locale, { hour12: false }),
                })}
              </Typography.Text>
            </Flex>
            <FindingsTable
              findings={answer.data.items}
              total={answer.data.total}
              page={page}
              pageSize={pageSize}
              loading={answer.isFetching}
              onPage={(next, size) =>
                update({ page: next === 1 ? undefined : next, pageSize: size === 20 ? undefined : size })
              }
            />
          </Card>
        </>
      )}
      {mayConfigure && <ThresholdsDrawer open={settingsOpen} onClose={() => setSettingsOpen(false)} />}
    </>
  );
}
