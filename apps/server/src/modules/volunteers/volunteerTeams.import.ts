import { createVolunteerTeamBodySchema, type ImportMode, type ImportResult } from "@xinqiao/shared";
import { changedFields, writeAudit } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import { todayInChina } from "../../platform/clock.ts";
import type { AppContext } from "../../platform/context.ts";
import { buildTemplate, type ImportRow, type TemplateRegion } from "../../platform/excel/index.ts";
import { ImportColumns } from "../../platform/importColumns.ts";
import { runRegistryImport } from "../../platform/importFlow.ts";
import { loadRegionResolver } from "../../platform/importRegions.ts";
import type { JobProgress } from "../../platform/jobs.ts";
import { pinyinOf } from "../../platform/pinyin.ts";
import { inRegionScope } from "../../platform/scope.ts";
import { type VolunteerTeamImportKey, volunteerTeamImportColumns } from "./volunteers.excel.ts";
import * as repository from "./volunteerTeams.repository.ts";

/**
 * Volunteer teams from Excel through the registries' one import flow. Each row is checked with
 * the same zod schema as the form (createVolunteerTeamBodySchema). A team is identified by its
 * name within its region: re-importing a file updates those teams (upsert), never duplicates
 * them; blank optional cells keep what is stored. Who may import is the route's to say
 * (registerImportRoute).
 */
type Context = Pick<AppContext, "db" | "clock" | "importReports">;

interface TeamImportRecord {
  name: string;
  regionCode: string;
  socialOrganizationId: number | null;
  leaderName: string | null;
  foundedOn: string | null;
  description: string | null;
}

const columns = new ImportColumns(volunteerTeamImportColumns, {
  socialOrganizationId: "socialOrganization",
});
const header = Object.fromEntries(
  volunteerTeamImportColumns.map((column) => [column.key, column.header]),
) as Record<VolunteerTeamImportKey, string>;

const keyOf = (regionCode: string, name: string) => `${regionCode}|${name}`;

export function volunteerTeamsTemplate(regions: readonly TemplateRegion[]): Promise<Buffer> {
  return buildTemplate({
    regions,
    sheetName: "志愿服务队",
    columns: volunteerTeamImportColumns,
    title: "志愿服务队导入（同一区划内同名的队伍再次导入时更新该队伍，不会重复创建）",
  });
}

