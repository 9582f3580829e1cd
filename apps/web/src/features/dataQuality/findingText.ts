import { type DataQualityFinding, indicatorOf } from "@xinqiao/shared";
import type { Locale, Translate } from "../../i18n/locale.ts";

/**
 * What a finding found, as a sentence in the user's language: the value, the limit it crossed
 * and what the rule compares it with (the residents before, the units' median, the last service).
 */
export function findingText(finding: DataQualityFinding, t: Translate, locale: Locale): string {
  const number = (value: number | null | undefined, digits = 1) =>
    value === null || value === undefined
      ? "—"
      : value.toLocaleString(locale, { maximumFractionDigits: digits });
  const value = number(finding.value);
  const threshold = number(finding.threshold);
  switch (finding.rule) {
    case "floorAreaImplausible":
      return t(`dataQuality.finding.floorArea.${finding.bound ?? "below"}`, { value, threshold });
    case "workerAgeImplausible":
      return t(`dataQuality.finding.workerAge.${finding.bound ?? "below"}`, { value, threshold });
    case "residentsDrop":
      return t("dataQuality.finding.residentsDrop", {
        before: number(finding.before, 0),
        after: number(finding.after, 0),
        value,
        threshold,
      });
    case "staleStation":
      return finding.lastServiceOn
        ? t("dataQuality.finding.stale", { date: finding.lastServiceOn, value, threshold })
        : t("dataQuality.finding.staleNever", { threshold });
    case "indicatorOutlier": {
      const indicator = finding.indicator ? indicatorOf(finding.indicator) : undefined;
      const digits = indicator?.decimals ?? 1;
      return t("dataQuality.finding.outlier", {
        indicator: indicator?.name[locale] ?? finding.indicator ?? "",
        value: number(finding.value, digits),
        median: number(finding.median, digits),
        deviation: number(finding.deviation),
        threshold,
      });
    }
    case "requiredFieldMissing":
      return t("dataQuality.finding.missing", {
        fields: (finding.fields ?? [])
          .map((field) => t(`dataQuality.field.${field}`))
          .join(t("dataQuality.fieldSeparator")),
      });
  }
}
