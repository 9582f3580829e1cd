import { PlusOutlined } from "@ant-design/icons";
import { Button, Card } from "antd";
import { useState } from "react";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import { useServiceRecordList } from "./hooks.ts";
import { ServiceRecordDrawer } from "./ServiceRecordDrawer.tsx";
import { ServiceRecordFormDrawer } from "./ServiceRecordFormDrawer.tsx";
import { ServiceRecordTable } from "./ServiceRecordTable.tsx";

/**
 * A case's service records (介入), for the case's page: its records newest first, voided ones
 * included and marked, each opening in a drawer; 登记服务 records one against the case when
 * `canRecord` (the case is in an active stage and the user may act on it — the server checks
 * again and refuses otherwise).
 */
export function CaseServiceRecords({ caseId, canRecord = true }: { caseId: number; canRecord?: boolean }) {
  const { t } = useI18n();
  const canManage = useHasPermission("cases.manage");
  const [paging, setPaging] = useState<{ page: number; pageSize: number; sort?: string }>({
    page: 1,
    pageSize: 10,
  });
  const records = useServiceRecordList({ ...paging, caseId, includeVoided: "true" });
  const [isCreating, setIsCreating] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);

  return (
    <Card
      title={t("serviceRecords.caseTitle")}
      data-testid="case-service-records"
      extra={
        canManage &&
        canRecord && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setIsCreating(true)}
            data-testid="case-service-record-create"
          >
            {t("serviceRecords.create")}
          </Button>
        )
      }
    >
      <ServiceRecordTable
        tableKey="caseServiceRecords"
        data={records.data}
        isLoading={records.isFetching}
        sort={paging.sort}
        onChange={setPaging}
        onOpen={setOpenId}
        showCase={false}
      />
      <ServiceRecordFormDrawer
        open={isCreating}
        onClose={() => setIsCreating(false)}
        caseId={caseId}
        onSaved={(saved) => setOpenId(saved.id)}
      />
      <ServiceRecordDrawer id={openId} onClose={() => setOpenId(null)} />
    </Card>
  );
}
