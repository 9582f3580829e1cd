import {
  createVolunteerBodySchema,
  type ImportMode,
  type ImportResult,
  maskIdNumber,
  maskPhone,
  parseIdNumber,
  parseMobile,
  volunteerAdultAge,
  volunteerAvailability,
  volunteerNeedsGuardianConsent,
  volunteerSkills,
} from "@xinqiao/shared";
import { changedFields, writeAudit } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import { todayInChina } from "../../platform/clock.ts";
import type { AppContext } from "../../platform/context.ts";
import { isUniqueViolation, violatedColumn } from "../../platform/db/constraintErrors.ts";
import { parseJsonList } from "../../platform/db/jsonColumns.ts";
import {
  buildTemplate,
  type ImportRow,
  splitListCell,
  type TemplateRegion,
  toHalfWidth,
} from "../../platform/excel/index.ts";
import { dictionaryOf, ImportColumns } from "../../platform/importColumns.ts";
import { type RegistryImportDefinition, runRegistryImport } from "../../platform/importFlow.ts";
import { loadRegionResolver } from "../../platform/importRegions.ts";
import type { JobProgress } from "../../platform/jobs.ts";
import { sealIdNumber, sealPhone } from "../../platform/personalData.ts";
import { pinyinOf } from "../../platform/pinyin.ts";
import { type VolunteerImportKey, volunteerImportColumns } from "./volunteers.excel.ts";
import { VolunteerNumberSequence } from "./volunteers.numbering.ts";
import * as repository from "./volunteers.repository.ts";
import * as teamRepository from "./volunteerTeams.repository.ts";

/**
 * Volunteers from Excel through the registries' one import flow. Each row is checked with the
 * same zod schema as the form (createVolunteerBodySchema), and a row lists every problem it has.
 * The key is the ID number's keyed hash: re-importing a file updates the volunteers it names
 * (upsert) and never creates a duplicate. An update changes what the row fills in; blank optional
 * cells keep what is stored, and named teams are joined, never left. Who may import is the
 * route's to say (registerImportRoute).
 */
type Context = Pick<AppContext, "db" | "clock" | "cipher" | "importReports">;

interface VolunteerImportRecord {
  name: string;
  idNumber: string;
  idNumberIndex: string;
  sex: string;
  birthDate: string;
  phone: string | null;
  volunteerNumber: string | null;
  regionCode: string;
  skills: string[] | null;
  availability: string[] | null;
  teamIds: number[];
  teamNames: string[];
  registeredOn: string | null;
}

const columns = new ImportColumns(volunteerImportColumns, { teamIds: "teams" });
const header = Object.fromEntries(
  volunteerImportColumns.map((column) => [column.key, column.header]),
) as Record<VolunteerImportKey, string>;
const skillValues = dictionaryOf(volunteerSkills);
const availabilityValues = dictionaryOf(volunteerAvailability);

export function volunteersTemplate(regions: readonly TemplateRegion[]): Promise<Buffer> {
  return buildTemplate({
    regions,
    sheetName: "志愿者",
    columns: volunteerImportColumns,
    title: "志愿者导入（已登记的身份证号再次导入时更新该志愿者，不会重复创建）",
  });
}

export async function importVolunteers(
  ctx: Context,
  user: RequestUser,
  file: Buffer,
  mode: ImportMode,
  ip: string | null,
  report?: (progress: JobProgress) => void,
): Promise<ImportResult> {
  return runRegistryImport(ctx, user, file, mode, await volunteerImportDefinition(ctx, user, ip), report);
}

