import { type DataQualitySeverity, dataQualitySeverityNames } from "@xinqiao/shared";
import { Tag } from "antd";
import { useI18n } from "../../../i18n/i18nContext.ts";

export const severityColors: Record<DataQualitySeverity, string> = {
  critical: "red",
  warning: "orange",
  info: "blue",
};

export function SeverityTag({ severity }: { severity: DataQualitySeverity }) {
  const { locale } = useI18n();
  return <Tag color={severityColors[severity]}>{dataQualitySeverityNames[severity][locale]}</Tag>;
}
