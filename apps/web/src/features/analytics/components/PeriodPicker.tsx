import { type PeriodKind, periodContaining, periodKinds, periodLabel } from "@xinqiao/shared";
import { Segmented, Select, Space } from "antd";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { chinaToday, kindOfPeriod, periodChoices } from "../periodChoices.ts";

/**
 * 统计期: month, quarter or year, then which one (newest first). Switching the kind picks the
 * period of that kind containing today.
 */
export function PeriodPicker({ period, onChange }: { period: string; onChange: (period: string) => void }) {
  const { t, locale } = useI18n();
  const today = chinaToday(new Date());
  const kind: PeriodKind = kindOfPeriod(period) ?? "month";
  const choices = periodChoices(kind, today);
  // A period typed into the address that the list does not offer is still shown as chosen.
  if (!choices.includes(period)) choices.unshift(period);
  return (
    <Space size={8} wrap>
      <Segmented<PeriodKind>
        data-testid="dashboard-period-kind"
        value={kind}
        onChange={(next) => onChange(periodContaining(next, today))}
        options={periodKinds.map((value) => ({ value, label: t(`analytics.period.${value}`) }))}
      />
      <Select
        id="dashboard-period"
        data-testid="dashboard-period"
        aria-label={t("analytics.period.label")}
        value={period}
        onChange={onChange}
        style={{ width: 150 }}
        options={choices.map((value) => ({ value, label: periodLabel(value, locale) }))}
      />
    </Space>
  );
}
