import { EyeOutlined } from "@ant-design/icons";
import { Button, Space, Tooltip, Typography } from "antd";
import { useEffect, useState } from "react";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useRevealVolunteerField } from "../hooks/useVolunteerMutations.ts";

/**
 * A masked identifier with a deliberate "查看" action (shown only when the server says the user
 * may reveal); the clear value lives in this component only, never in the query cache.
 */
export function RevealableValue({
  volunteerId,
  field,
  masked,
  mayReveal,
}: {
  volunteerId: number;
  field: "idNumber" | "phone";
  masked: string | null;
  mayReveal: boolean;
}) {
  const { t } = useI18n();
  const reveal = useRevealVolunteerField();
  const [clear, setClear] = useState<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: another volunteer or a new masked value hides the clear one
  useEffect(() => setClear(null), [volunteerId, masked]);

  if (!masked) return <>—</>;
  return (
    <Space size={4}>
      <Typography.Text copyable={clear !== null} data-testid={`reveal-${field}-value`}>
        {clear ?? masked}
      </Typography.Text>
      {mayReveal && clear === null && (
        <Tooltip title={t("volunteers.revealHint")}>
          <Button
            type="link"
            size="small"
            icon={<EyeOutlined />}
            loading={reveal.isPending}
            onClick={() =>
              reveal.mutate(
                { id: volunteerId, field },
                { onSuccess: (result) => setClear(result.value ?? masked) },
              )
            }
            data-testid={`reveal-${field}`}
          >
            {t("volunteers.reveal")}
          </Button>
        </Tooltip>
      )}
    </Space>
  );
}
