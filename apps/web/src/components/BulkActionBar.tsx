import { CheckCircleOutlined, StopOutlined } from "@ant-design/icons";
import { type BulkChangeResult, maxBulkRecords } from "@xinqiao/shared";
import { App, Button, Flex, Typography } from "antd";
import { useErrorText } from "../api/errorText.ts";
import { useI18n } from "../i18n/i18nContext.ts";
import { ExportButton } from "./ExportButton.tsx";

/** What a list offers to do with its chosen rows; each action only when the user may use it. */
export interface BulkActionsOption {
  /** The list's filters: the choice is cleared when they change. */
  filters: object;
  /** Rows that may be chosen (all unless given; accounts: not one's own). */
  canSelect?: (id: number) => boolean;
  /** 导出所选: the chosen records as Excel (the registry's export with `ids`). */
  exportSelected?: (ids: number[], options: { unmasked: boolean }) => Promise<unknown>;
  /** Offer the full export of the chosen rows: the user holds personal.export. */
  canExportUnmasked?: boolean;
  /** 停用 / 启用 of the chosen records (the registry's bulk route); give it with the manage permission. */
  setActive?: (ids: number[], isActive: boolean) => Promise<BulkChangeResult>;
  /** After 停用 / 启用: refresh the list and its records. */
  onChanged?: () => void;
}

/**
 * The bar above a list with chosen rows: 已选 N 项 · 清除, then 导出所选 and 停用 / 启用. A change
 * is confirmed first, naming the count, and its result says how many records changed.
 */
export function BulkActionBar({
  ids,
  onClear,
  actions,
  testId,
}: {
  ids: number[];
  onClear: () => void;
  actions: BulkActionsOption;
  testId: string;
}) {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const errorText = useErrorText();
  const count = ids.length;
  const isTooMany = count > maxBulkRecords;

  const confirmChange = (isActive: boolean) => {
    const setActive = actions.setActive;
    if (!setActive) return;
    modal.confirm({
      title: t(isActive ? "bulk.confirmActivate" : "bulk.confirmDeactivate", { count }),
      content: t(isActive ? "bulk.activateHint" : "bulk.deactivateHint"),
      okText: t(isActive ? "bulk.activate" : "bulk.deactivate"),
      okButtonProps: { danger: !isActive },
      onOk: async () => {
        try {
          const { changed } = await setActive(ids, isActive);
          const done = t(isActive ? "bulk.activated" : "bulk.deactivated", { changed });
          const unchanged = count - changed;
          message.success(
            unchanged > 0
              ? `${done}${t("common.listSeparator")}${t("bulk.unchanged", { count: unchanged })}`
              : done,
          );
        } catch (error) {
          message.error(errorText(error));
        } finally {
          actions.onChanged?.();
        }
      },
    });
  };

  return (
    <Flex align="center" gap={12} wrap data-testid={testId}>
      <Typography.Text strong data-testid={`${testId}-count`}>
        {t("bulk.selected", { count })}
      </Typography.Text>
      <Typography.Text type="secondary">·</Typography.Text>
      <Button type="link" size="small" onClick={onClear} style={{ paddingInline: 0 }}>
        {t("bulk.clear")}
      </Button>
      {isTooMany ? (
        <Typography.Text type="warning">{t("bulk.tooMany", { max: maxBulkRecords })}</Typography.Text>
      ) : (
        <>
          {actions.exportSelected && (
            <ExportButton
              label={t("bulk.exportSelected")}
              unmaskedLabel={t("bulk.exportSelectedUnmasked")}
              onExport={(options) => actions.exportSelected?.(ids, options) ?? Promise.resolve()}
              canExportUnmasked={actions.canExportUnmasked}
              testId={`${testId}-export`}
            />
          )}
          {actions.setActive && (
            <>
              <Button
                icon={<StopOutlined />}
                danger
                onClick={() => confirmChange(false)}
                data-testid={`${testId}-deactivate`}
              >
                {t("bulk.deactivate")}
              </Button>
              <Button
                icon={<CheckCircleOutlined />}
                onClick={() => confirmChange(true)}
                data-testid={`${testId}-activate`}
              >
                {t("bulk.activate")}
              </Button>
            </>
          )}
        </>
      )}
    </Flex>
  );
}
