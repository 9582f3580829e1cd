import {
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
import { actorOf, can, type RequestUser } from "../../platform/auth/requestUser.ts";
import { todayInChina } from "../../platform/clock.ts";
import type { AppContext } from "../../platform/context.ts";
import { isUniqueViolation, violatedColumn } from "../../platform/db/constraintErrors.ts";
import { forbidden } from "../../platform/errors.ts";
import {
  buildTemplate,
  type ImportRow,
  looksLikeMangledIdNumber,
  mangledNumberMessage,
  parseExcelDate,
  toHalfWidth,
} from "../../platform/excel/index.ts";
import {
  type RegistryImportDefinition,
  type RowProblem,
  runRegistryImport,
} from "../../platform/importFlow.ts";
import type { JobProgress } from "../../platform/jobs.ts";
import { sealIdNumber, sealPhone } from "../../platform/personalData.ts";
import { pinyinOf } from "../../platform/pinyin.ts";
import { type VolunteerImportKey, volunteerImportColumns } from "./volunteers.excel.ts";
import { VolunteerNumberSequence } from "./volunteers.numbering.ts";
import { parseList } from "./volunteers.presenter.ts";
import * as repository from "./volunteers.repository.ts";
import * as teamRepository from "./volunteerTeams.repository.ts";

/**
 * Volunteers from Excel through the registries' one import flow. The key is the ID number's
 * keyed hash: re-importing a file updates the volunteers it names (upsert) and never creates a
 * duplicate. An update changes what the row fills in; blank optional cells keep what is stored,
 * and named teams are joined, never left.
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

const header = Object.fromEntries(
  volunteerImportColumns.map((column) => [column.key, column.header]),
) as Record<VolunteerImportKey, string>;

function splitList(text: string | null): string[] {
  if (!text) return [];
  return [
    ...new Set(
      text
        .split(/[、,，;；/\n]+/)
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  ];
}

function dictionaryList(
  text: string | null,
  allowed: readonly string[],
  column: string,
  problems: RowProblem[],
): string[] | null {
  const values = splitList(text);
  if (values.length === 0) return null;
  const unknown = values.filter((value) => !allowed.includes(value));
  if (unknown.length > 0) {
    problems.push({ column, message: `“${unknown.join("、")}”不是可选值，可选：${allowed.join("、")}` });
  }
  return values;
}

export function volunteersTemplate(): Promise<Buffer> {
  return buildTemplate({
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
  if (!can(user, "registries.import") || !can(user, "volunteers.manage")) throw forbidden();
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
  const regions = new Map(
    (await repository.regionsWithin(ctx.db, user.regionCode, ["street", "community"])).map((region) => [
      region.code,
      region.name,
    ]),
  );
  const teamsByName = new Map<string, number[]>();
  for (const team of await teamRepository.teamsWithin(ctx.db, user.regionCode)) {
    teamsByName.set(team.name, [...(teamsByName.get(team.name) ?? []), team.id]);
  }
  const numbersInFile = new Map<string, { rowNumber: number; idNumberIndex: string }>();
  const actor = actorOf(user, ip);

  async function checkRow(row: ImportRow<VolunteerImportKey>) {
    const problems: RowProblem[] = [];
    const values = row.values;
    const name = (values.name ?? "").trim();
    if (!name) problems.push({ column: header.name, message: "不能为空" });
    else if (name.length > 50) problems.push({ column: header.name, message: "长度不能超过 50 个字符" });

    let idNumber: { value: string; sex: string; birthDate: string } | null = null;
    let idNumberIndex = "";
    const rawId = values.idNumber ?? "";
    if (looksLikeMangledIdNumber(rawId, row.numericCellKeys.includes("idNumber"))) {
      problems.push({ column: header.idNumber, message: mangledNumberMessage(header.idNumber) });
    } else if (!rawId.trim()) {
      problems.push({ column: header.idNumber, message: "不能为空" });
    } else {
      const parsed = parseIdNumber(rawId, now);
      if (parsed.ok) {
        idNumber = parsed;
        idNumberIndex = ctx.cipher.blindIndex(parsed.value);
      } else problems.push({ column: header.idNumber, message: parsed.message });
    }

    let phone: string | null = null;
    if (values.phone?.trim()) {
      const parsed = parseMobile(values.phone);
      if (parsed.ok) phone = parsed.value;
      else problems.push({ column: header.phone, message: parsed.message });
    }

    let volunteerNumber: string | null = null;
    const rawNumber = toHalfWidth(values.volunteerNumber ?? "")
      .replace(/\s+/g, "")
      .toUpperCase();
    if (rawNumber) {
      if (!/^[A-Z0-9-]{1,30}$/.test(rawNumber)) {
        problems.push({ column: header.volunteerNumber, message: "只能包含字母、数字和连字符，最长 30 位" });
      } else {
        volunteerNumber = rawNumber;
        const earlier = numbersInFile.get(rawNumber);
        if (earlier && earlier.idNumberIndex !== idNumberIndex) {
          problems.push({
            column: header.volunteerNumber,
            message: `与第 ${earlier.rowNumber} 行的编号重复`,
          });
        } else if (!earlier) {
          numbersInFile.set(rawNumber, { rowNumber: row.rowNumber, idNumberIndex });
          const owner = await repository.findVolunteerByNumber(ctx.db, rawNumber);
          if (owner && owner.id_number_index !== idNumberIndex) {
            problems.push({ column: header.volunteerNumber, message: "已被其他志愿者使用" });
          }
        }
      }
    }

    const regionCode = toHalfWidth(values.regionCode ?? "").replace(/\s+/g, "");
    if (!regionCode) problems.push({ column: header.regionCode, message: "不能为空" });
    else if (!/^\d{12}$/.test(regionCode)) {
      problems.push({ column: header.regionCode, message: "应为 12 位数字（本列须为文本格式）" });
    } else if (!regions.has(regionCode)) {
      problems.push({
        column: header.regionCode,
        message: "区划代码不存在、不是街道（乡镇）或社区（村），或不在您的管辖范围内",
      });
    }

    const skills = dictionaryList(values.skills, volunteerSkills, header.skills, problems);
    const availability = dictionaryList(
      values.availability,
      volunteerAvailability,
      header.availability,
      problems,
    );

    const teamNames = splitList(values.teams);
    const teamIds: number[] = [];
    for (const teamName of teamNames) {
      const ids = teamsByName.get(teamName) ?? [];
      if (ids.length === 1 && ids[0] !== undefined) teamIds.push(ids[0]);
      else if (ids.length === 0) {
        problems.push({ column: header.teams, message: `“${teamName}”不存在、已停用或不在您的管辖范围内` });
      } else {
        problems.push({
          column: header.teams,
          message: `管辖范围内有多个名为“${teamName}”的队伍，请先区分名称`,
        });
      }
    }

    let registeredOn: string | null = null;
    if (values.registeredOn?.trim()) {
      registeredOn = parseExcelDate(values.registeredOn);
      if (!registeredOn) {
        problems.push({
          column: header.registeredOn,
          message: "日期无法识别，请写成 2024-01-05 或 2024/1/5",
        });
      } else if (registeredOn > today) {
        problems.push({ column: header.registeredOn, message: "不能晚于今天" });
      }
    }

    // A minor's guardian consent is recorded on the registration form, one volunteer at a time.
    if (idNumber && volunteerNeedsGuardianConsent(idNumber.birthDate, registeredOn ?? today)) {
      problems.push({
        column: header.idNumber,
        message: `注册时未满 ${volunteerAdultAge} 周岁：须在“新增志愿者”中逐一登记并记录监护人同意，不能批量导入`,
      });
    }

    if (problems.length > 0 || !idNumber) return { problems };
    const record: VolunteerImportRecord = {
      name,
      idNumber: idNumber.value,
      idNumberIndex,
      sex: idNumber.sex,
      birthDate: idNumber.birthDate,
      phone,
      volunteerNumber,
      regionCode,
      skills,
      availability,
      teamIds,
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
          skills: parseList(before.skills_json),
          availability: parseList(before.availability_json),
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