/** The volunteers' rows, checks and writes for the import flow (tests wrap it to inject failures). */
export async function volunteerImportDefinition(
  ctx: Context,
  user: RequestUser,
  ip: string | null,
): Promise<RegistryImportDefinition<VolunteerImportKey, VolunteerImportRecord>> {
  const now = ctx.clock.now();
  const today = todayInChina(now);
  const regions = await loadRegionResolver(ctx.db, user);
  const teamsByName = new Map<string, number[]>();
  for (const team of await teamRepository.teamsWithin(ctx.db, user.regionCode)) {
    teamsByName.set(team.name, [...(teamsByName.get(team.name) ?? []), team.id]);
  }
  const numbersInFile = new Map<string, { rowNumber: number; idNumberIndex: string }>();
  const actor = actorOf(user, ip);

  /** The named teams' ids; names that are not exactly one team in scope are the column's problem. */
  function teamsOf(check: ReturnType<typeof columns.check>, names: readonly string[]): number[] {
    const ids: number[] = [];
    const unknown: string[] = [];
    const ambiguous: string[] = [];
    for (const name of names) {
      const found = teamsByName.get(name) ?? [];
      if (found.length === 1 && found[0] !== undefined) ids.push(found[0]);
      else (found.length === 0 ? unknown : ambiguous).push(name);
    }
    const reasons = [
      unknown.length > 0 ? `“${unknown.join("、")}”不存在、已停用或不在您的管辖范围内` : null,
      ambiguous.length > 0 ? `管辖范围内有多个名为“${ambiguous.join("、")}”的队伍，请先区分名称` : null,
    ].filter((reason) => reason !== null);
    if (reasons.length > 0) check.refuse("teams", reasons.join("；"));
    return ids;
  }

  async function checkRow(row: ImportRow<VolunteerImportKey>) {
    const check = columns.check(row);
    const regionCode = check.region("regionCode", regions, ["street", "community"]);
    const skills = check.dictionaryList("skills", skillValues);
    const availability = check.dictionaryList("availability", availabilityValues);
    const teamNames = splitListCell(check.text("teams"));
    const teamIds = teamsOf(check, teamNames);
    const registeredOn = check.date("registeredOn");
    if (registeredOn && registeredOn > today) check.refuse("registeredOn", "不能晚于今天");
    const typedNumber = check.text("volunteerNumber");
    const volunteerNumber = typedNumber
      ? toHalfWidth(typedNumber).replace(/\s+/g, "").toUpperCase() || null
      : null;
    const rawId = check.code("idNumber");
    const body = check.validate(createVolunteerBodySchema, {
      name: check.text("name") ?? "",
      idNumber: rawId ?? "",
      phone: check.text("phone"),
      volunteerNumber,
      skills: skills ?? [],
      availability: availability ?? [],
      regionCode,
      teamIds,
      registeredOn,
    });

    // The schema has checked the ID number; its birth date is checked against the import's clock.
    const identity = rawId && !check.isRefused("idNumber") ? parseIdNumber(rawId, now) : null;
    if (identity && !identity.ok) check.refuse("idNumber", identity.message);
    const idNumberIndex = identity?.ok ? ctx.cipher.blindIndex(identity.value) : "";

    if (volunteerNumber && !check.isRefused("volunteerNumber")) {
      const earlier = numbersInFile.get(volunteerNumber);
      if (earlier && earlier.idNumberIndex !== idNumberIndex) {
        check.refuse("volunteerNumber", `与第 ${earlier.rowNumber} 行的编号重复`);
      } else if (!earlier) {
        numbersInFile.set(volunteerNumber, { rowNumber: row.rowNumber, idNumberIndex });
        const owner = await repository.findVolunteerByNumber(ctx.db, volunteerNumber);
        if (owner && owner.id_number_index !== idNumberIndex) {
          check.refuse("volunteerNumber", "已被其他志愿者使用");
        }
      }
    }

    // A minor's guardian consent is recorded on the registration form, one volunteer at a time.
    if (identity?.ok && volunteerNeedsGuardianConsent(identity.birthDate, registeredOn ?? today)) {
      check.refuse(
        "idNumber",
        `注册时未满 ${volunteerAdultAge} 周岁：须在“新增志愿者”中逐一登记并记录监护人同意，不能批量导入`,
      );
    }

    if (!body || !identity?.ok || check.problems.length > 0) return { problems: check.problems };
    const mobile = body.phone ? parseMobile(body.phone) : null;
    const record: VolunteerImportRecord = {
      name: body.name,
      idNumber: identity.value,
      idNumberIndex,
      sex: identity.sex,
      birthDate: identity.birthDate,
      phone: mobile?.ok ? mobile.value : null,
      volunteerNumber,
      regionCode: body.regionCode,
      // A blank cell keeps what an update finds stored.
      skills: skills === null ? null : body.skills,
      availability: availability === null ? null : body.availability,
      teamIds: body.teamIds,
      teamNames,
      registeredOn,
    };
    return { record };
  }

  const audited = (record: VolunteerImportRecord) => ({
    name: record.name,
    idNumber: maskIdNumber(record.idNumber),
    phone: record.phone ? maskPhone(record.phone) : null,
    skills: record.skills ?? [],
    availability: record.availability ?? [],
    regionCode: record.regionCode,
    teams: record.teamNames,
    registeredOn: record.registeredOn ?? today,
  });

  return {
    entity: "volunteer",
    reportFileName: "志愿者导入错误报告.xlsx",
    columns: volunteerImportColumns,
    checkRow,
    keyOf: (record) => ({ key: record.idNumberIndex, column: header.idNumber }),
    async findExisting(db, keys) {
      const rows = await repository.findVolunteersByIdIndexes(db, keys);
      return new Map(
        rows.map((row) => [
          row.id_number_index,
          { id: row.id, regionCode: row.region_code, label: `${row.name}（${row.volunteer_number}）` },
        ]),
      );
    },
    onExisting: "update",
    explainConflict(error) {
      if (!isUniqueViolation(error)) return null;
      const column = violatedColumn(error);
      if (/volunteer_number/.test(column)) {
        return { column: header.volunteerNumber, message: "保存时发现该编号刚被其他志愿者使用" };
      }
      if (/id_number/.test(column)) {
        return { column: header.idNumber, message: "保存时发现该身份证号的志愿者刚被他人登记" };
      }
      return null;
    },
    async writeBatch(trx, rows) {
      const at = now.toISOString();
      const numbers = new VolunteerNumberSequence(trx, numbersInFile);
      const created = rows.filter((row) => row.existing === null);
      const newRows: repository.NewVolunteer[] = [];
      for (const { record } of created) {
        const { full, initials } = pinyinOf(record.name);
        newRows.push({
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
          ...sealIdNumber(ctx.cipher, record.idNumber),
          id_type: "resident_id",
          sex: record.sex,
          birth_date: record.birthDate,
          ...sealPhone(ctx.cipher, record.phone),
          volunteer_number: record.volunteerNumber ?? (await numbers.take(record.regionCode)),
          skills_json: JSON.stringify(record.skills ?? []),
          availability_json: JSON.stringify(record.availability ?? []),
          registered_on: record.registeredOn ?? today,
          total_hours: 0,
          // Minors are refused above: an imported volunteer is an adult.
          guardian_name: null,
          guardian_consent_on: null,
        });
      }
      const ids = await repository.insertVolunteers(trx, newRows);
      const memberships: { team_id: number; volunteer_id: number; joined_on: string }[] = [];
      for (const [index, { record }] of created.entries()) {
        const id = ids.get(record.idNumberIndex);
        if (id === undefined) continue;
        for (const teamId of record.teamIds)
          memberships.push({ team_id: teamId, volunteer_id: id, joined_on: today });
        await writeAudit(trx, actor, now, {
          action: "volunteer.import.create",
          entity: "volunteer",
          entityId: id,
          after: { ...audited(record), volunteerNumber: newRows[index]?.volunteer_number },
        });
      }

      const updated = rows.filter((row) => row.existing !== null);
      const beforeRows = new Map(
        (
          await repository.findVolunteersWithPhoneByIds(
            trx,
            updated.map((row) => row.existing?.id ?? 0),
          )
        ).map((row) => [row.id, row]),
      );
      const memberOf = new Set(
        (
          await repository.teamsOfVolunteers(
            trx,
            updated.map((row) => row.existing?.id ?? 0),
          )
        ).map((team) => `${team.volunteer_id}:${team.id}`),
      );
      for (const { record, existing } of updated) {
        const before = existing ? beforeRows.get(existing.id) : undefined;
        if (!existing || !before) continue;
        const phoneChanged =
          Boolean(record.phone) &&
          record.phone !== (before.phone_cipher ? ctx.cipher.decrypt(before.phone_cipher) : null);
        const changes: Partial<repository.NewVolunteer> = {
          region_code: record.regionCode,
          updated_at: at,
          updated_by: user.id,
        };
        if (record.name !== before.name) {
          const { full, initials } = pinyinOf(record.name);
          Object.assign(changes, { name: record.name, pinyin: full, pinyin_initials: initials });
        }
        if (phoneChanged) Object.assign(changes, sealPhone(ctx.cipher, record.phone));
        if (record.volunteerNumber) changes.volunteer_number = record.volunteerNumber;
        if (record.skills) changes.skills_json = JSON.stringify(record.skills);
        if (record.availability) changes.availability_json = JSON.stringify(record.availability);
        if (record.registeredOn) changes.registered_on = record.registeredOn;
        const beforeAudit = {
          name: before.name,
          phone: before.phone_masked,
          volunteerNumber: before.volunteer_number,
          skills: parseJsonList(before.skills_json),
          availability: parseJsonList(before.availability_json),
          regionCode: before.region_code,
          registeredOn: before.registered_on,
        };
        const afterAudit = {
          name: record.name,
          phone: record.phone ? maskPhone(record.phone) : before.phone_masked,
          volunteerNumber: record.volunteerNumber ?? before.volunteer_number,
          skills: record.skills ?? beforeAudit.skills,
          availability: record.availability ?? beforeAudit.availability,
          regionCode: record.regionCode,
          registeredOn: record.registeredOn ?? before.registered_on,
        };
        const diff = changedFields(beforeAudit, afterAudit);
        if (phoneChanged) {
          // A new number with the same masked form still changed: the entry names the field.
          diff.before.phone = beforeAudit.phone;
          diff.after.phone = afterAudit.phone;
        }
        // Re-importing the same file changes nothing: no write and no empty audit entry.
        // A valid row names each team once, so names and ids pair up; only new memberships count.
        const joinedTeams = record.teamNames.filter(
          (_, i) => !memberOf.has(`${existing.id}:${record.teamIds[i]}`),
        );
        if (Object.keys(diff.after).length === 0 && joinedTeams.length === 0) continue;
        await repository.updateVolunteer(trx, existing.id, changes);
        for (const teamId of record.teamIds) {
          memberships.push({ team_id: teamId, volunteer_id: existing.id, joined_on: today });
        }
        await writeAudit(trx, actor, now, {
          action: "volunteer.import.update",
          entity: "volunteer",
          entityId: existing.id,
          before: diff.before,
          after: {
            ...diff.after,
            ...(joinedTeams.length > 0 ? { joinedTeams } : {}),
          },
        });
      }
      await repository.addMemberships(trx, memberships);
    },
  };
}
