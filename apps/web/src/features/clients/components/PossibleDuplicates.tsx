import type { PossibleDuplicate } from "@xinqiao/shared";
import { Alert, Space } from "antd";
import { Link } from "react-router";
import { useI18n } from "../../../i18n/i18nContext.ts";

/**
 * Records that may be the same person, named with links: a warning for a person to check, never
 * a refusal (the record is saved; nothing is merged). They share the record's community, so they
 * lie in the viewer's scope like the record itself: plain links, not `RecordLink`.
 */
export function PossibleDuplicates({ duplicates }: { duplicates: PossibleDuplicate[] }) {
  const { t } = useI18n();
  if (duplicates.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="client-duplicates"
      title={t("clients.duplicates.title")}
      description={
        <Space orientation="vertical" size={2}>
          {duplicates.map((duplicate) => (
            <span key={duplicate.id}>
              <Link to={`/clients/${duplicate.id}`} data-testid="client-duplicate-link">
                {duplicate.name}
              </Link>
              {` · ${t(`clients.duplicates.reason.${duplicate.reason}`)}`}
            </span>
          ))}
        </Space>
      }
    />
  );
}
