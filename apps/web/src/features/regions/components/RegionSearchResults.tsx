import type { Region } from "@xinqiao/shared";
import { Button, Empty, Flex, Spin, Typography, theme } from "antd";
import { RegionLevelTag } from "../../../components/RegionLevelTag.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";

/** Search hits with their path from the scope root, so same-named communities can be told apart. */
export function RegionSearchResults({
  regions,
  isLoading,
  onSelect,
}: {
  regions: Region[];
  isLoading: boolean;
  onSelect: (region: Region) => void;
}) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  return (
    <Spin spinning={isLoading}>
      <div
        data-testid="region-search-results"
        style={{
          border: `1px solid ${token.colorBorderSecondary}`,
          borderRadius: token.borderRadius,
          maxHeight: 600,
          overflow: "auto",
        }}
      >
        {regions.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("region.searchEmpty")} />
        ) : (
          <Flex vertical>
            {regions.map((region) => (
              <Button
                key={region.code}
                type="text"
                block
                onClick={() => onSelect(region)}
                data-testid="region-search-result"
                style={{
                  height: "auto",
                  padding: "8px 12px",
                  justifyContent: "flex-start",
                  textAlign: "left",
                }}
              >
                <Flex vertical gap={2} style={{ minWidth: 0 }}>
                  <Flex gap={6} align="center">
                    <Typography.Text strong>{region.name}</Typography.Text>
                    <RegionLevelTag level={region.level} />
                  </Flex>
                  <Typography.Text
                    type="secondary"
                    style={{ fontSize: 12 }}
                    data-testid="region-search-result-path"
                  >
                    {region.path.map((step) => step.name).join(" / ")}
                  </Typography.Text>
                </Flex>
              </Button>
            ))}
          </Flex>
        )}
      </div>
    </Spin>
  );
}
