import type { Client, Page } from "@xinqiao/shared";
import { Space, Tag } from "antd";
import dayjs from "dayjs";
import { Link } from "react-router";
import {
  type BulkActionsOption,
  RegistryTable,
  type RegistryTableChange,
} from "../../../components/RegistryTable.tsx";
import { ellipsis, ellipsisCell, type RegistryColumn } from "../../../components/registryColumns.tsx";
import { sortOrderOf } from "../../../components/sortOrder.ts";
import { useReturnState } from "../../../hooks/useReturnState.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useClientLabels } from "../hooks/useClientLabels.ts";
import { clientRegionLabel } from "../regionLabel.ts";
import { ClientStatusTags, RiskTag } from "./ClientTags.tsx";

/**
 * Server-side paging and sorting. The ID number and the address start hidden (column settings),
 * so name, community, categories, risk and the last change fit a 1440 px screen.
 */
export function ClientTable({
  data,
  isLoading,
  sort,
  onChange,
  bulk,
}: {
  data: Page<Client> | undefined;
  isLoading: boolean;
  sort: string | undefined;
  bulk?: BulkActionsOption;
  onChange: (change: RegistryTableChange) => void;
}) {
  const { t } = useI18n();
  const labels = useClientLabels();
  const returnState = useReturnState();

  const columns: RegistryColumn<Client>[] = [
    {
      title: t("clients.field.name"),
      key: "name",
      width: 150,
      sorter: true,
      sortOrder: sortOrderOf(sort, "name"),
      render: (_: unknown, client) => (
        <Space size={4}>
          <Link to={`/clients/${client.id}`} state={returnState} data-testid="client-link">
            {client.name}
          </Link>
          <ClientStatusTags client={client} />
        </Space>
      ),
    },
    {
      title: t("clients.field.sex"),
      key: "sex",
      width: 56,
      render: (_: unknown, client) => labels.sex(client.sex),
    },
    {
      title: t("clients.field.birthMonth"),
      dataIndex: "birthDate",
      key: "birthDate",
      width: 90,
    },
    {
      title: t("clients.field.idNumber"),
      dataIndex: "idNumber",
      key: "idNumber",
      width: 180,
      isOptional: true,
      render: (value: string | null) => value ?? "—",
    },
    {
      title: t("clients.field.phone"),
      dataIndex: "phone",
      key: "phone",
      width: 116,
      render: (value: string | null) => value ?? "—",
    },
    {
      title: t("clients.field.region"),
      key: "region",
      width: 200,
      ...ellipsis,
      render: (_: unknown, client) => ellipsisCell(clientRegionLabel(client)),
    },
    {
      title: t("clients.field.address"),
      dataIndex: "address",
      key: "address",
      width: 200,
      isOptional: true,
      ...ellipsis,
      render: (value: string | null) => ellipsisCell(value ?? "—"),
    },
    {
      title: t("clients.field.categories"),
      key: "categories",
      width: 200,
      render: (_: unknown, client) =>
        client.categories.length === 0 ? (
          "—"
        ) : (
          <Space size={[0, 4]} wrap>
            {client.categories.map((category) => (
              <Tag key={category}>{labels.category(category)}</Tag>
            ))}
          </Space>
        ),
    },
    {
      title: t("clients.field.riskLevel"),
      key: "riskLevel",
      width: 100,
      sorter: true,
      sortOrder: sortOrderOf(sort, "riskLevel"),
      render: (_: unknown, client) => <RiskTag level={client.riskLevel} />,
    },
    {
      title: t("clients.field.updatedAt"),
      dataIndex: "updatedAt",
      key: "updatedAt",
      width: 110,
      sorter: true,
      sortOrder: sortOrderOf(sort, "updatedAt"),
      render: (value: string) => dayjs(value).format("YYYY-MM-DD"),
    },
  ];

  return (
    <RegistryTable<Client>
      tableKey="clients"
      columns={columns}
      data={data}
      isLoading={isLoading}
      onChange={onChange}
      bulk={bulk}
      emptyText={t("clients.empty")}
      testId="client-table"
    />
  );
}
