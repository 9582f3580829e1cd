import type { RegionLevel } from "@xinqiao/shared";
import { Tag } from "antd";
import { useI18n } from "../i18n/i18nContext.ts";

const levelColors: Record<RegionLevel, string> = {
  city: "geekblue",
  district: "blue",
  street: "cyan",
  community: "green",
};

export function RegionLevelTag({ level }: { level: RegionLevel }) {
  const { t } = useI18n();
  return <Tag color={levelColors[level]}>{t(`regionLevel.${level}`)}</Tag>;
}
