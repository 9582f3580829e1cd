import { EyeOutlined } from "@ant-design/icons";
import { Button, Space, Tooltip, Typography } from "antd";
import { useEffect, useState } from "react";
import { useI18n } from "../../../i18n/i18nContext.ts";

/**
 * The masked address with the same deliberate 查看 as `RevealableValue` (audited by the server),
 * which knows only the ID number and the phone; the clear value stays in this component.
 */
export function RevealableAddress({
  clientId,
  masked,
  mayReveal,
  reveal,
}: {
  clientId: number;
  masked: string | null;
  mayReveal: boolean;
  reveal: {
    isPending: boolean;
    mutate: (
      variables: { id: number; field: "address" },
      options: { onSuccess: (result: { value?: string | null }) => void },
    ) => void;
  };
}) {
  const { t } = useI18n();
  const [clear, setClear] = useState<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: another record or a new masked value hides the clear one
  useEffect(() => setClear(null), [clientId, masked]);

  if (!masked) return <>—</>;
  return (
    <Space size={4}>
      <Typography.Text copyable={clear !== null} data-testid="reveal-address-value">
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
                { id: clientId, field: "address" },
                { onSuccess: (result) => setClear(result.value ?? masked) },
              )
            }
            data-testid="reveal-address"
          >
            {t("common.reveal")}
          </Button>
        </Tooltip>
      )}
    </Space>
  );
}
