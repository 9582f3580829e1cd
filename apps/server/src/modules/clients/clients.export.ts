import { type ClientExportQuery, clientRiskLevels, idsOfQuery } from "@xinqiao/shared";
import type { FastifyReply } from "fastify";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import { keysetRows, streamAuditedExport } from "../../platform/exportFlow.ts";
import { mayExportUnmasked } from "../../platform/personalData.ts";
import { regionPathNamesOf } from "../../platform/regionLookup.ts";
import { clientExportColumns } from "./clients.excel.ts";
import { presentClient } from "./clients.presenter.ts";
import * as repository from "./clients.repository.ts";
import { clientFilters } from "./clients.service.ts";

/**
 * The clients export through the one export flow: the list's filters and scope, keyset pages,
 * streamed, audited. ID numbers, phones, addresses and birth dates are masked unless the user
 * asked for and holds personal.export.
 */
type Context = Pick<AppContext, "db" | "clock" | "cipher">;

const sexNames = { male: "男", female: "女" } as const;

export async function exportClients(
  ctx: Context,
  user: RequestUser,
  query: ClientExportQuery,
  ip: string | null,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const isUnmasked = mayExportUnmasked(user, query.unmasked === "true");
  const listed = clientFilters(ctx, user, query);
  const filters = listed && { ...listed, ids: idsOfQuery(query.ids) };
  const clear = (cipher: string | null) => (cipher ? ctx.cipher.decrypt(cipher) : null);
  const rows = keysetRows(
    async (after, limit) => {
      if (!filters) return [];
      const cursor = after?.regionCode ? { regionCode: after.regionCode, id: after.id } : null;
      const page = await repository.exportPage(ctx.db, filters, cursor, limit);
      const names = await regionPathNamesOf(
        ctx.db,
        page.map((row) => row.region_code),
      );
      return page.map((row) => {
        const client = presentClient(row, names);
        return {
          id: row.id,
          regionCode: row.region_code,
          record: {
            name: client.name,
            idNumber: isUnmasked ? clear(row.id_number_cipher) : client.idNumber,
            sex: sexNames[client.sex],
            birthDate: isUnmasked ? row.birth_date : client.birthDate,
            phone: isUnmasked ? clear(row.phone_cipher) : client.phone,
            address: isUnmasked ? clear(row.address_cipher) : client.address,
            regionCode: client.region.code,
            regionName: client.regionPath.map((link) => link.name).join("/"),
            categories: client.categories.join("、"),
            riskLevel: clientRiskLevels[client.riskLevel],
            isEmergency: client.isEmergency ? "是" : "否",
            status: client.isActive ? "在册" : "已停用",
          },
        };
      });
    },
    (row) => row.record,
  );
  return streamAuditedExport(ctx, user, reply, {
    entity: "client",
    fileName: isUnmasked ? "服务对象（含完整个人信息）.xlsx" : "服务对象.xlsx",
    sheetName: "服务对象",
    columns: clientExportColumns,
    filters: { ...query, unmasked: undefined, ids: idsOfQuery(query.ids) },
    isUnmasked,
    rows,
    ip,
  });
}
