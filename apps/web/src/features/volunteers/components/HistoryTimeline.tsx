import type { AuditEntry } from "@xinqiao/shared";
import { Empty, Spin, Timeline, Typography } from "antd";
import dayjs from "dayjs";
import { useI18n } from "../../../i18n/i18nContext.ts";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function shown(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length === 0 ? "—" : value.join("、");
  if (typeof value === "boolean") return value ? "✓" : "✗";
  return String(value);
}

/** Who changed what and when (a record's audit entries, newest first). */
export function HistoryTimeline({
  entries,
  isLoading,
  fieldKeyPrefix,
}: {
  entries: AuditEntry[] | undefined;
  isLoading: boolean;
  /** Where field names live in i18n: "volunteers.field" or "volunteers.teams.field". */
  fieldKeyPrefix: string;
}) {
  const { t, tOptional } = useI18n();
  if (isLoading) return <Spin />;
  if (!entries || entries.length === 0) return <Empty description={t("volunteers.history.empty")} />;

  const field = (key: string) =>
    tOptional(`${fieldKeyPrefix}.${key}`) ?? tOptional(`volunteers.ledger.${key}`) ?? key;
  const details = (entry: AuditEntry): string[] => {
    const after = isRecord(entry.after) ? entry.after : {};
    const before = isRecord(entry.before) ? entry.before : {};
    if (entry.action === "personal.reveal") {
      return [t("volunteers.history.revealed", { field: field(String(after.field ?? "")) })];
    }
    // A creation lists no fields: the record itself shows them.
    if (entry.action.endsWith(".create")) return [];
    // Raw ids mean nothing to a reader; the entry names what they point to.
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
      (key) => !key.endsWith("Id"),
    );
    return keys.map((key) =>
      key in before && key in after
        ? t("volunteers.history.change", {
            field: field(key),
            before: shown(before[key]),
            after: shown(after[key]),
          })
        : t("volunteers.history.value", { field: field(key), value: shown(after[key] ?? before[key]) }),
    );
  };

  return (
    <Timeline
      data-testid="volunteer-history"
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
              {tOptional(`volunteers.history.action.${entry.action}`) ?? entry.action}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
              {dayjs(entry.at).format("YYYY-MM-DD HH:mm")} ·{" "}
              {entry.actor?.username ?? t("volunteers.history.system")}
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