export async function importVolunteerTeams(
  ctx: Context,
  user: RequestUser,
  file: Buffer,
  mode: ImportMode,
  ip: string | null,
  report?: (progress: JobProgress) => void,
): Promise<ImportResult> {
  const now = ctx.clock.now();
  const today = todayInChina(now);
  const regions = await loadRegionResolver(ctx.db, user);
  const organizations = new Map<string, number[]>();
  for (const organization of await ctx.db
    .selectFrom("social_organizations")
    .select(["id", "name"])
    .where(inRegionScope("region_code", user.regionCode))
    .execute()) {
    organizations.set(organization.name, [...(organizations.get(organization.name) ?? []), organization.id]);
  }
  const actor = actorOf(user, ip);

  function checkRow(row: ImportRow<VolunteerTeamImportKey>) {
    const check = columns.check(row);
    const regionCode = check.region("regionCode", regions, ["district", "street", "community"]);
    let socialOrganizationId: number | null = null;
    const organizationName = check.text("socialOrganization");
    if (organizationName) {
      const ids = organizations.get(organizationName) ?? [];
      if (ids.length === 1 && ids[0] !== undefined) socialOrganizationId = ids[0];
      else if (ids.length === 0) {
        check.refuse("socialOrganization", "社会组织名册中没有该组织，或不在您的管辖范围内");
      } else check.refuse("socialOrganization", "管辖范围内有多个同名社会组织");
    }
    const foundedOn = check.date("foundedOn");
    if (foundedOn && foundedOn > today) check.refuse("foundedOn", "不能晚于今天");
    const body = check.validate(createVolunteerTeamBodySchema, {
      name: check.text("name") ?? "",
      regionCode,
      socialOrganizationId,
      leaderName: check.text("leaderName"),
      foundedOn,
      description: check.text("description"),
    });
    if (!body) return { problems: check.problems };
    const record: TeamImportRecord = {
      name: body.name,
      regionCode: body.regionCode,
      socialOrganizationId: body.socialOrganizationId ?? null,
      // Blank cells keep what an update finds stored.
      leaderName: body.leaderName || null,
      foundedOn: body.foundedOn ?? null,
      description: body.description || null,
    };
    return { record };
  }

  return runRegistryImport(
    ctx,
    user,
    file,
    mode,
    {
      entity: "volunteerTeam",
      reportFileName: "志愿服务队导入错误报告.xlsx",
      columns: volunteerTeamImportColumns,
      checkRow,
      keyOf: (record) => ({ key: keyOf(record.regionCode, record.name), column: header.name }),
      async findExisting(db, keys) {
        const names = [...new Set(keys.map((key) => key.slice(13)))];
        const rows =
          names.length === 0
            ? []
            : await db
                .selectFrom("volunteer_teams")
                .select(["id", "name", "region_code"])
                .where("name", "in", names)
                .execute();
        const wanted = new Set(keys);
        return new Map(
          rows
            .filter((row) => wanted.has(keyOf(row.region_code, row.name)))
            .map((row) => [
              keyOf(row.region_code, row.name),
              { id: row.id, regionCode: row.region_code, label: row.name },
            ]),
        );
      },
      onExisting: "update",
      async writeBatch(trx, rows) {
        const at = now.toISOString();
        const created = rows.filter((row) => row.existing === null);
        const newRows: repository.NewVolunteerTeam[] = created.map(({ record }) => {
          const { full, initials } = pinyinOf(record.name);
          return {
            name: record.name,
            pinyin: full,
            pinyin_initials: initials,
            region_code: record.regionCode,
            is_active: 1,
            is_demo: 0,
            created_at: at,
            created_by: user.id,
            updated_at: at,
            updated_by: user.id,
            social_organization_id: record.socialOrganizationId,
            leader_name: record.leaderName,
            founded_on: record.foundedOn,
            description: record.description,
          };
        });
        const inserted = await repository.insertTeams(trx, newRows);
        const ids = new Map(inserted.map((team) => [keyOf(team.region_code, team.name), team.id]));
        for (const { record } of created) {
          await writeAudit(trx, actor, now, {
            action: "volunteerTeam.import.create",
            entity: "volunteerTeam",
            entityId: ids.get(keyOf(record.regionCode, record.name)) ?? null,
            after: record,
          });
        }
        for (const { record, existing } of rows) {
          if (!existing) continue;
          const before = await repository.findTeam(trx, existing.id);
          if (!before) continue;
          const changes: Partial<repository.NewVolunteerTeam> = { updated_at: at, updated_by: user.id };
          if (record.socialOrganizationId !== null)
            changes.social_organization_id = record.socialOrganizationId;
          if (record.leaderName !== null) changes.leader_name = record.leaderName;
          if (record.foundedOn !== null) changes.founded_on = record.foundedOn;
          if (record.description !== null) changes.description = record.description;
          const diff = changedFields(
            {
              socialOrganizationId: before.social_organization_id,
              leaderName: before.leader_name,
              foundedOn: before.founded_on,
              description: before.description,
            },
            {
              socialOrganizationId: record.socialOrganizationId ?? before.social_organization_id,
              leaderName: record.leaderName ?? before.leader_name,
              foundedOn: record.foundedOn ?? before.founded_on,
              description: record.description ?? before.description,
            },
          );
          // Re-importing an unchanged team writes nothing: no update, no empty audit entry.
          if (Object.keys(diff.after).length === 0) continue;
          await repository.updateTeam(trx, existing.id, changes);
          await writeAudit(trx, actor, now, {
            action: "volunteerTeam.import.update",
            entity: "volunteerTeam",
            entityId: existing.id,
            before: diff.before,
            after: diff.after,
          });
        }
      },
    },
    report,
  );
}
