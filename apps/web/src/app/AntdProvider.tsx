import { App, ConfigProvider } from "antd";
import enUSLocale from "antd/locale/en_US";
import zhCNLocale from "antd/locale/zh_CN";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18nContext.ts";
import { ErrorNotifier } from "./ErrorNotifier.tsx";
import { theme } from "./theme.ts";

const antdLocales = { "zh-CN": zhCNLocale, "en-US": enUSLocale };

export function AntdProvider({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  return (
    <ConfigProvider locale={antdLocales[locale]} theme={theme}>
      <App>
        <ErrorNotifier />
        {children}
      </App>
    </ConfigProvider>
  );
}
