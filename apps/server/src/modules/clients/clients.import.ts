import {
  clientCategories,
  clientRiskLevels,
  createClientBodySchema,
  type ImportMode,
  type ImportResult,
  parseIdNumber,
  parseMobile,
} from "@xinqiao/shared";
import { writeAudits } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import { isUniqueViolation } from "../../platform/db/constraintErrors.ts";
import { buildTemplate, type ImportRow, type TemplateRegion } from "../../platform/excel/index.ts";
import {
  dictionaryOf,
  dictionaryOfPairs,
  ImportColumns,
  yesNoDictionary,
} from "../../platform/importColumns.ts";
import {
  type RegistryImportDefinition,
  type RowWarning,
  runRegistryImport,
} from "../../platform/importFlow.ts";
import { loadRegionResolver } from "../../platform/importRegions.ts";
import type { JobProgress } from "../../platform/jobs.ts";
import { sealAddress, sealIdNumber, sealPhone } from "../../platform/personalData.ts";
import { pinyinOf } from "../../platform/pinyin.ts";
import { flagPossibleDuplicatesOfMany } from "./clientDuplicates.service.ts";
import { type ClientImportKey, clientImportColumns } from "./clients.excel.ts";
import * as repository from "./clients.repository.ts";
import { mayViewClient } from "./clientVisibility.ts";

/**
 * Clients (服务对象) from Excel through the registries' one import flow, each row checked with
 * the form's schema (createClientBodySchema). The key is the ID number's keyed hash: one already
 * registered, or twice in the file, is the row's error (a client is never updated by an import).
 * A row without an ID number has no key. A suspected duplicate — same name, birth date and
 * community as a registered client or an earlier row — is no error: the row is saved, the pair
 * enters the duplicates queue, and the import's report lists the row among its warnings.
 */
type Context = Pick<AppContext, "db" | "clock" | "cipher" | "importReports">;

interface ClientImportRecord {
  rowNumber: number;
  name: string;
  idNumber: string | null;
  idNumberIndex: string | null;
  sex: "male" | "female";
  birthDate: string;
  phone: string | null;
  address: string | null;
  regionCode: string;
  categories: string[];
  riskLevel: keyof typeof clientRiskLevels;
  isEmergency: boolean;
  guardianName: string | null;
  guardianRelation: string | null;
}

const columns = new ImportColumns(clientImportColumns);
const nameHeader = columns.header("name");
const idHeader = columns.header("idNumber");
const sexValues = dictionaryOfPairs<"male" | "female">([
  ["male", "男"],
  ["female", "女"],
]);
const categoryValues = dictionaryOf(clientCategories);
const riskValues = dictionaryOf(clientRiskLevels, { 低风险: "low", 中风险: "medium", 高风险: "high" });
/** Rows without an ID number have no duplicate key; each is its own. */
const noIdKey = "row:";

export function clientsTemplate(regions: readonly TemplateRegion[]): Promise<Buffer> {
  return buildTemplate({
    regions,
    sheetName: "服务对象",
    columns: clientImportColumns,
    title: "服务对象导入（已登记的身份证号不能再次导入；同名、同出生日期、同社区的会保存并列入疑似重复）",
  });
}

export async function importClients(
  ctx: Context,
  user: RequestUser,
  file: Buffer,
  mode: ImportMode,
  ip: string | null,
  report?: (progress: JobProgress) => void,
): Promise<ImportResult> {
  return runRegistryImport(ctx, user, file, mode, await clientImportDefinition(ctx, user, ip), report);
}

