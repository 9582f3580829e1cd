import { type CaseAction, type CaseDetail, caseActions } from "@xinqiao/shared";
import { Alert, Card, Descriptions, Empty, Space, Typography } from "antd";
import dayjs from "dayjs";
import { useI18n } from "../../../i18n/i18nContext.ts";

/**
 * The latest form of each step (case notes, audited on the server as viewed), in the order of
 * the process: each field as label and value, lists one a line.
 */
export function CaseForms({ detail }: { detail: CaseDetail }) {
  const { t, tOptional } = useI18n();
  const shown = caseActions.filter((action) => detail.forms[action]);
  if (shown.length === 0) return <Empty description={t("cases.noForms")} />;
  return (
    <Space orientation="vertical" style={{ width: "100%" }} data-testid="case-forms">
      <Alert type="info" showIcon title={t("cases.formsAudited")} />
      {shown.map((action: CaseAction) => {
        const entry = detail.forms[action];
        if (!entry) return null;
        const form = (entry.form ?? {}) as Record<string, unknown>;
        return (
          <Card
            key={action}
            size="small"
            title={t(`cases.action.${action}`)}
            extra={
              <Typography.Text type="secondary">
                {t("cases.submittedBy", {
                  name: entry.submittedBy?.name ?? "—",
                  at: dayjs(entry.submittedAt).format("YYYY-MM-DD HH:mm"),
                })}
              </Typography.Text>
            }
          >
            <Descriptions
              size="small"
              column={1}
              items={Object.entries(form)
                .filter(([, value]) => value !== null && value !== undefined && value !== "")
                .map(([key, value]) => ({
                  key,
                  label: tOptional(`cases.form.${key}`) ?? key,
                  children: <FormValue value={value} field={key} />,
                }))}
            />
          </Card>
        );
      })}
    </Space>
  );
}

/** Codes the forms store, shown by their labels ("low" → 低, "health" → 健康). */
const coded: Record<string, string> = {
  riskLevel: "cases.risk.",
  domain: "cases.domain.",
  closeReason: "cases.form.closeReason.",
  attainment: "cases.form.attainment.",
  kind: "cases.form.targetKind.",
};

function FormValue({ value, field }: { value: unknown; field?: string }) {
  const { t, tOptional } = useI18n();
  const label = (key: string, part: unknown): string => {
    if (Array.isArray(part)) return part.map((item) => label(key, item)).join("；");
    if (typeof part === "boolean") return part ? t("cases.yes") : t("cases.no");
    const prefix = coded[key];
    return (prefix && tOptional(`${prefix}${String(part)}`)) || String(part);
  };
  if (Array.isArray(value)) {
    return (
      <Space orientation="vertical" size={0}>
        {value.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a submitted form's lists never reorder.
          <FormValue key={index} value={item} field={field} />
        ))}
      </Space>
    );
  }
  if (value && typeof value === "object") {
    return (
      <span>
        {Object.entries(value as Record<string, unknown>)
          .filter(([, part]) => part !== null && part !== undefined && part !== "")
          .map(([key, part]) => label(key, part))
          .join(" · ")}
      </span>
    );
  }
  return <>{label(field ?? "", value)}</>;
}
