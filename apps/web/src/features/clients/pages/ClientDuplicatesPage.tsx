import type { ClientDuplicatePair } from "@xinqiao/shared";
import { Card, Empty, Pagination, Skeleton, Space } from "antd";
import { useState } from "react";
import { BackLink } from "../../../components/BackLink.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import { DuplicatePairCard } from "../components/DuplicatePairCard.tsx";
import { MergeDuplicateModal } from "../components/MergeDuplicateModal.tsx";
import { useClientDuplicates } from "../hooks/useClientDuplicates.ts";

const pageSize = 10;

/**
 * 疑似重复 (/clients/duplicates): pairs flagged on entry or import whose two records the user sees,
 * side by side; a station merges one into the other or dismisses the pair for good.
 */
export function ClientDuplicatesPage() {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const pairs = useClientDuplicates(page, pageSize);
  const canManage = useHasPermission("clients.manage");
  const [merging, setMerging] = useState<ClientDuplicatePair | null>(null);

  return (
    <div data-testid="client-duplicates-page">
      <PageHeader
        breadcrumb={<BackLink to="/clients">{t("clients.back")}</BackLink>}
        title={t("clients.duplicateQueue.title")}
        description={t("clients.duplicateQueue.description")}
      />
      {!pairs.data ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : pairs.data.items.length === 0 ? (
        <Card>
          <Empty description={t("clients.duplicateQueue.empty")} />
        </Card>
      ) : (
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          {pairs.data.items.map((pair) => (
            <DuplicatePairCard key={pair.id} pair={pair} canManage={canManage} onMerge={setMerging} />
          ))}
          <Pagination
            align="end"
            current={page}
            pageSize={pageSize}
            total={pairs.data.total}
            hideOnSinglePage
            showSizeChanger={false}
            onChange={setPage}
          />
        </Space>
      )}
      <MergeDuplicateModal pair={merging} onClose={() => setMerging(null)} />
    </div>
  );
}
