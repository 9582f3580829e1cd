import { Segmented } from "antd";
import { useI18n } from "../i18n/i18nContext.ts";
import { isLocale, type Locale } from "../i18n/locale.ts";

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  const options: { label: string; value: Locale }[] = [
    { label: t("language.zhCN"), value: "zh-CN" },
    { label: t("language.enUS"), value: "en-US" },
  ];
  return (
    <Segmented
      size="small"
      options={options}
      value={locale}
      onChange={(value) => {
        if (isLocale(value)) setLocale(value);
      }}
      data-testid="language-switch"
    />
  );
}
