import { EyeOutlined } from "@ant-design/icons";
import { Button, Space, Tooltip, Typography } from "antd";
import { useEffect, useState } from "react";
import { useI18n } from "../i18n/i18nContext.ts";

type RevealableField = "idNumber" | "phone" | "address";

/**
 * What RevealableValue needs of a registry's reveal mutation (e.g. useRevealSocialWorkerField()),
 * for the fields that registry reveals.
 */
export interface RevealMutation<F extends RevealableField = RevealableField> {
  isPending: boolean;
  mutate: (
    variables: { id: number; field: F },
    options: { onSuccess: (result: { value?: string | null }) => void },
  ) => void;
}

/**
 * A masked identifier with a deliberate "查看" action (shown only when the server says the user
 * may reveal); the clear value is kept in this component only, never cached in queries.
 */
export function RevealableValue<F extends RevealableField>({
  recordId,
  field,
  masked,
  mayReveal,
  reveal,
}: {
  recordId: number;
  field: F;
  masked: string | null;
  mayReveal: boolean;
  reveal: RevealMutation<F>;
}) {
  const { t } = useI18n();
  const [clear, setClear] = useState<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: another record or a new masked value hides the clear one
  useEffect(() => setClear(null), [recordId, masked]);

  if (!masked) return <>—</>;
  return (
    <Space size={4}>
      <Typography.Text copyable={clear !== null} data-testid={`reveal-${field}-value`}>
        {clear ?? masked}
      </Typography.Text>
      {mayReveal && clear === null && (
        <Tooltip title={t("common.revealHint")}>
          <Button
            type="link"
            size="small"
            icon={<EyeOutlined />}
            loading={reveal.isPending}
            onClick={() =>
              reveal.mutate(
                { id: recordId, field },
                { onSuccess: (result) => setClear(result.value ?? masked) },
              )
            }
            data-testid={`reveal-${field}`}
          >
            {t("common.reveal")}
          </Button>
        </Tooltip>
      )}
    </Space>
  );
}
