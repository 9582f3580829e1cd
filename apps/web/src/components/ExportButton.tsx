import { DownOutlined, ExportOutlined } from "@ant-design/icons";
import { App, Button, Dropdown, Space } from "antd";
import { useI18n } from "../i18n/i18nContext.ts";
import { useBusyTask } from "./useBusyTask.ts";

/**
 * An export, the same in the toolbar (the filtered list) and the bulk bar (the chosen rows):
 * masked by default; where the user may export personal data in full, a joined menu offers the
 * full export after a confirmation (the server audits it as unmasked).
 */
export function ExportButton({
  label,
  unmaskedLabel,
  onExport,
  canExportUnmasked = false,
  testId,
}: {
  label: string;
  unmaskedLabel: string;
  onExport: (options: { unmasked: boolean }) => Promise<unknown>;
  canExportUnmasked?: boolean;
  testId: string;
}) {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const { busy, run } = useBusyTask<"masked" | "unmasked">();

  const button = (
    <Button
      icon={<ExportOutlined />}
      loading={busy === "masked"}
      onClick={() => void run("masked", () => onExport({ unmasked: false }))}
      data-testid={testId}
    >
      {label}
    </Button>
  );
  if (!canExportUnmasked) return button;
  return (
    <Space.Compact>
      {button}
      <Dropdown
        menu={{
          items: [{ key: "unmasked", label: unmaskedLabel }],
          onClick: () =>
            modal.confirm({
              title: unmaskedLabel,
              content: t("common.exportUnmaskedConfirm"),
              onOk: () => run("unmasked", () => onExport({ unmasked: true })),
            }),
        }}
      >
        <Button
          icon={<DownOutlined />}
          loading={busy === "unmasked"}
          aria-label={unmaskedLabel}
          data-testid={`${testId}-more`}
        />
      </Dropdown>
    </Space.Compact>
  );
}
