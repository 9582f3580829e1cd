import { ArrowDownOutlined, ArrowUpOutlined, HolderOutlined, SettingOutlined } from "@ant-design/icons";
import { Button, Checkbox, Flex, Popover, Typography } from "antd";
import { useState } from "react";
import { useI18n } from "../i18n/i18nContext.ts";
import {
  type ColumnOption,
  type ColumnState,
  moveColumn,
  neighbourOf,
  setColumnVisible,
} from "./columnSettings.ts";

export interface SettableColumn extends ColumnOption {
  title: string;
}

/**
 * A list's 列设置, as Ant Design Pro's tables offer it: show or hide each column, reorder them
 * by dragging or with the arrows, reset to the list's defaults. Pinned columns (the name, the
 * actions) stay shown and in place.
 */
export function ColumnSettings({
  columns,
  states,
  isCustomized,
  onChange,
  onReset,
  testId,
}: {
  columns: readonly SettableColumn[];
  states: readonly ColumnState[];
  isCustomized: boolean;
  onChange: (states: ColumnState[]) => void;
  onReset: () => void;
  testId: string;
}) {
  const { t } = useI18n();
  const [dragged, setDragged] = useState<string | null>(null);
  const byKey = new Map(columns.map((column) => [column.key, column]));
  const movable = states.filter((state) => !byKey.get(state.key)?.pin);
  const shownCount = states.filter((state) => state.isVisible).length;
  const isAllShown = movable.every((state) => state.isVisible);

  // Hiding every column would leave an empty table: the first movable one stays when nothing is pinned.
  const showAll = (isShown: boolean) => {
    const keep = states.some((state) => byKey.get(state.key)?.pin) ? null : movable[0]?.key;
    onChange(
      states.map((state) =>
        byKey.get(state.key)?.pin ? state : { ...state, isVisible: isShown || state.key === keep },
      ),
    );
  };
  const move = (key: string, step: -1 | 1) => {
    const target = neighbourOf(columns, states, key, step);
    if (target) onChange(moveColumn(columns, states, key, target));
  };

  const list = (
    <Flex vertical gap={2} style={{ minWidth: 240 }} data-testid={`${testId}-list`}>
      {states.map((state) => {
        const column = byKey.get(state.key);
        if (!column) return null;
        const isPinned = Boolean(column.pin);
        return (
          <Flex
            key={state.key}
            align="center"
            gap={6}
            draggable={!isPinned}
            onDragStart={() => setDragged(state.key)}
            onDragEnd={() => setDragged(null)}
            onDragOver={(event) => {
              if (dragged && !isPinned) event.preventDefault();
            }}
            onDrop={() => {
              if (dragged) onChange(moveColumn(columns, states, dragged, state.key));
              setDragged(null);
            }}
            style={{ opacity: dragged === state.key ? 0.5 : 1, padding: "2px 0" }}
            data-testid={`${testId}-item`}
            data-column-key={state.key}
          >
            <HolderOutlined style={{ cursor: "grab", visibility: isPinned ? "hidden" : "visible" }} />
            <Checkbox
              checked={state.isVisible}
              disabled={isPinned || (state.isVisible && shownCount === 1)}
              onChange={(event) => onChange(setColumnVisible(states, state.key, event.target.checked))}
              style={{ flex: 1 }}
            >
              {column.title}
            </Checkbox>
            {isPinned ? (
              <Typography.Text type="secondary">{t("table.columns.pinned")}</Typography.Text>
            ) : (
              <span>
                <Button
                  type="text"
                  size="small"
                  icon={<ArrowUpOutlined />}
                  aria-label={t("table.columns.moveUp", { name: column.title })}
                  disabled={!neighbourOf(columns, states, state.key, -1)}
                  onClick={() => move(state.key, -1)}
                />
                <Button
                  type="text"
                  size="small"
                  icon={<ArrowDownOutlined />}
                  aria-label={t("table.columns.moveDown", { name: column.title })}
                  disabled={!neighbourOf(columns, states, state.key, 1)}
                  onClick={() => move(state.key, 1)}
                />
              </span>
            )}
          </Flex>
        );
      })}
      <Typography.Text type="secondary" style={{ fontSize: 12, marginTop: 4 }}>
        {t("table.columns.hint")}
      </Typography.Text>
    </Flex>
  );

  const header = (
    <Flex justify="space-between" align="center" gap={16}>
      <Checkbox
        checked={isAllShown}
        indeterminate={!isAllShown && movable.some((state) => state.isVisible)}
        onChange={(event) => showAll(event.target.checked)}
      >
        {t("table.columns.showAll")}
      </Checkbox>
      <Button
        type="link"
        size="small"
        disabled={!isCustomized}
        onClick={onReset}
        data-testid={`${testId}-reset`}
      >
        {t("common.reset")}
      </Button>
    </Flex>
  );

  return (
    <Popover trigger="click" placement="bottomRight" title={header} content={list}>
      <Button type="text" size="small" icon={<SettingOutlined />} data-testid={testId}>
        {t("table.columns.settings")}
      </Button>
    </Popover>
  );
}
