import type { AuditEntry } from "@xinqiao/shared";
import { Empty, Spin, Timeline, Typography } from "antd";
import dayjs from "dayjs";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useSocialWorkerHistory } from "../hooks/useSocialWorkers.ts";
import { useWorkerLabels } from "../hooks/useWorkerLabels.ts";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Who changed what and when (the record's audit entries), newest first. */
export function SocialWorkerHistory({ workerId }: { workerId: number }) {
  const { t, tOptional } = useI18n();
  const labels = useWorkerLabels();
  const history = useSocialWorkerHistory(workerId);

  if (history.isLoading) return <Spin />;
  const entries = history.data ?? [];
  if (entries.length === 0) return <Empty description={t("socialWorkers.history.empty")} />;

  /** Codes as the user reads them (社会工作师, not intermediate); other values as recorded. */
  const shown = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return "—";
    if (typeof value === "boolean") return labels.yesNo(value);
    if (Array.isArray(value)) {
      if (value.length === 0) return "—";
      const label =
        field === "domains" ? labels.domain : field === "otherCertificates" ? labels.certificate : String;
      return value.map((item) => label(String(item))).join("、");
    }
    const text = String(value);
    const coded: Record<string, string | null> = {
      qualificationLevel: tOptional(`socialWorkers.level.${text}`),
      education: tOptional(`socialWorkers.education.${text}`),
      employmentStatus: tOptional(`socialWorkers.status.${text}`),
      employerKind: tOptional(`socialWorkers.employerKind.${text}`),
      sex: tOptional(`socialWorkers.sex.${text}`),
    };
    return coded[field] ?? text;
  };

  const details = (entry: AuditEntry): string[] => {
    const after = isRecord(entry.after) ? entry.after : {};
    const before = isRecord(entry.before) ? entry.before : {};
    if (entry.action === "personal.reveal") {
      return [t("socialWorkers.history.revealed", { field: labels.field(String(after.field ?? "")) })];
    }
    if (entry.action === "socialWorker.educationHours.add") {
      return [
        t("socialWorkers.history.hoursAdded", {
          completedOn: String(after.completedOn ?? ""),
          hours: String(after.hours ?? ""),
          description: String(after.description ?? ""),
        }),
      ];
    }
    // A creation lists no fields: the record itself shows them.
    if (entry.action.endsWith(".create")) return [];
    return Object.keys(after).map((key) =>
      t("socialWorkers.history.change", {
        field: labels.field(key),
        before: shown(key, before[key]),
        after: shown(key, after[key]),
      }),
    );
  };

  return (
    <Timeline
      data-testid="social-worker-history"
      items={entries.map((entry) => ({
        key: entry.id,
        color: entry.action.endsWith("deactivate")
          ? "red"
          : entry.action === "personal.reveal"
            ? "gray"
            : "blue",
        content: (
          <div>
            <Typography.Text strong>
              {tOptional(`socialWorkers.history.action.${entry.action}`) ?? entry.action}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
              {dayjs(entry.at).format("YYYY-MM-DD HH:mm")} ·{" "}
              {entry.actor?.username ?? t("socialWorkers.history.system")}
            </Typography.Text>
            {details(entry).map((line) => (
              <div key={line}>
                <Typography.Text type="secondary">{line}</Typography.Text>
              </div>
            ))}
          </div>
        ),
      }))}
    />
  );
}
