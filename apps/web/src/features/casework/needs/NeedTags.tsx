import type { NeedStatus, NeedUrgency } from "@xinqiao/shared";
import { Tag } from "antd";
import { useI18n } from "../../../i18n/i18nContext.ts";

const urgencyColors: Record<NeedUrgency, string> = { normal: "default", urgent: "orange", critical: "red" };
const statusColors: Record<NeedStatus, string> = {
  open: "processing",
  case: "success",
  oneOff: "cyan",
  closed: "default",
};

export function UrgencyTag({ urgency }: { urgency: NeedUrgency }) {
  const { t } = useI18n();
  return <Tag color={urgencyColors[urgency]}>{t(`needs.urgency.${urgency}`)}</Tag>;
}

export function NeedStatusTag({ status }: { status: NeedStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={statusColors[status]} data-testid="need-status">
      {t(`needs.status.${status}`)}
    </Tag>
  );
}
