import type { AuditEntry } from "@xinqiao/shared";
import { Empty, Spin, Timeline, Typography } from "antd";
import dayjs from "dayjs";

/**
 * A record's change history (its audit entries, newest first): who did what and when, and for a
 * change each field's old and new value. Labels come from the calling registry; used by the
 * social organizations and platforms registries (a candidate for components/).
 */
export interface ChangeHistoryLabels {
  action: (action: string) => string;
  field: (field: string) => string;
  value?: (field: string, value: unknown) => string | null;
  change: (field: string, before: string, after: string) => string;
  empty: string;
  system: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function shown(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length === 0 ? "—" : value.join("、");
  return String(value);
}

export function ChangeHistory({
  entries,
  isLoading,
  labels,
  testId,
}: {
  entries: AuditEntry[] | undefined;
  isLoading: boolean;
  labels: ChangeHistoryLabels;
  testId?: string;
}) {
  if (isLoading) return <Spin />;
  if (!entries || entries.length === 0) return <Empty description={labels.empty} />;

  const displayed = (field: string, value: unknown) => labels.value?.(field, value) ?? shown(value);
  const details = (entry: AuditEntry): string[] => {
    // A creation lists no fields: the record itself shows them.
    if (entry.action.includes(".create")) return [];
    const after = isRecord(entry.after) ? entry.after : {};
    const before = isRecord(entry.before) ? entry.before : {};
    return Object.keys(after).map((key) =>
      labels.change(labels.field(key), displayed(key, before[key]), displayed(key, after[key])),
    );
  };

  return (
    <Timeline
      data-testid={testId}
      items={entries.map((entry) => ({
        key: entry.id,
        color: entry.action.endsWith("deactivate")
          ? "red"
          : entry.action.includes("override")
            ? "orange"
            : "blue",
        content: (
          <div>
            <Typography.Text strong>{labels.action(entry.action)}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
              {dayjs(entry.at).format("YYYY-MM-DD HH:mm")} · {entry.actor?.username ?? labels.system}
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
