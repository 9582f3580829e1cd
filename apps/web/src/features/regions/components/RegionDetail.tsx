import type { Region } from "@xinqiao/shared";
import { Descriptions, type DescriptionsProps, Divider, Space, Typography } from "antd";
import { DemoDataTag } from "../../../components/DemoDataTag.tsx";
import { formatCount } from "../../../components/formatNumber.ts";
import { RegionLevelTag } from "../../../components/RegionLevelTag.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { ResidentsEditor } from "./ResidentsEditor.tsx";

export function RegionDetail({ region }: { region: Region }) {
  const { t, locale } = useI18n();
  const isEditable = region.level === "community" && region.canEditResidents;
  const items: DescriptionsProps["items"] = [
    { key: "name", label: t("region.name"), children: region.name },
    {
      key: "code",
      label: t("region.code"),
      children: <Typography.Text copyable>{region.code}</Typography.Text>,
    },
    { key: "level", label: t("region.level"), children: <RegionLevelTag level={region.level} /> },
    {
      key: "path",
      label: t("region.path"),
      children: region.path.map((step) => step.name).join(" / ") || region.name,
    },
    {
      key: "residents",
      label: t("region.residents"),
      children: (
        <Space size={6}>
          <span data-testid="region-residents">{formatCount(region.residents, locale)}</span>
          {region.isResidentsDemo && <DemoDataTag />}
        </Space>
      ),
    },
  ];
  if (region.level === "city" || region.level === "district") {
    items.push({
      key: "streets",
      label: t("region.streetCount"),
      children: formatCount(region.streetCount, locale),
    });
  }
  if (region.level !== "community") {
    items.push({
      key: "communities",
      label: t("region.communityCount"),
      children: formatCount(region.communityCount, locale),
    });
  }

  return (
    <>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={items}
        data-testid="region-detail"
      />
      {isEditable && (
        <>
          <Divider titlePlacement="start" plain>
            {t("region.editResidents")}
          </Divider>
          <ResidentsEditor key={`${region.code}:${region.residents ?? ""}`} region={region} />
        </>
      )}
    </>
  );
}
