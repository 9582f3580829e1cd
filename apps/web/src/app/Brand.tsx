import { Flex, Typography } from "antd";
import { useI18n } from "../i18n/i18nContext.ts";
import { layoutSizes } from "./theme.ts";

export function Brand({ isCollapsed }: { isCollapsed: boolean }) {
  const { t } = useI18n();
  return (
    <Flex
      align="center"
      justify={isCollapsed ? "center" : "flex-start"}
      gap={10}
      style={{ height: layoutSizes.headerHeight, padding: isCollapsed ? 0 : "0 20px", overflow: "hidden" }}
    >
      <Flex
        align="center"
        justify="center"
        style={{
          width: 30,
          height: 30,
          flex: "none",
          borderRadius: 6,
          background: "#1d4ed8",
          color: "#fff",
          fontWeight: 700,
        }}
      >
        {t("app.logoText")}
      </Flex>
      {!isCollapsed && (
        <Typography.Text strong style={{ color: "#fff", fontSize: 16, whiteSpace: "nowrap" }}>
          {t("app.shortName")}
        </Typography.Text>
      )}
    </Flex>
  );
}
