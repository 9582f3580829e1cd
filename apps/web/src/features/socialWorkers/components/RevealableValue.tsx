import { EyeOutlined } from "@ant-design/icons";
import { Button, Space, Tooltip, Typography } from "antd";
import { useEffect, useState } from "react";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useRevealSocialWorkerField } from "../hooks/useSocialWorkerMutations.ts";

/**
 * A masked identifier with a deliberate "查看" action (shown only when the server says the user
 * may reveal); the clear value is kept in this component only, never cached in queries.
 */
export function RevealableValue({
  workerId,
  field,
  masked,
  mayReveal,
}: {
  workerId: number;
  field: "idNumber" | "phone";
  masked: string | null;
  mayReveal: boolean;
}) {
  const { t } = useI18n();
  const reveal = useRevealSocialWorkerField();
  const [clear, setClear] = useState<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a different worker or a new masked value hides the clear one
  useEffect(() => setClear(null), [workerId, masked]);

  if (!masked) return <>—</>;
  return (
    <Space size={4}>
      <Typography.Text copyable={clear !== null} data-testid={`reveal-${field}-value`}>
        {clear ?? masked}
      </Typography.Text>
      {mayReveal && clear === null && (
        <Tooltip title={t("socialWorkers.revealHint")}>
          <Button
            type="link"
            size="small"
            icon={<EyeOutlined />}
            loading={reveal.isPending}
            onClick={() =>
              reveal.mutate(
                { id: workerId, field },
                { onSuccess: (result) => setClear(result.value ?? masked) },
              )
            }
            data-testid={`reveal-${field}`}
          >
            {t("socialWorkers.reveal")}
          </Button>
        </Tooltip>
      )}
    </Space>
  );
}
