import { type AuditEntry, currentAuditAction } from "@xinqiao/shared";
import { Empty, Spin, Timeline, Typography } from "antd";
import dayjs from "dayjs";

type Fields = Record<string, unknown>;

/**
 * How a registry names what its history shows. Every string comes from the calling registry's
 * i18n keys; the optional parts cover what only some registries record. Actions arrive under
 * their current name of the shared audit vocabulary, also for entries written under an old one.
 */
export interface ChangeHistoryLabels {
  action: (action: string) => string;
  field: (field: string) => string;
  /** A value as the user reads it; null falls back to the value as recorded. */
  value?: (field: string, value: unknown) => string | null;
  change: (field: string, before: string, after: string) => string;
  /** A field only one side records; without it such a field reads as a change from or to "—". */
  single?: (field: string, value: string) => string;
  /** Lines of an entry that is not a field change (a reveal, hours added); null: the field changes. */
  special?: (entry: AuditEntry, before: Fields, after: Fields) => string[] | null;
  /** Which fields an update lists; by default those of its new values. */
  keys?: (before: Fields, after: Fields) => string[];
  empty: string;
  system: string;
}

function isRecord(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function shown(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length === 0 ? "—" : value.join("、");
  return String(value);
}

function color(action: string): string {
  if (action.endsWith("deactivate")) return "red";
  if (action.includes("override")) return "orange";
  if (action.endsWith(".personalData.reveal")) return "gray";
  return "blue";
}

/**
 * A record's change history (its audit entries, newest first): who did what and when, and for a
 * change each field's old and new value. Labels come from the calling registry.
 */
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
  const current = entries.map((entry) => ({ ...entry, action: currentAuditAction(entry) ?? entry.action }));

  const displayed = (field: string, value: unknown) => labels.value?.(field, value) ?? shown(value);
  const details = (entry: AuditEntry): string[] => {
    const after = isRecord(entry.after) ? entry.after : {};
    const before = isRecord(entry.before) ? entry.before : {};
    const special = labels.special?.(entry, before, after);
    if (special) return special;
    // A creation lists no fields: the record itself shows them.
    if (entry.action.includes(".create")) return [];
    const keys = labels.keys ? labels.keys(before, after) : Object.keys(after);
    return keys.map((key) =>
      labels.single && !(key in before && key in after)
        ? labels.single(labels.field(key), displayed(key, after[key] ?? before[key]))
        : labels.change(labels.field(key), displayed(key, before[key]), displayed(key, after[key])),
    );
  };

  return (
    <Timeline
      data-testid={testId}
      items={current.map((entry) => ({
        key: entry.id,
        color: color(entry.action),
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
