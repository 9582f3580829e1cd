import { CheckOutlined, DeleteOutlined, StarOutlined } from "@ant-design/icons";
import { App, Button, Divider, Flex, Input, Popover, Space, Typography } from "antd";
import { useState } from "react";
import { useI18n } from "../i18n/i18nContext.ts";
import { isSameSearch, maxSavedFilterNameLength, maxSavedFilters } from "./savedFilters.ts";
import { countedUpTo } from "./textLimit.ts";
import { useSavedFilters } from "./useSavedFilters.ts";

/**
 * 保存的筛选: the user's named filters of this list (kept per user and list): save the current
 * filters under a name (the same name replaces), apply one, delete one.
 */
export function SavedFilters({
  listKey,
  current,
  onApply,
  testId,
}: {
  listKey: string;
  /** The list's current filters as the address writes them. */
  current: Record<string, string>;
  onApply: (search: Record<string, string>) => void;
  testId: string;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const saved = useSavedFilters(listKey);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");

  const save = () => {
    const outcome = saved.save(name, current);
    const trimmed = name.trim();
    if (outcome === "added") message.success(t("savedFilters.saved", { name: trimmed }));
    else if (outcome === "replaced") message.success(t("savedFilters.replaced", { name: trimmed }));
    else if (outcome === "full") message.warning(t("savedFilters.full", { max: maxSavedFilters }));
    else if (outcome === "tooLong")
      message.error(t("savedFilters.tooLong", { max: maxSavedFilterNameLength }));
    else message.error(t("savedFilters.nameRequired"));
    if (outcome === "added" || outcome === "replaced") setName("");
  };

  const content = (
    <Flex vertical gap={4} style={{ width: 280 }} data-testid={`${testId}-panel`}>
      {saved.filters.length === 0 ? (
        <Typography.Text type="secondary">{t("savedFilters.none")}</Typography.Text>
      ) : (
        saved.filters.map((filter) => (
          <Flex
            key={filter.name}
            align="center"
            justify="space-between"
            gap={4}
            data-testid={`${testId}-item`}
          >
            <Button
              type="link"
              size="small"
              icon={isSameSearch(filter.search, current) ? <CheckOutlined /> : undefined}
              onClick={() => {
                onApply(filter.search);
                setOpen(false);
              }}
              style={{ paddingInline: 0, maxWidth: 230, overflow: "hidden", textOverflow: "ellipsis" }}
            >
              {filter.name}
            </Button>
            <Button
              type="text"
              size="small"
              icon={<DeleteOutlined />}
              aria-label={t("savedFilters.delete", { name: filter.name })}
              onClick={() => {
                saved.remove(filter.name);
                message.success(t("savedFilters.deleted", { name: filter.name }));
              }}
            />
          </Flex>
        ))
      )}
      <Divider style={{ margin: "8px 0" }} />
      <Space.Compact style={{ width: "100%" }}>
        <Input
          value={name}
          onChange={(event) => setName(event.target.value)}
          onPressEnter={save}
          placeholder={t("savedFilters.namePlaceholder")}
          aria-label={t("savedFilters.name")}
          data-testid={`${testId}-name`}
          {...countedUpTo(maxSavedFilterNameLength)}
        />
        <Button type="primary" onClick={save} data-testid={`${testId}-save`}>
          {t("savedFilters.save")}
        </Button>
      </Space.Compact>
    </Flex>
  );

  return (
    <Popover content={content} trigger="click" placement="bottomRight" open={open} onOpenChange={setOpen}>
      <Button icon={<StarOutlined />} data-testid={testId}>
        {saved.filters.length > 0
          ? t("savedFilters.titleWithCount", { count: saved.filters.length })
          : t("savedFilters.title")}
      </Button>
    </Popover>
  );
}