/** The clients' rows, checks and writes for the import flow. */
export async function clientImportDefinition(
  ctx: Context,
  user: RequestUser,
  ip: string | null,
): Promise<RegistryImportDefinition<ClientImportKey, ClientImportRecord>> {
  const now = ctx.clock.now();
  const regions = await loadRegionResolver(ctx.db, user);
  const actor = actorOf(user, ip);
  /** The clients this import has written, by id: a suspect among them is named by its row. */
  const rowOfClient = new Map<number, number>();

  function checkRow(row: ImportRow<ClientImportKey>) {
    const check = columns.check(row);
    const regionCode = check.region("regionCode", regions, ["community"]);
    const sex = check.dictionary("sex", sexValues);
    const birthDate = check.date("birthDate");
    const categories = check.dictionaryList("categories", categoryValues);
    const riskLevel = check.dictionary("riskLevel", riskValues);
    const isEmergency = check.dictionary("isEmergency", yesNoDictionary);
    const rawId = check.code("idNumber");
    const body = check.validate(createClientBodySchema, {
      name: check.text("name") ?? "",
      idNumber: rawId,
      sex: sex ?? null,
      birthDate,
      phone: check.text("phone"),
      address: check.text("address"),
      regionCode,
      categories: categories ?? [],
      riskLevel: riskLevel ?? "low",
      isEmergency: isEmergency ?? false,
      guardianName: check.text("guardianName"),
      guardianRelation: check.text("guardianRelation"),
    });
    // The schema has checked the ID number's form; its birth date is checked against the clock.
    const identity = rawId && !check.isRefused("idNumber") ? parseIdNumber(rawId, now) : null;
    if (identity && !identity.ok) check.refuse("idNumber", identity.message);
    if (!body || (identity && !identity.ok) || check.problems.length > 0) return { problems: check.problems };
    const mobile = body.phone ? parseMobile(body.phone) : null;
    const record: ClientImportRecord = {
      rowNumber: row.rowNumber,
      name: body.name,
      idNumber: identity?.ok ? identity.value : null,
      idNumberIndex: identity?.ok ? ctx.cipher.blindIndex(identity.value) : null,
      // The schema requires both when there is no ID number.
      sex: identity?.ok ? identity.sex : (body.sex ?? "male"),
      birthDate: identity?.ok ? identity.birthDate : (body.birthDate ?? ""),
      phone: mobile?.ok ? mobile.value : null,
      address: body.address || null,
      regionCode: body.regionCode,
      categories: body.categories,
      riskLevel: body.riskLevel,
      isEmergency: body.isEmergency,
      guardianName: body.guardianName || null,
      guardianRelation: body.guardianRelation || null,
    };
    return { record };
  }

  /** The warning of a row saved beside a suspect: the row, a client the user sees, or neither named. */
  async function suspectWarning(
    trx: Parameters<RegistryImportDefinition<ClientImportKey, ClientImportRecord>["writeBatch"]>[0],
    rowNumber: number,
    other: repository.DuplicateCandidate,
  ): Promise<RowWarning> {
    const earlierRow = rowOfClient.get(other.id);
    const who =
      earlierRow !== undefined
        ? `疑似重复：与第 ${earlierRow} 行同名、同出生日期、同社区，已保存并列入疑似重复待核实`
        : (await mayViewClient(trx, user, other))
          ? `疑似重复：与已登记的服务对象“${other.name}”同名、同出生日期、同社区，已保存并列入疑似重复待核实`
          : "疑似重复：与一位已登记的服务对象同名、同出生日期、同社区，已保存并列入疑似重复待核实";
    return { rowNumber, problem: { column: nameHeader, message: who } };
  }

  return {
    entity: "client",
    reportFileName: "服务对象导入错误报告.xlsx",
    columns: clientImportColumns,
    checkRow,
    keyOf: (record) => ({ key: record.idNumberIndex ?? `${noIdKey}${record.rowNumber}`, column: idHeader }),
    async findExisting(db, keys) {
      const indexes = keys.filter((key) => !key.startsWith(noIdKey));
      const found = new Map<string, { id: number; regionCode: string; label: string; hidden: boolean }>();
      for (const row of await repository.findClientsByIdIndexes(db, indexes)) {
        if (!row.id_number_index) continue;
        found.set(row.id_number_index, {
          id: row.id,
          regionCode: row.region_code,
          label: `${row.name}（${row.id_number_masked ?? ""}）`,
          hidden: !(await mayViewClient(db, user, row)),
        });
      }
      return found;
    },
    onExisting: "refuse",
    explainConflict(error) {
      return isUniqueViolation(error)
        ? { column: idHeader, message: "保存时发现该身份证号的服务对象刚被他人登记" }
        : null;
    },
    async writeBatch(trx, rows, warn) {
      const at = now.toISOString();
      const sealed = rows.map(({ record }) => ({
        record,
        id: record.idNumber
          ? sealIdNumber(ctx.cipher, record.idNumber)
          : { id_number_cipher: null, id_number_index: null, id_number_masked: null },
        phone: sealPhone(ctx.cipher, record.phone),
        address: sealAddress(ctx.cipher, record.address),
      }));
      const ids = await repository.insertClients(
        trx,
        sealed.map(({ record, id, phone, address }) => {
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
            ...id,
            sex: record.sex,
            birth_date: record.birthDate,
            ...phone,
            ...address,
            categories_json: JSON.stringify(record.categories),
            household_json: "[]",
            guardian_name: record.guardianName,
            guardian_relation: record.guardianRelation,
            risk_level: record.riskLevel,
            is_emergency: record.isEmergency ? 1 : 0,
          };
        }),
      );
      const written = sealed.map((row, index) => ({ ...row, clientId: ids[index] ?? 0 }));
      await writeAudits(
        trx,
        actor,
        now,
        written.map(({ record, id, phone, address, clientId }) => ({
          action: "client.import.create",
          entity: "client",
          entityId: clientId,
          after: {
            name: record.name,
            idNumber: id.id_number_masked,
            sex: record.sex,
            birthDate: record.birthDate.slice(0, 7),
            phone: phone.phone_masked,
            address: address.address_masked,
            regionCode: record.regionCode,
            categories: record.categories,
            riskLevel: record.riskLevel,
            isEmergency: record.isEmergency,
            guardianName: record.guardianName,
            guardianRelation: record.guardianRelation,
          },
        })),
      );
      const suspectsOf = await flagPossibleDuplicatesOfMany(
        trx,
        written.map(({ record, clientId }) => ({
          id: clientId,
          name: record.name,
          birth_date: record.birthDate,
          region_code: record.regionCode,
        })),
        { source: "import", at, by: user.id },
      );
      for (const { record, clientId } of written) {
        for (const other of suspectsOf.get(clientId) ?? [])
          warn(await suspectWarning(trx, record.rowNumber, other));
        rowOfClient.set(clientId, record.rowNumber);
      }
    },
  };
}
