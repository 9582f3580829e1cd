import {
  idsOfQuery,
  regionPathCodes,
  type VolunteerExportQuery,
  type VolunteerTeamExportQuery,
} from "@xinqiao/shared";
import type { FastifyReply } from "fastify";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import { keysetRows, streamAuditedExport } from "../../platform/exportFlow.ts";
import { mayExportUnmasked } from "../../platform/personalData.ts";
import { volunteerExportColumns, volunteerTeamExportColumns } from "./volunteers.excel.ts";
import type { RegionNames } from "./volunteers.presenter.ts";
import * as repository from "./volunteers.repository.ts";
import { presentRows, starThresholds, volunteerFilters } from "./volunteers.service.ts";
import * as teamRepository from "./volunteerTeams.repository.ts";
import { presentTeams, teamFilters } from "./volunteerTeams.service.ts";

/**
 * Exports of the current filtered lists through the one export flow: same filters and scope as
 * the list, keyset pages, streamed, audited. ID numbers and phones are masked unless the user
 * asked for and holds personal.export.
 */
type Context = Pick<AppContext, "db" | "clock" | "cipher">;

const sexNames = { male: "男", female: "女" } as const;

function pathText(code: string, names: RegionNames): string {
  return regionPathCodes(code)
    .map((link) => names.get(link) ?? link)
    .join("/");
}

export async function exportVolunteers(
  ctx: Context,
  user: RequestUser,
  query: VolunteerExportQuery,
  ip: string | null,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const isUnmasked = mayExportUnmasked(user, query.unmasked === "true");
  const listed = await volunteerFilters(ctx, user, query);
  const filters = listed && { ...listed, ids: idsOfQuery(query.ids) };
  const thresholds = await starThresholds(ctx.db);
  const rows = keysetRows(
    async (after, limit) => {
      if (!filters) return [];
      const cursor = after?.regionCode ? { regionCode: after.regionCode, id: after.id } : null;
      const page = await repository.exportPage(ctx.db, filters, cursor, limit);
      const presented = await presentRows(ctx.db, user, page, thresholds);
      return page.map((row, index) => {
        const volunteer = presented[index];
        if (!volunteer) throw new Error("export row without presentation");
        const names = new Map(volunteer.regionPath.map((link) => [link.code, link.name]));
        return {
          id: row.id,
          volunteerNumber: volunteer.volunteerNumber,
          name: volunteer.name,
          idNumber: isUnmasked ? ctx.cipher.decrypt(row.id_number_cipher) : volunteer.idNumber,
          sex: sexNames[volunteer.sex],
          birthDate: isUnmasked ? row.birth_date : volunteer.birthDate,
          phone: isUnmasked && row.phone_cipher ? ctx.cipher.decrypt(row.phone_cipher) : volunteer.phone,
          regionCode: volunteer.region.code,
          regionName: pathText(volunteer.region.code, names),
          skills: volunteer.skills.join("、"),
          availability: volunteer.availability.join("、"),
          teams: volunteer.teams.map((team) => team.name).join("、"),
          registeredOn: volunteer.registeredOn,
          totalHours: volunteer.totalHours,
          starLevel: volunteer.starLevel,
          status: volunteer.isActive ? "在册" : "已停用",
        };
      });
    },
    ({ id: _id, ...record }) => record,
  );
  return streamAuditedExport(ctx, user, reply, {
    entity: "volunteer",
    fileName: isUnmasked ? "志愿者（含完整个人信息）.xlsx" : "志愿者.xlsx",
    sheetName: "志愿者",
    columns: volunteerExportColumns,
    filters: { ...query, unmasked: undefined, ids: idsOfQuery(query.ids) },
    isUnmasked,
    rows,
    ip,
  });
}

export async function exportTeams(
  ctx: Context,
  user: RequestUser,
  query: VolunteerTeamExportQuery,
  ip: string | null,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const listed = teamFilters(user, query);
  const filters = listed && { ...listed, ids: idsOfQuery(query.ids) };
  const rows = keysetRows(
    async (after, limit) => {
      if (!filters) return [];
      const page = await teamRepository.exportTeamsPage(ctx.db, filters, after?.id ?? 0, limit);
      const presented = await presentTeams(ctx.db, user, page);
      return presented.map((team) => {
        const names = new Map(team.regionPath.map((link) => [link.code, link.name]));
        return {
          id: team.id,
          name: team.name,
          regionCode: team.region.code,
          regionName: pathText(team.region.code, names),
          socialOrganization: team.socialOrganization?.name ?? null,
          leaderName: team.leaderName,
          foundedOn: team.foundedOn,
          memberCount: team.memberCount,
          totalHours: team.totalHours,
          description: team.description,
          status: team.isActive ? "在册" : "已停用",
        };
      });
    },
    ({ id: _id, ...record }) => record,
  );
  return streamAuditedExport(ctx, user, reply, {
    entity: "volunteerTeam",
    fileName: "志愿服务队.xlsx",
    sheetName: "志愿服务队",
    columns: volunteerTeamExportColumns,
    filters: { ...query, ids: idsOfQuery(query.ids) },
    isUnmasked: false,
    rows,
    ip,
  });
}
