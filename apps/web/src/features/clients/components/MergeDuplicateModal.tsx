import type { ClientDuplicatePair } from "@xinqiao/shared";
import { Alert, App, Modal, Radio, Space } from "antd";
import { useEffect, useState } from "react";
import { useErrorText } from "../../../api/errorText.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useMergeClientDuplicate } from "../hooks/useClientDuplicates.ts";
import { clientRegionLabel } from "../regionLabel.ts";
import { useReferenceLabel } from "./referenceLabels.ts";

/**
 * 合并: the user chooses the record that stays; the confirmation names what moves from the other
 * record (its cases, consents …) and that the other is deactivated, not deleted.
 */
export function MergeDuplicateModal({
  pair,
  onClose,
}: {
  pair: ClientDuplicatePair | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const merge = useMergeClientDuplicate();
  const referenceLabel = useReferenceLabel();
  const [keepIndex, setKeepIndex] = useState<0 | 1>(0);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (pair) {
      setKeepIndex(0);
      setFailure(null);
    }
  }, [pair]);

  if (!pair) return null;
  const kept = pair.clients[keepIndex];
  const mergedIndex = keepIndex === 0 ? 1 : 0;
  const merged = pair.clients[mergedIndex];
  const moving = Object.entries(pair.references)
    .map(([table, counts]) => ({ label: referenceLabel(table), count: counts[mergedIndex] }))
    .filter((entry) => entry.count > 0);
  const names = { kept: kept.name, keptId: kept.id, merged: merged.name, mergedId: merged.id };

  const submit = async () => {
    try {
      await merge.mutateAsync({ id: pair.id, keepId: kept.id });
      message.success(t("clients.duplicateQueue.merged", { name: kept.name }));
      onClose();
    } catch (error) {
      setFailure(errorText(error));
    }
  };

  return (
    <Modal
      open
      title={t("clients.duplicateQueue.mergeTitle")}
      okText={t("clients.duplicateQueue.confirmMerge")}
      okButtonProps={{ danger: true }}
      confirmLoading={merge.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Space orientation="vertical" size={12} style={{ width: "100%" }}>
        <div>{t("clients.duplicateQueue.chooseKept")}</div>
        <Radio.Group
          value={keepIndex}
          onChange={(event) => setKeepIndex(event.target.value as 0 | 1)}
          options={pair.clients.map((client, index) => ({
            value: index,
            label: t("clients.duplicateQueue.keepOption", {
              name: client.name,
              id: client.id,
              region: clientRegionLabel(client),
              date: client.createdAt.slice(0, 10),
            }),
          }))}
          style={{ display: "flex", flexDirection: "column", gap: 8 }}
          data-testid="duplicate-keep"
        />
        <Alert
          type="warning"
          showIcon
          data-testid="duplicate-merge-summary"
          title={
            moving.length === 0
              ? t("clients.duplicateQueue.mergeSummaryNothing", names)
              : t("clients.duplicateQueue.mergeSummary", {
                  ...names,
                  moving: moving.map((entry) => t("clients.duplicateQueue.moveCount", entry)).join("、"),
                })
          }
        />
        {failure && <Alert type="error" showIcon title={failure} />}
      </Space>
    </Modal>
  );
}
